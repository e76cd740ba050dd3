package org.newstrends.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the bounded part of a report from {@link ReportData} into a {@link ReportSink}: the tables under
 * {@code tables/}, the charts under {@code charts/}, the data dictionary, {@code report.xlsx} and
 * {@code index.html}. The same data gives byte-identical CSV, workbook and HTML.
 *
 * <p>Order of a full report: first the long tables and rejects with {@link ReportSink#write}, then
 * {@link #write(ReportSink, ReportData)}, which links whatever tables exist, then {@link ManifestWriter}, which
 * lists every file.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes the whole bounded report of {@code data} into {@code reportDir} through a sink of its own.
     *
     * @return the files written, relative to {@code reportDir} with {@code /} separators, in writing order
     */
    public static List<String> write(Path reportDir, ReportData data) throws IOException {
        try (ReportSink sink = ReportSink.open(reportDir)) {
            return write(sink, data);
        }
    }

    /**
     * Writes the tables, charts, data dictionary, workbook and index page of {@code data} through {@code sink},
     * after the tables already written to it.
     *
     * @return every file the sink wrote, relative to the report directory, in writing order
     */
    public static List<String> write(ReportSink sink, ReportData data) throws IOException {
        writeTables(sink, data);
        for (String chart : Charts.writeAll(sink.reportDir(), data)) {
            sink.recorded(chart);
        }
        List<SummaryFact> facts = SummaryFact.of(data, sink.rows(Tables.REJECTS), sink.wrote(Tables.REJECTS));
        sink.save(title(data), facts);
        writeIndex(sink, data, facts);
        return sink.files();
    }

    /** The report's title, on the page and the workbook's About sheet. */
    static String title(ReportData data) {
        return "newstrends report: " + data.jobName();
    }

    private static void writeTables(ReportSink sink, ReportData data) throws IOException {
        sink.write(Tables.ARTICLE_VOLUME, data.volume().iterator());
        sink.write(Tables.TOP_ENTITY_PERIOD_COUNTS, data.topSeries().iterator());
        for (EntityKind kind : EntityKind.values()) {
            sink.write(Tables.topList(kind), data.top(kind).iterator());
        }
        for (EntityKind kind : EntityKind.values()) {
            KindSeries series = KindSeries.of(data, kind);
            writePivot(sink, series, false);
            writePivot(sink, series, true);
        }
    }

    private static void writePivot(ReportSink sink, KindSeries series, boolean share) throws IOException {
        List<String> labels = series.entities().stream().map(KindSeries.SeriesEntity::label).toList();
        List<PivotRow> rows = new ArrayList<>(series.periods().size());
        for (int p = 0; p < series.periods().size(); p++) {
            VolumeRow period = series.periods().get(p);
            List<Number> values = new ArrayList<>(labels.size());
            for (int e = 0; e < labels.size(); e++) {
                values.add(share ? (Number) series.share(p, e) : (Number) series.articles(p, e));
            }
            rows.add(new PivotRow(period.period(), period.periodStart(), period.articles(), values));
        }
        sink.write(Tables.pivot(series.kind(), share), labels, rows.iterator());
    }

    private static void writeIndex(ReportSink sink, ReportData data, List<SummaryFact> facts) throws IOException {
        Path reportDir = sink.reportDir();
        Set<String> existing = new TreeSet<>();
        for (Table<?> table : Tables.all()) {
            existing.add(table.path());
        }
        for (ReportChart chart : ReportChart.values()) {
            existing.add(chart.path());
            existing.add(chart.csvPath());
        }
        existing.add(WorkbookWriter.FILE_NAME);
        existing.removeIf(path -> !Files.isRegularFile(reportDir.resolve(path)));
        IndexPage.Context context = new IndexPage.Context(title(data), facts, existing);
        ReportFiles.writeString(reportDir.resolve("index.html"), IndexPage.render(data, context));
        sink.recorded("index.html");
    }
}
