package org.newstrends.extract.text;

/**
 * One mention of an actor or a location in a field of an article, with what it counts as.
 *
 * <p>Inside extraction the field and type are enums ({@link #textField}, {@link #entityType}, whose kind is
 * {@link #entityKind()}); {@link #field()}, {@link #kind()} and {@link #type()} give the strings the extract output
 * and the tables write ({@code text}, {@code actor}, {@code PERSON}).
 *
 * @param textField the field the mention is in
 * @param start Java String offset into the field, inclusive
 * @param end Java String offset into the field, exclusive
 * @param text the mention as written
 * @param entityType what it names (its kind says actor or location)
 * @param canonical the merged name that is counted
 * @param country ISO 3166-1 alpha-2 code where one applies, else null
 * @param demonym true for adjective forms counted as their country ("Israeli")
 * @param role a stated role of a person ("Defense Secretary"), else null
 * @param latitude of a location, else null
 * @param longitude of a location, else null
 */
public record Mention(Field textField, int start, int end, String text, MentionType entityType,
                      String canonical, String country, boolean demonym, String role,
                      Double latitude, Double longitude) {

    /** Kind of people and organisations, as written in the output. */
    public static final String ACTOR = MentionKind.ACTOR.wireName();
    /** Kind of places, as written in the output. */
    public static final String LOCATION = MentionKind.LOCATION.wireName();

    /**
     * A mention given by the strings of the output ({@code "text"}, {@code "actor"}, {@code "PERSON"}).
     *
     * @throws IllegalArgumentException for an unknown field, kind or type, or a type of another kind
     */
    public Mention(String field, int start, int end, String text, String kind, String type, String canonical,
                   String country, boolean demonym, String role, Double latitude, Double longitude) {
        this(Field.of(field), start, end, text, typeOfKind(MentionKind.of(kind), type), canonical, country,
                demonym, role, latitude, longitude);
    }

    private static MentionType typeOfKind(MentionKind kind, String type) {
        MentionType t = MentionType.valueOf(type);
        if (t.kind() != kind) throw new IllegalArgumentException(type + " is not a type of " + kind.wireName());
        return t;
    }

    /** Actor or location. */
    public MentionKind entityKind() {
        return entityType.kind();
    }

    /** The field as written in the output: {@code title} or {@code text}. */
    public String field() {
        return textField.wireName();
    }

    /** The kind as written in the output: {@code actor} or {@code location}. */
    public String kind() {
        return entityType.kind().wireName();
    }

    /** The type as written in the output: {@code PERSON}, {@code ORGANIZATION}, {@code COUNTRY}, ... */
    public String type() {
        return entityType.name();
    }

    /** True for an actor mention. */
    public boolean isActor() {
        return entityType.kind() == MentionKind.ACTOR;
    }

    /** True for a location mention. */
    public boolean isLocation() {
        return entityType.kind() == MentionKind.LOCATION;
    }
}
