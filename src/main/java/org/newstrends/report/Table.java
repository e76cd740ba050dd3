package org.newstrends.report;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue of every CSV the report writes: where it goes, what it holds and its columns. Writers take their
 * headers from here and the data dictionary is produced from here, so a column is declared exactly once.
 */
public enum Table {
    ARTICLE_VOLUME("tables/article_volume.csv", "Articles per period, every period of the range (zeros included)",
            List.of(Columns.PERIOD, Columns.PERIOD_START, Columns.ARTICLES_IN_PERIOD), null, null),
    ENTITY_PERIOD_COUNTS("tables/entity_period_counts.csv",
            "Every entity of every kind per period, non-zero rows only (tidy long)",
            Columns.ENTITY_PERIOD, null, null),
    TOP_ENTITY_PERIOD_COUNTS("tables/top_entity_period_counts.csv",
            "The top-N entities of each kind in every period, zeros included (tidy long)",
            Columns.ENTITY_PERIOD, null, null),
    ENTITY_TOTALS("tables/entity_totals.csv", "Overall ranking of every entity of every kind",
            Columns.ENTITY_TOTAL, null, null),
    TOP_ACTORS("tables/top_actors.csv", "Overall top actors (people, organisations)",
            Columns.ENTITY_TOTAL, null, EntityKind.ACTOR),
    TOP_LOCATIONS("tables/top_locations.csv", "Overall top locations",
            Columns.ENTITY_TOTAL, null, EntityKind.LOCATION),
    TOP_THEMES("tables/top_themes.csv", "Overall top themes",
            Columns.ENTITY_TOTAL, null, EntityKind.THEME),
    ACTORS_BY_PERIOD_ARTICLES("tables/actors_by_period_articles.csv",
            "Articles mentioning each top actor, one row per period, one column per actor (by rank)",
            Columns.PIVOT_KEY, Columns.PIVOT_ARTICLES, EntityKind.ACTOR),
    ACTORS_BY_PERIOD_SHARE("tables/actors_by_period_share.csv",
            "Share of the period's articles mentioning each top actor, one column per actor (by rank)",
            Columns.PIVOT_KEY, Columns.PIVOT_SHARE, EntityKind.ACTOR),
    LOCATIONS_BY_PERIOD_ARTICLES("tables/locations_by_period_articles.csv",
            "Articles mentioning each top location, one row per period, one column per location (by rank)",
            Columns.PIVOT_KEY, Columns.PIVOT_ARTICLES, EntityKind.LOCATION),
    LOCATIONS_BY_PERIOD_SHARE("tables/locations_by_period_share.csv",
            "Share of the period's articles mentioning each top location, one column per location (by rank)",
            Columns.PIVOT_KEY, Columns.PIVOT_SHARE, EntityKind.LOCATION),
    THEMES_BY_PERIOD_ARTICLES("tables/themes_by_period_articles.csv",
            "Articles with each top theme, one row per period, one column per theme (by rank)",
            Columns.PIVOT_KEY, Columns.PIVOT_ARTICLES, EntityKind.THEME),
    THEMES_BY_PERIOD_SHARE("tables/themes_by_period_share.csv",
            "Share of the period's articles with each top theme, one column per theme (by rank)",
            Columns.PIVOT_KEY, Columns.PIVOT_SHARE, EntityKind.THEME),
    TOP_MOVERS("tables/top_movers.csv",
            "Top entities whose share rose or fell most between the last two periods with articles",
            List.of(Columns.KIND, Columns.DIRECTION, Columns.ENTITY, Columns.TYPE, Columns.COUNTRY,
                    Columns.PREVIOUS_PERIOD, Columns.LAST_PERIOD, Columns.PREVIOUS_SHARE, Columns.LAST_SHARE,
                    Columns.SHARE_CHANGE), null, null),
    TOP_ENTITY_ALIASES("tables/top_entity_aliases.csv",
            "How each top entity is written in the articles: the forms merged into it, most frequent first",
            List.of(Columns.KIND, Columns.ENTITY, Columns.ALIAS, Columns.ALIAS_MENTIONS, Columns.ALIAS_ARTICLES),
            null, null),
    DATA_DICTIONARY("tables/data_dictionary.csv", "Every column of every table: type and meaning",
            List.of(Columns.TABLE, Columns.COLUMN, Columns.COLUMN_TYPE, Columns.DESCRIPTION), null, null),
    REJECTS("rejects.csv", "Every input record that was not counted, with its reason",
            List.of(Columns.INPUT, Columns.POSITION, Columns.REASON), null, null);

    private final String path;
    private final String description;
    private final List<Column> columns;
    private final Column entityColumn;
    private final EntityKind kind;

    Table(String path, String description, List<Column> columns, Column entityColumn, EntityKind kind) {
        this.path = path;
        this.description = description;
        this.columns = columns;
        this.entityColumn = entityColumn;
        this.kind = kind;
    }

    /** Path relative to the report directory, with {@code /} separators, e.g. {@code tables/top_actors.csv}. */
    public String path() {
        return path;
    }

    /** The file name, e.g. {@code top_actors.csv}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** One sentence on what the table holds. */
    public String description() {
        return description;
    }

    /** The fixed columns, in order; a pivot adds one {@link #entityColumn(String) entity column} per top entity. */
    public List<Column> columns() {
        return columns;
    }

    /** Whether this is a wide pivot with one column per top entity after the fixed columns. */
    public boolean isPivot() {
        return entityColumn != null;
    }

    /** The pivot column for {@code entity}, named after it; only for {@link #isPivot() pivots}. */
    public Column entityColumn(String entity) {
        if (entityColumn == null) {
            throw new IllegalStateException(name() + " has no per-entity columns");
        }
        return new Column(entity, entityColumn.type(), String.format(entityColumn.description(), entity));
    }

    /** The entity kind of a per-kind table (top list or pivot). */
    public Optional<EntityKind> kind() {
        return Optional.ofNullable(kind);
    }

    /** The overall top list of {@code kind}. */
    public static Table topList(EntityKind kind) {
        return switch (kind) {
            case ACTOR -> TOP_ACTORS;
            case LOCATION -> TOP_LOCATIONS;
            case THEME -> TOP_THEMES;
        };
    }

    /** The per-period pivot of {@code kind}: article counts, or shares when {@code share} is true. */
    public static Table pivot(EntityKind kind, boolean share) {
        return switch (kind) {
            case ACTOR -> share ? ACTORS_BY_PERIOD_SHARE : ACTORS_BY_PERIOD_ARTICLES;
            case LOCATION -> share ? LOCATIONS_BY_PERIOD_SHARE : LOCATIONS_BY_PERIOD_ARTICLES;
            case THEME -> share ? THEMES_BY_PERIOD_SHARE : THEMES_BY_PERIOD_ARTICLES;
        };
    }
}
