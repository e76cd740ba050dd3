package org.newstrends.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The catalogue of every table the report writes, each declared once with its columns and their accessors. The
 * CSV writer, the workbook, the data dictionary and {@code index.html} all read these declarations; adding a
 * table is adding one declaration here (and writing its rows to a {@link ReportSink}).
 */
public final class Tables {

    private static final List<Table<?>> ALL = new ArrayList<>();

    private static final List<Column<EntityPeriodRow>> ENTITY_PERIOD_COLUMNS = List.of(
            Columns.PERIOD.of(EntityPeriodRow::period),
            Columns.PERIOD_START.of(EntityPeriodRow::periodStart),
            Columns.KIND.of(EntityPeriodRow::kind),
            Columns.ENTITY.of(EntityPeriodRow::entity),
            Columns.TYPE.of(EntityPeriodRow::type),
            Columns.COUNTRY.of(EntityPeriodRow::country),
            Columns.MENTIONS.of(EntityPeriodRow::mentions),
            Columns.ARTICLES_MENTIONING.of(EntityPeriodRow::articles),
            Columns.UNIQUE_ARTICLES_MENTIONING.of(EntityPeriodRow::uniqueArticles),
            Columns.PERIOD_ARTICLES.of(EntityPeriodRow::periodArticles),
            Columns.PERIOD_SHARE.of(EntityPeriodRow::share),
            Columns.UNIQUE_SHARE.of(EntityPeriodRow::uniqueShare),
            Columns.PERIOD_UNIQUE_ARTICLES.of(EntityPeriodRow::periodUniqueArticles));

    private static final List<Column<EntityTotalRow>> ENTITY_TOTAL_COLUMNS = List.of(
            Columns.KIND.of(EntityTotalRow::kind),
            Columns.RANK.of(EntityTotalRow::rank),
            Columns.ENTITY.of(EntityTotalRow::entity),
            Columns.TYPE.of(EntityTotalRow::type),
            Columns.COUNTRY.of(EntityTotalRow::country),
            Columns.MENTIONS.of(EntityTotalRow::mentions),
            Columns.ARTICLES_MENTIONING.of(EntityTotalRow::articles),
            Columns.UNIQUE_ARTICLES_MENTIONING.of(EntityTotalRow::uniqueArticles),
            Columns.TOTAL_SHARE.of(EntityTotalRow::share));

    private static final List<Column<PivotRow>> PIVOT_KEY_COLUMNS = List.of(
            Columns.PERIOD.of(PivotRow::period),
            Columns.PERIOD_START.of(PivotRow::periodStart),
            Columns.PERIOD_ARTICLES.of(PivotRow::periodArticles));

    public static final Table<VolumeRow> ARTICLE_VOLUME = Tables.<VolumeRow>declare("tables/article_volume.csv",
                    "Articles per period, every period of the range (zeros included)")
            .column(Columns.PERIOD, VolumeRow::period)
            .column(Columns.PERIOD_START, VolumeRow::periodStart)
            .column(Columns.ARTICLES_IN_PERIOD, VolumeRow::articles)
            .integer("unique_articles", "Articles of the period that unique counts keep: one per cluster of copies",
                    VolumeRow::uniqueArticles)
            .integer("duplicate_articles", "articles - unique_articles: copies of an article kept elsewhere",
                    VolumeRow::duplicateArticles)
            .bool("partial", "true when the data covers the period only in part (the first or last period)",
                    VolumeRow::partial)
            .build();

    public static final Table<EntityPeriodRow> ENTITY_PERIOD_COUNTS = Tables.<EntityPeriodRow>declare(
                    "tables/entity_period_counts.csv",
                    "Every entity of every kind per period, non-zero rows only (tidy long)")
            .columns(ENTITY_PERIOD_COLUMNS)
            .build();

    public static final Table<EntityPeriodRow> TOP_ENTITY_PERIOD_COUNTS = Tables.<EntityPeriodRow>declare(
                    "tables/top_entity_period_counts.csv",
                    "The top-N entities of each kind in every period, zeros included (tidy long)")
            .columns(ENTITY_PERIOD_COLUMNS)
            .build();

    public static final Table<EntityTotalRow> ENTITY_TOTALS = Tables.<EntityTotalRow>declare(
                    "tables/entity_totals.csv", "Overall ranking of every entity of every kind")
            .columns(ENTITY_TOTAL_COLUMNS)
            .build();

    public static final Table<AnalysisRows.ClusterRow> DUPLICATE_CLUSTERS = Tables.<AnalysisRows.ClusterRow>declare(
                    "tables/duplicate_clusters.csv",
                    "Every cluster of two or more copies of a story (exact or near), kept article first")
            .inputText("cluster", "Id of the cluster's kept article", AnalysisRows.ClusterRow::cluster)
            .inputText("article_id", "Id of the member article", AnalysisRows.ClusterRow::articleId)
            .inputText("input", "Input file of the member article", AnalysisRows.ClusterRow::input)
            .date("date", "Date of the member article", AnalysisRows.ClusterRow::date)
            .column(Columns.SOURCE, AnalysisRows.ClusterRow::source)
            .inputText("title", "Title of the member article", AnalysisRows.ClusterRow::title)
            .decimal("similarity", "Jaccard similarity of the member's shingles with the kept article's (1 = same text)",
                    AnalysisRows.ClusterRow::similarity)
            .bool("kept", "true for the one article of the cluster that unique counts keep (earliest, then smallest id)",
                    AnalysisRows.ClusterRow::kept)
            .build();

    public static final Table<AnalysisRows.SourceRow> SOURCES = Tables.<AnalysisRows.SourceRow>declare(
                    "tables/sources.csv", "Every source: articles, unique articles, first and last date")
            .column(Columns.SOURCE, AnalysisRows.SourceRow::source)
            .integer("articles", "Articles of the source", AnalysisRows.SourceRow::articles)
            .integer("unique_articles", "Articles of the source that unique counts keep",
                    AnalysisRows.SourceRow::uniqueArticles)
            .date("first_date", "Date of the source's first article", AnalysisRows.SourceRow::firstDate)
            .date("last_date", "Date of the source's last article", AnalysisRows.SourceRow::lastDate)
            .build();

    public static final Table<AnalysisRows.SourcePeriodRow> SOURCE_PERIOD_COUNTS =
            Tables.<AnalysisRows.SourcePeriodRow>declare("tables/source_period_counts.csv",
                            "Articles of every source per period, with the period's articles")
                    .column(Columns.PERIOD, AnalysisRows.SourcePeriodRow::period)
                    .column(Columns.PERIOD_START, AnalysisRows.SourcePeriodRow::periodStart)
                    .column(Columns.SOURCE, AnalysisRows.SourcePeriodRow::source)
                    .integer("articles", "Articles of the source in the period", AnalysisRows.SourcePeriodRow::articles)
                    .integer("unique_articles", "Of them, articles that unique counts keep",
                            AnalysisRows.SourcePeriodRow::uniqueArticles)
                    .column(Columns.PERIOD_ARTICLES, AnalysisRows.SourcePeriodRow::periodArticles)
                    .decimal("share", "articles / period_articles: the source's part of the period",
                            AnalysisRows.SourcePeriodRow::share)
                    .build();

    public static final Table<AnalysisRows.EntitySourceRow> ENTITY_SOURCE_COUNTS =
            Tables.<AnalysisRows.EntitySourceRow>declare("tables/entity_source_counts.csv",
                            "Articles of every source naming each entity, with the source's articles")
                    .column(Columns.KIND, AnalysisRows.EntitySourceRow::kind)
                    .column(Columns.ENTITY, AnalysisRows.EntitySourceRow::entity)
                    .column(Columns.TYPE, AnalysisRows.EntitySourceRow::type)
                    .column(Columns.SOURCE, AnalysisRows.EntitySourceRow::source)
                    .integer("articles", "Articles of the source naming the entity", AnalysisRows.EntitySourceRow::articles)
                    .integer("source_articles", "All articles of the source", AnalysisRows.EntitySourceRow::sourceArticles)
                    .decimal("share", "articles / source_articles", AnalysisRows.EntitySourceRow::share)
                    .build();

    public static final Table<AnalysisRows.TrendRow> TRENDS = Tables.<AnalysisRows.TrendRow>declare("tables/trends.csv",
                    "Entities whose share of unique articles changed from the previous window to the current one, "
                            + "rising first, by log-likelihood score")
            .column(Columns.KIND, AnalysisRows.TrendRow::kind)
            .column(Columns.ENTITY, AnalysisRows.TrendRow::entity)
            .column(Columns.TYPE, AnalysisRows.TrendRow::type)
            .date("previous_from", "First day of the previous window", AnalysisRows.TrendRow::previousFrom)
            .date("previous_to", "Last day of the previous window", AnalysisRows.TrendRow::previousTo)
            .date("current_from", "First day of the current window", AnalysisRows.TrendRow::currentFrom)
            .date("current_to", "Last day of the current window", AnalysisRows.TrendRow::currentTo)
            .integer("previous_articles", "Unique articles naming the entity in the previous window",
                    AnalysisRows.TrendRow::previousArticles)
            .integer("current_articles", "Unique articles naming the entity in the current window",
                    AnalysisRows.TrendRow::currentArticles)
            .decimal("previous_share", "previous_articles / unique articles of the previous window",
                    AnalysisRows.TrendRow::previousShare)
            .decimal("current_share", "current_articles / unique articles of the current window",
                    AnalysisRows.TrendRow::currentShare)
            .decimal("change", "current_share - previous_share", AnalysisRows.TrendRow::change)
            .decimal("score", "Dunning's log-likelihood G2 of the two counts (3.84: p < 0.05; 6.63: p < 0.01)",
                    AnalysisRows.TrendRow::score)
            .text("direction", "rising or falling", AnalysisRows.TrendRow::direction)
            .build();

    public static final Table<AnalysisRows.SpikeRow> SPIKES = Tables.<AnalysisRows.SpikeRow>declare("tables/spikes.csv",
                    "Periods in which an entity is named far more than in its own earlier periods, with their top "
                            + "source and their copies")
            .column(Columns.KIND, AnalysisRows.SpikeRow::kind)
            .column(Columns.ENTITY, AnalysisRows.SpikeRow::entity)
            .column(Columns.TYPE, AnalysisRows.SpikeRow::type)
            .column(Columns.PERIOD, AnalysisRows.SpikeRow::period)
            .column(Columns.PERIOD_START, AnalysisRows.SpikeRow::periodStart)
            .integer("articles", "Articles naming the entity in the period", AnalysisRows.SpikeRow::articles)
            .decimal("expected", "Median of the entity's articles in its earlier periods", AnalysisRows.SpikeRow::expected)
            .decimal("score", "Robust z-score of articles against the median and MAD of the earlier periods",
                    AnalysisRows.SpikeRow::score)
            .inputText("top_source", "The source with most of the spike's articles", AnalysisRows.SpikeRow::topSource)
            .decimal("top_source_share", "Fraction of the spike's articles from top_source",
                    AnalysisRows.SpikeRow::topSourceShare)
            .decimal("duplicate_share", "Fraction of the spike's articles that are copies (articles - unique) / articles",
                    AnalysisRows.SpikeRow::duplicateShare)
            .integer("unique_articles", "Articles of the spike that unique counts keep", AnalysisRows.SpikeRow::uniqueArticles)
            .build();

    public static final Table<AnalysisRows.CooccurrenceRow> COOCCURRENCE = Tables.<AnalysisRows.CooccurrenceRow>declare(
                    "tables/cooccurrence.csv",
                    "Pairs of top entities named in the same articles: actor x location, actor x actor, entity x theme")
            .text("kind_a", "Kind of the first entity", AnalysisRows.CooccurrenceRow::kindA)
            .inputText("entity_a", "The first entity", AnalysisRows.CooccurrenceRow::entityA)
            .text("kind_b", "Kind of the second entity", AnalysisRows.CooccurrenceRow::kindB)
            .inputText("entity_b", "The second entity", AnalysisRows.CooccurrenceRow::entityB)
            .integer("articles", "Articles naming both", AnalysisRows.CooccurrenceRow::articles)
            .integer("articles_a", "Articles naming entity_a", AnalysisRows.CooccurrenceRow::articlesA)
            .integer("articles_b", "Articles naming entity_b", AnalysisRows.CooccurrenceRow::articlesB)
            .decimal("lift", "articles x all articles / (articles_a x articles_b): 1 = as often as by chance",
                    AnalysisRows.CooccurrenceRow::lift)
            .decimal("pmi", "log2(lift): pointwise mutual information", AnalysisRows.CooccurrenceRow::pmi)
            .integer("unique_articles", "Articles naming both that unique counts keep",
                    AnalysisRows.CooccurrenceRow::uniqueArticles)
            .build();

    public static final Table<AnalysisRows.WatchRow> WATCHLIST_PERIOD_COUNTS = Tables.<AnalysisRows.WatchRow>declare(
                    "tables/watchlist_period_counts.csv", "Articles matching each watch query in every period")
            .column(Columns.PERIOD, AnalysisRows.WatchRow::period)
            .column(Columns.PERIOD_START, AnalysisRows.WatchRow::periodStart)
            .inputText("query", "Name of the watch query (job spec 'watch')", AnalysisRows.WatchRow::query)
            .integer("articles", "Articles of the period matching any term of the query", AnalysisRows.WatchRow::articles)
            .integer("unique_articles", "Of them, articles that unique counts keep", AnalysisRows.WatchRow::uniqueArticles)
            .column(Columns.PERIOD_ARTICLES, AnalysisRows.WatchRow::periodArticles)
            .decimal("share", "articles / period_articles", AnalysisRows.WatchRow::share)
            .integer("period_unique_articles", "Unique articles of the period", AnalysisRows.WatchRow::periodUniqueArticles)
            .decimal("unique_share", "unique_articles / period_unique_articles", AnalysisRows.WatchRow::uniqueShare)
            .build();

    public static final Table<AnalysisRows.VariantRow> UNRESOLVED_VARIANTS = Tables.<AnalysisRows.VariantRow>declare(
                    "tables/unresolved_variants.csv",
                    "Frequent names that look like variants of each other: merge them with an alias line")
            .column(Columns.KIND, AnalysisRows.VariantRow::kind)
            .inputText("entity", "The more frequent name", AnalysisRows.VariantRow::entity)
            .inputText("variant", "The name that looks like a variant of it", AnalysisRows.VariantRow::variant)
            .integer("entity_articles", "Articles naming entity", AnalysisRows.VariantRow::entityArticles)
            .integer("variant_articles", "Articles naming variant", AnalysisRows.VariantRow::variantArticles)
            .text("reason", "same surname, initials, spelling variant or one letter apart",
                    AnalysisRows.VariantRow::reason)
            .build();

    public static final Table<EntityTotalRow> TOP_ACTORS = topList(EntityKind.ACTOR,
            "Overall top actors (people, organisations)");
    public static final Table<EntityTotalRow> TOP_LOCATIONS = topList(EntityKind.LOCATION, "Overall top locations");
    public static final Table<EntityTotalRow> TOP_THEMES = topList(EntityKind.THEME, "Overall top themes");

    public static final Table<PivotRow> ACTORS_BY_PERIOD_ARTICLES = pivot(EntityKind.ACTOR, false,
            "Articles mentioning each top actor, one row per period, one column per actor (by rank)");
    public static final Table<PivotRow> ACTORS_BY_PERIOD_SHARE = pivot(EntityKind.ACTOR, true,
            "Share of the period's articles mentioning each top actor, one column per actor (by rank)");
    public static final Table<PivotRow> LOCATIONS_BY_PERIOD_ARTICLES = pivot(EntityKind.LOCATION, false,
            "Articles mentioning each top location, one row per period, one column per location (by rank)");
    public static final Table<PivotRow> LOCATIONS_BY_PERIOD_SHARE = pivot(EntityKind.LOCATION, true,
            "Share of the period's articles mentioning each top location, one column per location (by rank)");
    public static final Table<PivotRow> THEMES_BY_PERIOD_ARTICLES = pivot(EntityKind.THEME, false,
            "Articles with each top theme, one row per period, one column per theme (by rank)");
    public static final Table<PivotRow> THEMES_BY_PERIOD_SHARE = pivot(EntityKind.THEME, true,
            "Share of the period's articles with each top theme, one column per theme (by rank)");

    public static final Table<AliasRow> TOP_ENTITY_ALIASES = Tables.<AliasRow>declare(
                    "tables/top_entity_aliases.csv",
                    "How each top entity is written in the articles: the forms merged into it, most frequent first")
            .column(Columns.KIND, AliasRow::kind)
            .column(Columns.ENTITY, AliasRow::entity)
            .inputText("alias",
                    "A form the entity is written as in the articles (for a theme: a matched term), counted as the entity",
                    AliasRow::alias)
            .integer("mentions", "Mentions written in this form", AliasRow::mentions)
            .integer("articles", "Articles with at least one mention in this form", AliasRow::articles)
            .build();

    public static final Table<DictionaryRow> DATA_DICTIONARY = Tables.<DictionaryRow>declare(
                    "tables/data_dictionary.csv", "Every column of every table: type and meaning")
            .text("table", "Path of the table relative to the report directory", DictionaryRow::table)
            .inputText("column", "Column header name", DictionaryRow::column)
            .text("type", "Value type: string, date (YYYY-MM-DD), integer, decimal (6 decimals, dot separator) "
                    + "or boolean (true or false)", DictionaryRow::type)
            .inputText("description", "What a value means", DictionaryRow::description)
            .bool("from_input", "true for text from the articles or input files (names, sources, titles, ids, file "
                    + "names, aliases, reasons quoting input): in CSV files such a value that begins with =, +, -, @, "
                    + "a tab or a carriage return has a leading ' so that spreadsheets do not run it",
                    DictionaryRow::fromInput)
            .build();

    public static final Table<RejectRow> REJECTS = Tables.<RejectRow>declare("rejects.csv",
                    "Every input record that was not counted, with its reason")
            .inputText("input", "File or URI the rejected record came from", RejectRow::input)
            .integer("position", "Line or record number of the rejected record within its input (1-based)",
                    RejectRow::position)
            .inputText("reason", "Why the record was not counted", RejectRow::reason)
            .build();

    private Tables() {
    }

    /** Every table of the report, in the order the page, the workbook and the data dictionary list them. */
    public static List<Table<?>> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The overall top list of {@code kind}. */
    public static Table<EntityTotalRow> topList(EntityKind kind) {
        return switch (kind) {
            case ACTOR -> TOP_ACTORS;
            case LOCATION -> TOP_LOCATIONS;
            case THEME -> TOP_THEMES;
        };
    }

    /** The per-period pivot of {@code kind}: article counts, or shares when {@code share} is true. */
    public static Table<PivotRow> pivot(EntityKind kind, boolean share) {
        return switch (kind) {
            case ACTOR -> share ? ACTORS_BY_PERIOD_SHARE : ACTORS_BY_PERIOD_ARTICLES;
            case LOCATION -> share ? LOCATIONS_BY_PERIOD_SHARE : LOCATIONS_BY_PERIOD_ARTICLES;
            case THEME -> share ? THEMES_BY_PERIOD_SHARE : THEMES_BY_PERIOD_ARTICLES;
        };
    }

    /** The header names of a pivot's fixed columns, which no entity column may take. */
    static List<String> pivotKeyNames() {
        return PIVOT_KEY_COLUMNS.stream().map(Column::name).toList();
    }

    /** Starts a table's declaration; its {@code build()} adds it to the catalogue. */
    static <R> Table.Builder<R> declare(String path, String description) {
        return Table.builder(path, description, Tables::add);
    }

    /** Adds {@code table} to the catalogue; its file and its sheet name (as a workbook compares them) must be new. */
    private static void add(Table<?> table) {
        if (table.sheetName().equalsIgnoreCase(AboutSheet.NAME)) {
            throw new IllegalArgumentException(table.path() + " takes the name of the About sheet (declare a sheetName)");
        }
        for (Table<?> other : ALL) {
            if (other.path().equals(table.path()) || other.sheetName().equalsIgnoreCase(table.sheetName())) {
                throw new IllegalArgumentException(table.path() + " takes the file or sheet name of " + other.path()
                        + " (declare another sheetName)");
            }
        }
        ALL.add(table);
    }

    private static Table<EntityTotalRow> topList(EntityKind kind, String description) {
        return Tables.<EntityTotalRow>declare("tables/top_" + kind.plural() + ".csv", description)
                .columns(ENTITY_TOTAL_COLUMNS)
                .build();
    }

    private static Table<PivotRow> pivot(EntityKind kind, boolean share, String description) {
        Table.Builder<PivotRow> builder = Tables.<PivotRow>declare(
                "tables/" + kind.plural() + "_by_period_" + (share ? "share" : "articles") + ".csv", description)
                .columns(PIVOT_KEY_COLUMNS);
        if (share) {
            builder.entityColumns(ColumnType.DECIMAL, "Fraction of the period's articles mentioning %s",
                    PivotRow::value);
        } else {
            builder.entityColumns(ColumnType.INTEGER, "Articles of the period mentioning %s", PivotRow::value);
        }
        return builder.build();
    }
}
