package org.newstrends.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newstrends.aggregate.CoverageCounts;
import org.newstrends.aggregate.EntityAlias;
import org.newstrends.aggregate.EntityArticle;
import org.newstrends.aggregate.EntityArticles;
import org.newstrends.aggregate.EntityLabel;
import org.newstrends.aggregate.EntityPeriodCount;
import org.newstrends.aggregate.EntityTotal;
import org.newstrends.aggregate.PeriodUnit;
import org.newstrends.aggregate.PeriodVolume;
import org.newstrends.aggregate.PlaceCoordinates;
import org.newstrends.aggregate.TopSeries;
import org.newstrends.ingest.Article;
import org.newstrends.ingest.ArticleSources;
import org.newstrends.ingest.IngestRecord;
import org.newstrends.ingest.InputListing;
import org.newstrends.ingest.Reject;
import org.newstrends.report.AliasRow;
import org.newstrends.report.EntityPeriodRow;
import org.newstrends.report.EntityTotalRow;
import org.newstrends.report.RejectRow;
import org.newstrends.report.ReportData;
import org.newstrends.report.ReportSink;
import org.newstrends.report.ReportWriter;
import org.newstrends.report.Tables;
import org.newstrends.report.VolumeRow;

/**
 * The coverage job: reads the spec's inputs, extracts every article, counts entities per period and writes the
 * report. It owns the SparkSession and every read and write; the stages in between are functions of Datasets.
 * Only bounded results (volume per period, top lists, top series) are collected; the long tables stream to disk.
 */
public final class CoverageJob {
    /** How many written forms of each top entity the aliases table lists. */
    static final int ALIASES_PER_ENTITY = 10;

    private CoverageJob() { }

    /** What a run read and wrote. */
    public record Result(Path reportDir, long recordsRead, long articles, long rejected, int files) { }

    /**
     * Runs {@code spec} in a session of its own (master from spark-submit or {@code spark.master}); the report folder
     * is checked before the session starts.
     */
    public static Result run(JobSpec spec, PrintStream progress) {
        openReportFolder(spec);
        SparkSession.Builder builder = SparkSession.builder().appName("newstrends " + spec.name());
        spec.spark().forEach(builder::config);
        SparkSession spark = builder.getOrCreate();
        try {
            return run(spark, spec, progress);
        } finally {
            spark.stop();
        }
    }

    /** Runs {@code spec} in {@code spark}, which stays open. */
    public static Result run(SparkSession spark, JobSpec spec, PrintStream progress) {
        long started = System.nanoTime();
        PeriodUnit unit = spec.period();
        Step step = new Step(progress, 5);
        step.next("listing inputs");
        ReportFolder folder = openReportFolder(spec);
        Ingestion ingestion = Ingestion.list(spark, spec, progress);
        InputListing listing = ingestion.listing();
        progress.printf("newstrends:       %d file(s) to read%n", listing.fileCount());

        step.next("reading articles");
        Ingestion.Read read = ingestion.read(spark);
        Dataset<IngestRecord> records = read.records();
        Dataset<Article> articles = ArticleSources.articles(records);
        Dataset<EntityArticle> rows = EntityArticles.extract(articles, spec.extractor()).persist(StorageLevel.MEMORY_AND_DISK());

        Row counts = records.agg(count(lit(1)), sum(when(col("reason").isNull(), 1).otherwise(0)),
                min(col("date")), max(col("date")), sum(when(col("decodedAsCp1252"), 1).otherwise(0))).first();
        long recordsRead = counts.getLong(0);
        long articleCount = counts.isNullAt(1) ? 0 : counts.getLong(1);
        long rejected = recordsRead - articleCount;
        Row repeated = read.repeatedIds().agg(sum(col("count"))).first();
        RunManifest.Reading reading = new RunManifest.Reading(recordsRead, articleCount, rejected, listing.fileCount(),
                counts.isNullAt(4) ? 0 : counts.getLong(4), listing.repeatedFiles().size(),
                listing.repeatedFolders().size(), repeated.isNullAt(0) ? 0 : repeated.getLong(0), ingestion.skipped());
        progress.printf("newstrends:       %d record(s) read: %d article(s), %d rejected%n",
                recordsRead, articleCount, rejected);

        step.next("extracting and counting per " + unit.specName());
        Dataset<EntityLabel> labels = CoverageCounts.labels(rows).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<PeriodVolume> volume = CoverageCounts.volume(articles, unit);
        List<PeriodVolume> volumeRows = volume.collectAsList();
        Dataset<EntityPeriodCount> perPeriod = CoverageCounts.perPeriod(rows, volume, labels, unit);
        Dataset<EntityTotal> totals = CoverageCounts.totals(rows, labels, articleCount);
        Dataset<EntityTotal> top = CoverageCounts.top(totals, spec.top());
        List<EntityTotal> topRows = top.collectAsList();
        List<EntityPeriodCount> topCounts = CoverageCounts.ofTop(perPeriod, top).collectAsList();
        Map<String, Long> entityCounts = entityCounts(rows);

        List<LocalDate> periods = counts.isNullAt(2) ? List.of()
                : unit.periods(localDate(counts.get(2)), localDate(counts.get(3)));
        Map<LocalDate, Long> volumeByPeriod = new TreeMap<>();
        for (PeriodVolume v : volumeRows) volumeByPeriod.put(v.getPeriodStart(), v.getArticles());

        step.next("writing report to " + spec.output());
        Path reportDir = folder.target();
        boolean committed = false;
        try {
            Path staging = folder.stage();
            try (ReportSink sink = ReportSink.open(staging)) {
                long rejectRows = sink.write(Tables.REJECTS,
                        map(ArticleSources.rejects(records).toLocalIterator(), CoverageJob::rejectRow));
                if (rejectRows != rejected) {
                    throw new IllegalStateException("rejects written (" + rejectRows
                            + ") differ from rejects counted (" + rejected + ")");
                }
                sink.write(Tables.ENTITY_PERIOD_COUNTS, map(perPeriod.toLocalIterator(), c -> periodRow(unit, c)));
                sink.write(Tables.ENTITY_TOTALS, map(totals.toLocalIterator(), CoverageJob::totalRow));
                sink.write(Tables.TOP_ENTITY_ALIASES, map(CoverageCounts.aliases(rows, top, ALIASES_PER_ENTITY)
                        .toLocalIterator(), CoverageJob::aliasRow));
                ReportWriter.write(sink, reportData(spec, articleCount, periods, volumeByPeriod, topRows, topCounts));
            }
            step.next("writing manifest");
            RunManifest.write(staging, spec, reading, entityCounts, spark.version());
            folder.commit();
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + reportDir + ": " + e.getMessage(), e);
        } finally {
            if (!committed) folder.abandon();
            rows.unpersist();
            labels.unpersist();
            read.parsed().unpersist();
        }
        progress.printf("newstrends: done in %.1f s (heap peak at most %d MiB): %s/index.html%n",
                (System.nanoTime() - started) / 1e9, peakHeapMiB(), spec.output());
        return new Result(reportDir, recordsRead, articleCount, rejected, listing.fileCount());
    }

    private static ReportFolder openReportFolder(JobSpec spec) {
        try {
            return ReportFolder.open(Paths.get(spec.output()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the report folder " + spec.output() + ": " + e.getMessage(),
                    e);
        }
    }

    /** The largest heap this JVM has used so far: the sum of the heap pools' peaks. */
    private static long peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) bytes += pool.getPeakUsage().getUsed();
        }
        return bytes >> 20;
    }

    private static LocalDate localDate(Object sqlDate) {
        return sqlDate instanceof LocalDate d ? d : ((java.sql.Date) sqlDate).toLocalDate();
    }

    private static Map<String, Long> entityCounts(Dataset<EntityArticle> rows) {
        Map<String, Long> out = new TreeMap<>();
        for (Row r : rows.groupBy("kind").agg(sum("mentions"), countDistinct("key")).collectAsList()) {
            out.put(r.getString(0) + "_mentions", r.getLong(1));
            out.put(r.getString(0) + "_entities", r.getLong(2));
        }
        return out;
    }

    static ReportData reportData(JobSpec spec, long articleCount, List<LocalDate> periods,
                                 Map<LocalDate, Long> volumeByPeriod, List<EntityTotal> top,
                                 List<EntityPeriodCount> topCounts) {
        PeriodUnit unit = spec.period();
        List<VolumeRow> volume = new ArrayList<>();
        for (LocalDate p : periods) volume.add(new VolumeRow(unit.label(p), p, volumeByPeriod.getOrDefault(p, 0L)));
        Map<String, List<EntityTotalRow>> topByKind = new LinkedHashMap<>();
        Map<String, PlaceCoordinates.LatLon> places = PlaceCoordinates.of(top);
        for (EntityTotal t : top) {
            topByKind.computeIfAbsent(t.getKind(), k -> new ArrayList<>()).add(totalRow(t, places.get(t.getKey())));
        }
        List<EntityPeriodRow> series = new ArrayList<>();
        for (EntityPeriodCount c : TopSeries.dense(top, topCounts, periods, volumeByPeriod)) {
            series.add(periodRow(unit, c));
        }
        return new ReportData(spec.name(), unit.specName(), spec.top(), articleCount, volume, topByKind, series,
                spec.charts());
    }

    private static EntityPeriodRow periodRow(PeriodUnit unit, EntityPeriodCount c) {
        return new EntityPeriodRow(unit.label(c.getPeriodStart()), c.getPeriodStart(), c.getKind(), c.getEntity(),
                c.getType(), c.getCountry(), c.getMentions(), c.getArticles(), c.getPeriodArticles(), c.getShare(),
                c.getUniqueArticles());
    }

    private static EntityTotalRow totalRow(EntityTotal t) {
        return new EntityTotalRow(t.getKind(), t.getRank(), t.getEntity(), t.getType(), t.getCountry(),
                t.getMentions(), t.getArticles(), t.getShare());
    }

    private static EntityTotalRow totalRow(EntityTotal t, PlaceCoordinates.LatLon place) {
        return new EntityTotalRow(t.getKind(), t.getRank(), t.getEntity(), t.getType(), t.getCountry(),
                t.getMentions(), t.getArticles(), t.getShare(), place == null ? null : place.latitude(),
                place == null ? null : place.longitude());
    }

    private static AliasRow aliasRow(EntityAlias a) {
        return new AliasRow(a.getKind(), a.getEntity(), a.getAlias(), a.getMentions(), a.getArticles());
    }

    private static RejectRow rejectRow(Reject r) {
        return new RejectRow(r.getInput(), r.getPosition(), r.getReason());
    }

    private static <A, B> Iterator<B> map(Iterator<A> in, java.util.function.Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() { return in.hasNext(); }

            @Override
            public B next() { return f.apply(in.next()); }
        };
    }

    /** Numbered progress lines on the launcher's console. */
    private static final class Step {
        private final PrintStream out;
        private final int total;
        private int current;
        private long started = System.nanoTime();

        Step(PrintStream out, int total) {
            this.out = out;
            this.total = total;
        }

        void next(String what) {
            long now = System.nanoTime();
            if (current > 0) out.printf("newstrends:       (%.1f s)%n", (now - started) / 1e9);
            started = now;
            current++;
            out.printf("newstrends: [%d/%d] %s%n", current, total, what);
        }
    }
}
