package org.newstrends.extract.text;

/** What a mention names: an actor (a person or an organisation) or a location. */
public enum MentionKind {
    /** People and organisations. */
    ACTOR("actor"),
    /** Places. */
    LOCATION("location");

    private final String wireName;

    MentionKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name the extract output and the tables write ({@code actor}, {@code location}). */
    public String wireName() {
        return wireName;
    }

    /**
     * The kind written {@code wireName}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static MentionKind of(String wireName) {
        for (MentionKind k : values()) {
            if (k.wireName.equals(wireName)) return k;
        }
        throw new IllegalArgumentException("kind must be actor or location (got '" + wireName + "')");
    }
}
