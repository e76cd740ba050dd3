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
            Columns.PERIOD_ARTICLES.of(EntityPeriodRow::periodArticles),
            Columns.PERIOD_SHARE.of(EntityPeriodRow::share));

    private static final List<Column<EntityTotalRow>> ENTITY_TOTAL_COLUMNS = List.of(
            Columns.KIND.of(EntityTotalRow::kind),
            Columns.RANK.of(EntityTotalRow::rank),
            Columns.ENTITY.of(EntityTotalRow::entity),
            Columns.TYPE.of(EntityTotalRow::type),
            Columns.COUNTRY.of(EntityTotalRow::country),
            Columns.MENTIONS.of(EntityTotalRow::mentions),
            Columns.ARTICLES_MENTIONING.of(EntityTotalRow::articles),
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

    public static final Table<TopMover> TOP_MOVERS = Tables.<TopMover>declare("tables/top_movers.csv",
                    "Top entities whose share rose or fell most between the last two periods with articles")
            .column(Columns.KIND, TopMover::kind)
            .text("direction", "rising or falling", TopMover::direction)
            .column(Columns.ENTITY, TopMover::entity)
            .column(Columns.TYPE, TopMover::type)
            .column(Columns.COUNTRY, TopMover::country)
            .text("previous_period", "The earlier of the last two periods with articles", TopMover::previousPeriod)
            .text("period", "The last period with articles", TopMover::period)
            .decimal("previous_share", "Share of articles mentioning the entity in previous_period",
                    TopMover::previousShare)
            .decimal("share", "Share of articles mentioning the entity in period", TopMover::share)
            .decimal("change", "share - previous_share: positive = rising, negative = falling", TopMover::change)
            .build();

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
