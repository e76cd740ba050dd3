package org.newstrends.extract.text;

/** The fields of an article that extraction reads, in the order mentions are listed (title first). */
public enum Field {
    /** The headline. */
    TITLE("title"),
    /** The body text. */
    TEXT("text");

    private final String wireName;

    Field(String wireName) {
        this.wireName = wireName;
    }

    /** The name the extract output and the tables write ({@code title}, {@code text}). */
    public String wireName() {
        return wireName;
    }

    /**
     * The field written {@code wireName}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Field of(String wireName) {
        for (Field f : values()) {
            if (f.wireName.equals(wireName)) return f;
        }
        throw new IllegalArgumentException("field must be title or text (got '" + wireName + "')");
    }
}
