package org.newstrends.report;

import java.util.List;

/** The single declaration of every column the report writes; {@link Table} assembles tables from these. */
final class Columns {

    static final Column PERIOD = new Column("period", ColumnType.STRING,
            "Period label, e.g. 2024-03-19 (day), 2024-W12 (ISO week), 2024-03 (month), 2024-Q1 (quarter), 2024 (year)");
    static final Column PERIOD_START = new Column("period_start", ColumnType.DATE, "First day of the period");
    static final Column ARTICLES_IN_PERIOD = new Column("articles", ColumnType.INTEGER,
            "Articles dated in the period");
    static final Column KIND = new Column("kind", ColumnType.STRING, "Entity kind: actor, location or theme");
    static final Column ENTITY = new Column("entity", ColumnType.STRING,
            "Canonical entity name as counted (for a theme: the theme code)");
    static final Column TYPE = new Column("type", ColumnType.STRING,
            "Entity type, e.g. PERSON, ORGANIZATION, COUNTRY, CITY (for a theme: its category)");
    static final Column COUNTRY = new Column("country", ColumnType.STRING,
            "ISO 3166-1 alpha-2 country code of a location or of an actor's stated affiliation; empty if none");
    static final Column MENTIONS = new Column("mentions", ColumnType.INTEGER,
            "Mentions of the entity (an article may mention it several times)");
    static final Column ARTICLES_MENTIONING = new Column("articles", ColumnType.INTEGER,
            "Articles mentioning the entity (each article counted once)");
    static final Column PERIOD_ARTICLES = new Column("period_articles", ColumnType.INTEGER,
            "All articles dated in the period");
    static final Column PERIOD_SHARE = new Column("share", ColumnType.DECIMAL,
            "articles / period_articles: fraction of the period's articles mentioning the entity (0 if none)");
    static final Column RANK = new Column("rank", ColumnType.INTEGER,
            "Rank within the kind: 1 = most articles; ties broken by mentions, then entity name");
    static final Column TOTAL_SHARE = new Column("share", ColumnType.DECIMAL,
            "articles / all articles of the report: fraction of articles mentioning the entity");
    static final Column PREVIOUS_PERIOD = new Column("previous_period", ColumnType.STRING,
            "The earlier of the last two periods with articles");
    static final Column LAST_PERIOD = new Column("period", ColumnType.STRING,
            "The last period with articles");
    static final Column PREVIOUS_SHARE = new Column("previous_share", ColumnType.DECIMAL,
            "Share of articles mentioning the entity in previous_period");
    static final Column LAST_SHARE = new Column("share", ColumnType.DECIMAL,
            "Share of articles mentioning the entity in period");
    static final Column SHARE_CHANGE = new Column("change", ColumnType.DECIMAL,
            "share - previous_share: positive = rising, negative = falling");
    static final Column DIRECTION = new Column("direction", ColumnType.STRING,
            "rising or falling");
    static final Column ALIAS = new Column("alias", ColumnType.STRING,
            "A form the entity is written as in the articles (for a theme: a matched term), counted as the entity");
    static final Column ALIAS_MENTIONS = new Column("mentions", ColumnType.INTEGER,
            "Mentions written in this form");
    static final Column ALIAS_ARTICLES = new Column("articles", ColumnType.INTEGER,
            "Articles with at least one mention in this form");
    static final Column INPUT = new Column("input", ColumnType.STRING, "File or URI the rejected record came from");
    static final Column POSITION = new Column("position", ColumnType.INTEGER,
            "Line or record number of the rejected record within its input (1-based)");
    static final Column REASON = new Column("reason", ColumnType.STRING, "Why the record was not counted");
    static final Column TABLE = new Column("table", ColumnType.STRING,
            "Path of the table relative to the report directory");
    static final Column COLUMN = new Column("column", ColumnType.STRING, "Column header name");
    static final Column COLUMN_TYPE = new Column("type", ColumnType.STRING,
            "Value type: string, date (YYYY-MM-DD), integer or decimal (6 decimals, dot separator)");
    static final Column DESCRIPTION = new Column("description", ColumnType.STRING, "What a value means");

    /** Template of a pivot's per-entity column holding article counts; {@code %s} is the entity. */
    static final Column PIVOT_ARTICLES = new Column("%s", ColumnType.INTEGER,
            "Articles of the period mentioning %s");
    /** Template of a pivot's per-entity column holding shares; {@code %s} is the entity. */
    static final Column PIVOT_SHARE = new Column("%s", ColumnType.DECIMAL,
            "Fraction of the period's articles mentioning %s");

    static final List<Column> ENTITY_PERIOD = List.of(PERIOD, PERIOD_START, KIND, ENTITY, TYPE, COUNTRY, MENTIONS,
            ARTICLES_MENTIONING, PERIOD_ARTICLES, PERIOD_SHARE);
    static final List<Column> ENTITY_TOTAL = List.of(KIND, RANK, ENTITY, TYPE, COUNTRY, MENTIONS,
            ARTICLES_MENTIONING, TOTAL_SHARE);
    static final List<Column> PIVOT_KEY = List.of(PERIOD, PERIOD_START, PERIOD_ARTICLES);

    private Columns() {
    }
}
