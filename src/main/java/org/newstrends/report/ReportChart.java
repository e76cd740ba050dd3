package org.newstrends.report;

import java.util.Optional;

/** The catalogue of charts the report draws: file, caption and the CSV table holding each chart's numbers. */
public enum ReportChart {
    ARTICLE_VOLUME("charts/article_volume.png", "Articles per period", Tables.ARTICLE_VOLUME, null),
    ACTORS_OVER_TIME("charts/actors_over_time.png", "Top actors over time (share of articles per period)",
            Tables.ACTORS_BY_PERIOD_SHARE, EntityKind.ACTOR),
    LOCATIONS_OVER_TIME("charts/locations_over_time.png", "Top locations over time (share of articles per period)",
            Tables.LOCATIONS_BY_PERIOD_SHARE, EntityKind.LOCATION),
    THEMES_OVER_TIME("charts/themes_over_time.png", "Top themes over time (share of articles per period)",
            Tables.THEMES_BY_PERIOD_SHARE, EntityKind.THEME),
    TOP_ACTORS("charts/top_actors.png", "Top actors overall (articles mentioning them)",
            Tables.TOP_ACTORS, EntityKind.ACTOR),
    TOP_LOCATIONS("charts/top_locations.png", "Top locations overall (articles mentioning them)",
            Tables.TOP_LOCATIONS, EntityKind.LOCATION),
    TOP_THEMES("charts/top_themes.png", "Top themes overall (articles with the theme)",
            Tables.TOP_THEMES, EntityKind.THEME);

    private final String path;
    private final String caption;
    private final Table<?> source;
    private final EntityKind kind;

    ReportChart(String path, String caption, Table<?> source, EntityKind kind) {
        this.path = path;
        this.caption = caption;
        this.source = source;
        this.kind = kind;
    }

    /** Path relative to the report directory, e.g. {@code charts/top_actors.png}. */
    public String path() {
        return path;
    }

    /** One line saying what the chart shows. */
    public String caption() {
        return caption;
    }

    /** The table that holds the chart's numbers. */
    public Table<?> source() {
        return source;
    }

    /** The entity kind drawn, empty for the volume chart. */
    public Optional<EntityKind> kind() {
        return Optional.ofNullable(kind);
    }

    /** The over-time chart of {@code kind}. */
    public static ReportChart overTime(EntityKind kind) {
        return switch (kind) {
            case ACTOR -> ACTORS_OVER_TIME;
            case LOCATION -> LOCATIONS_OVER_TIME;
            case THEME -> THEMES_OVER_TIME;
        };
    }

    /** The overall top-N bar chart of {@code kind}. */
    public static ReportChart topBars(EntityKind kind) {
        return switch (kind) {
            case ACTOR -> TOP_ACTORS;
            case LOCATION -> TOP_LOCATIONS;
            case THEME -> TOP_THEMES;
        };
    }
}
