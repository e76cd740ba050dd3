package org.newstrends.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Writes the bounded part of a report from {@link ReportData}: the tables under {@code tables/}, the charts under
 * {@code charts/}, the data dictionary and {@code index.html}. The same data gives byte-identical CSV and HTML.
 *
 * <p>Order of a full report: first the long tables and rejects with {@link StreamingTableWriter}, then
 * {@link #write}, which links whatever tables exist, then {@link ManifestWriter}, which lists every file.
 */
public final class ReportWriter {

    /** Movers shown per direction and kind in {@code index.html} and {@code top_movers.csv}. */
    public static final int MOVERS_PER_DIRECTION = 5;

    private final Path reportDir;
    private final ReportData data;
    private final Map<Table, List<Column>> pivotColumns = new EnumMap<>(Table.class);
    private final List<String> written = new ArrayList<>();

    private ReportWriter(Path reportDir, ReportData data) {
        this.reportDir = reportDir;
        this.data = data;
    }

    /**
     * Writes the tables, charts, data dictionary and index page of {@code data} into {@code reportDir}.
     *
     * @return the files written, relative to {@code reportDir} with {@code /} separators, in writing order
     */
    public static List<String> write(Path reportDir, ReportData data) throws IOException {
        ReportWriter writer = new ReportWriter(reportDir, data);
        Files.createDirectories(reportDir);
        writer.writeTables();
        writer.written.addAll(Charts.writeAll(reportDir, data));
        writer.writeDataDictionary();
        writer.writeIndex();
        return List.copyOf(writer.written);
    }

    private void writeTables() throws IOException {
        try (CsvTableWriter out = open(Table.ARTICLE_VOLUME)) {
            for (VolumeRow row : data.volume()) {
                out.write(List.of(row.period(), row.periodStart(), row.articles()));
            }
        }
        try (CsvTableWriter out = open(Table.TOP_ENTITY_PERIOD_COUNTS)) {
            for (EntityPeriodRow row : data.topSeries()) {
                out.write(CsvTableWriter.values(row));
            }
        }
        for (EntityKind kind : EntityKind.values()) {
            try (CsvTableWriter out = open(Table.topList(kind))) {
                for (EntityTotalRow row : data.top(kind)) {
                    out.write(CsvTableWriter.values(row));
                }
            }
        }
        List<TopMover> allMovers = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            KindSeries series = KindSeries.of(data, kind);
            writePivot(series, false);
            writePivot(series, true);
            allMovers.addAll(TopMovers.find(series, MOVERS_PER_DIRECTION));
        }
        try (CsvTableWriter out = open(Table.TOP_MOVERS)) {
            for (TopMover mover : allMovers) {
                out.write(List.of(mover.kind(), mover.direction(), mover.entity(), mover.type(), mover.country(),
                        mover.previousPeriod(), mover.period(), mover.previousShare(), mover.share(),
                        mover.change()));
            }
        }
    }

    private void writePivot(KindSeries series, boolean share) throws IOException {
        Table table = Table.pivot(series.kind(), share);
        List<Column> columns = new ArrayList<>(table.columns());
        series.entities().forEach(entity -> columns.add(table.entityColumn(entity.label())));
        pivotColumns.put(table, List.copyOf(columns));
        try (CsvTableWriter out = open(table, columns)) {
            for (int p = 0; p < series.periods().size(); p++) {
                VolumeRow period = series.periods().get(p);
                List<Object> values = new ArrayList<>(columns.size());
                values.add(period.period());
                values.add(period.periodStart());
                values.add(period.articles());
                for (int e = 0; e < series.entities().size(); e++) {
                    values.add(share ? (Object) series.share(p, e) : (Object) series.articles(p, e));
                }
                out.write(values);
            }
        }
    }

    /** Describes every column of every table in the catalogue, pivots with the entity columns written. */
    private void writeDataDictionary() throws IOException {
        try (CsvTableWriter out = open(Table.DATA_DICTIONARY)) {
            for (Table table : Table.values()) {
                for (Column column : pivotColumns.getOrDefault(table, table.columns())) {
                    out.write(List.of(table.path(), column.name(), column.type().label(), column.description()));
                }
            }
        }
    }

    private void writeIndex() throws IOException {
        Map<EntityKind, List<TopMover>> movers = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : EntityKind.values()) {
            movers.put(kind, TopMovers.find(data, kind, MOVERS_PER_DIRECTION));
        }
        Set<String> existing = new TreeSet<>();
        for (Table table : Table.values()) {
            if (Files.isRegularFile(reportDir.resolve(table.path()))) {
                existing.add(table.path());
            }
        }
        for (ReportChart chart : ReportChart.values()) {
            if (Files.isRegularFile(reportDir.resolve(chart.path()))) {
                existing.add(chart.path());
            }
        }
        IndexPage.Context context = new IndexPage.Context(countRejects(), existing, movers);
        Files.writeString(reportDir.resolve("index.html"), IndexPage.render(data, context), StandardCharsets.UTF_8);
        written.add("index.html");
    }

    /** Data rows of {@code rejects.csv}, or -1 when it has not been written. */
    private long countRejects() throws IOException {
        Path rejects = reportDir.resolve(Table.REJECTS.path());
        if (!Files.isRegularFile(rejects)) {
            return -1;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(rejects, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            return parser.stream().count();
        }
    }

    private CsvTableWriter open(Table table) throws IOException {
        return open(table, table.columns());
    }

    private CsvTableWriter open(Table table, List<Column> columns) throws IOException {
        written.add(table.path());
        return CsvTableWriter.open(reportDir, table, columns);
    }
}
