package org.newstrends.report;

import java.util.Optional;

/** The catalogue of charts the report draws: the PNG, its caption, and beside it the CSV of the numbers drawn. */
public enum ReportChart {
    ARTICLE_VOLUME("article_volume", "Articles per period", null),
    ARTICLE_VOLUME_UNIQUE("article_volume_unique", "Articles and unique articles per period (the gap: copies)",
            null),
    SOURCE_VOLUME("source_volume", "Articles per period of the largest sources", null),
    WATCHLIST("watchlist", "Articles per period matching each watch query", null),
    ACTORS_OVER_TIME("actors_over_time", "Top actors over time (share of each period's articles)", EntityKind.ACTOR),
    ACTORS_UNIQUE_OVER_TIME("actors_unique_over_time", "Top actors over time (unique articles per period)",
            EntityKind.ACTOR),
    ACTORS_HEATMAP("actors_heatmap", "Top actors by period (heatmap of shares)", EntityKind.ACTOR),
    LOCATIONS_OVER_TIME("locations_over_time", "Top locations over time (share of each period's articles)",
            EntityKind.LOCATION),
    LOCATIONS_UNIQUE_OVER_TIME("locations_unique_over_time", "Top locations over time (unique articles per period)",
            EntityKind.LOCATION),
    LOCATIONS_HEATMAP("locations_heatmap", "Top locations by period (heatmap of shares)", EntityKind.LOCATION),
    LOCATION_MAP("location_map", "Top locations on the world map (bubble area: articles)", EntityKind.LOCATION),
    THEMES_OVER_TIME("themes_over_time", "Top themes over time (share of each period's articles)", EntityKind.THEME),
    THEMES_UNIQUE_OVER_TIME("themes_unique_over_time", "Top themes over time (unique articles per period)",
            EntityKind.THEME),
    THEMES_HEATMAP("themes_heatmap", "Top themes by period (heatmap of shares)", EntityKind.THEME),
    THEME_CATEGORIES("theme_categories", "Theme categories over time (stacked share of theme tags)",
            EntityKind.THEME),
    TOP_ACTORS("top_actors", "Top actors overall (articles naming them)", EntityKind.ACTOR),
    TOP_LOCATIONS("top_locations", "Top locations overall (articles naming them)", EntityKind.LOCATION),
    TOP_THEMES("top_themes", "Top themes overall (articles with the theme)", EntityKind.THEME);

    private final String name;
    private final String caption;
    private final EntityKind kind;

    ReportChart(String name, String caption, EntityKind kind) {
        this.name = name;
        this.caption = caption;
        this.kind = kind;
    }

    /** Path of the PNG relative to the report directory, e.g. {@code charts/top_actors.png}. */
    public String path() {
        return "charts/" + name + ".png";
    }

    /** Path of the CSV of the numbers drawn, beside the PNG: {@code charts/top_actors.csv}. */
    public String csvPath() {
        return "charts/" + name + ".csv";
    }

    /** One line saying what the chart shows. */
    public String caption() {
        return caption;
    }

    /** The entity kind drawn, empty for the charts of articles, sources and watch queries. */
    public Optional<EntityKind> kind() {
        return Optional.ofNullable(kind);
    }
}
