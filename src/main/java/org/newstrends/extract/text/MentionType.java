package org.newstrends.extract.text;

/** The type of a mention, written as its constant's name in the extract output and the tables. */
public enum MentionType {
    /** An actor that is a person. */
    PERSON(MentionKind.ACTOR),
    /** An actor that is an organisation: company, government body, party, team. */
    ORGANIZATION(MentionKind.ACTOR),
    /** A sovereign country or dependent territory. */
    COUNTRY(MentionKind.LOCATION),
    /** A named region news uses ("Middle East", "Gaza"). */
    REGION(MentionKind.LOCATION),
    /** A first-level administrative division (a US state, a province). */
    ADMIN_REGION(MentionKind.LOCATION),
    /** A populated place. */
    CITY(MentionKind.LOCATION),
    /** A place a tagger found that the gazetteer does not know: counted as written, with no country. */
    PLACE(MentionKind.LOCATION);

    private final MentionKind kind;

    MentionType(MentionKind kind) {
        this.kind = kind;
    }

    /** The kind of mention this type belongs to. */
    public MentionKind kind() {
        return kind;
    }
}
