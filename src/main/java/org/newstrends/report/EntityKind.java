package org.newstrends.report;

import java.util.Optional;

/** The three kinds of counted entities, in the order the report shows them, with their file and display names. */
public enum EntityKind {
    ACTOR("actor", "actors", "Actors"),
    LOCATION("location", "locations", "Locations"),
    THEME("theme", "themes", "Themes");

    private final String id;
    private final String plural;
    private final String title;

    EntityKind(String id, String plural, String title) {
        this.id = id;
        this.plural = plural;
        this.title = title;
    }

    /** The value used in the {@code kind} column, e.g. {@code actor}. */
    public String id() {
        return id;
    }

    /** The plural used in file names, e.g. {@code actors} in {@code top_actors.csv}. */
    public String plural() {
        return plural;
    }

    /** The capitalised plural used in titles, e.g. {@code Actors}. */
    public String title() {
        return title;
    }

    /** The kind whose {@link #id()} is {@code id}, if any. */
    public static Optional<EntityKind> fromId(String id) {
        for (EntityKind kind : values()) {
            if (kind.id.equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
