package org.newstrends.report;

import static org.newstrends.report.ColumnType.DATE;
import static org.newstrends.report.ColumnType.DECIMAL;
import static org.newstrends.report.ColumnType.INPUT_TEXT;
import static org.newstrends.report.ColumnType.INTEGER;
import static org.newstrends.report.ColumnType.TEXT;

/** The columns several tables share, declared once; {@link Tables} binds them to each table's row type. */
final class Columns {

    static final ColumnDefinition PERIOD = new ColumnDefinition("period", TEXT,
            "Period label, e.g. 2024-03-19 (day), 2024-W12 (ISO week), 2024-03 (month), 2024-Q1 (quarter), 2024 (year)");
    static final ColumnDefinition PERIOD_START = new ColumnDefinition("period_start", DATE, "First day of the period");
    static final ColumnDefinition ARTICLES_IN_PERIOD = new ColumnDefinition("articles", INTEGER,
            "Articles dated in the period");
    static final ColumnDefinition KIND = new ColumnDefinition("kind", TEXT, "Entity kind: actor, location or theme");
    static final ColumnDefinition ENTITY = new ColumnDefinition("entity", INPUT_TEXT,
            "Canonical entity name as counted (for a theme: the theme code)");
    static final ColumnDefinition TYPE = new ColumnDefinition("type", TEXT,
            "Entity type, e.g. PERSON, ORGANIZATION, COUNTRY, CITY (for a theme: its category)");
    static final ColumnDefinition COUNTRY = new ColumnDefinition("country", TEXT,
            "ISO 3166-1 alpha-2 country code of a location or of an actor's stated affiliation; empty if none");
    static final ColumnDefinition MENTIONS = new ColumnDefinition("mentions", INTEGER,
            "Mentions of the entity (an article may mention it several times)");
    static final ColumnDefinition ARTICLES_MENTIONING = new ColumnDefinition("articles", INTEGER,
            "Articles mentioning the entity (each article counted once)");
    static final ColumnDefinition PERIOD_ARTICLES = new ColumnDefinition("period_articles", INTEGER,
            "All articles dated in the period");
    static final ColumnDefinition PERIOD_SHARE = new ColumnDefinition("share", DECIMAL,
            "articles / period_articles: fraction of the period's articles mentioning the entity (0 if none)");
    static final ColumnDefinition RANK = new ColumnDefinition("rank", INTEGER,
            "Rank within the kind: 1 = most articles; ties broken by mentions, then entity name");
    static final ColumnDefinition TOTAL_SHARE = new ColumnDefinition("share", DECIMAL,
            "articles / all articles of the report: fraction of articles mentioning the entity");

    static final ColumnDefinition UNIQUE_ARTICLES_MENTIONING = new ColumnDefinition("unique_articles", INTEGER,
            "Articles mentioning the entity that unique counts keep (one per cluster of copies)");
    static final ColumnDefinition PERIOD_UNIQUE_ARTICLES = new ColumnDefinition("period_unique_articles", INTEGER,
            "Articles of the period that unique counts keep");
    static final ColumnDefinition UNIQUE_SHARE = new ColumnDefinition("unique_share", DECIMAL,
            "unique_articles / period_unique_articles (0 if none)");
    static final ColumnDefinition SOURCE = new ColumnDefinition("source", INPUT_TEXT,
            "The article's source, or its input file's folder name when it has none");

    private Columns() {
    }
}
