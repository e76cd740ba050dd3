package org.newstrends.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
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
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newstrends.aggregate.AnalysisPipeline;
import org.newstrends.aggregate.ArticleInput;
import org.newstrends.aggregate.DateRange;
import org.newstrends.aggregate.EntityArticle;
import org.newstrends.aggregate.EntityArticles;
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
import org.newstrends.ingest.ReadCounts;
import org.newstrends.report.AnalysisRows;
import org.newstrends.report.EntityPeriodRow;
import org.newstrends.report.EntityTotalRow;
import org.newstrends.report.Highlights;
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
    /** How many trends, spikes and sources {@code index.html} shows. */
    static final int HIGHLIGHTS = 10;
    /** How many of the largest sources the sources chart draws: one per colour of the palette. */
    static final int CHARTED_SOURCES = 8;

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
        AnalysisSpec analysis = spec.analysis();
        Dataset<IngestRecord> records = inRange(read.records(), analysis.range());
        Dataset<Article> articles = ArticleSources.articles(records);
        MentionsStore store = spec.mentionsStore() == null ? null
                : MentionsStore.of(spec.mentionsStore(), spec, listing, spark.sparkContext().hadoopConfiguration());
        Optional<Dataset<EntityArticle>> stored = store == null ? Optional.empty() : store.find(spark);
        Dataset<EntityArticle> extracted = stored.orElseGet(() -> EntityArticles.extract(articles, spec.extractor()))
                .persist(StorageLevel.MEMORY_AND_DISK());

        ReadCounts counts = read.counts();
        Runnable restorePartitions = ShufflePartitions.apply(spark, counts.articles());
        long outOfRange = analysis.range().equals(DateRange.ALL) ? 0
                : analysis.range().outside(ArticleSources.articles(read.records())).count();
        long recordsRead = counts.records();
        long articleCount = counts.articles() - outOfRange;
        long rejected = counts.rejected() + outOfRange;
        RunManifest.Reading reading = new RunManifest.Reading(recordsRead, articleCount, rejected, listing.fileCount(),
                counts.decodedAsCp1252(), listing.repeatedFiles().size(), listing.repeatedFolders().size(),
                read.articlesWithRepeatedIds(), ingestion.skipped());
        progress.printf("newstrends:       %d record(s) read: %d article(s), %d rejected%s%n", recordsRead,
                articleCount, rejected, outOfRange == 0 ? "" : " (" + outOfRange + " outside from/to)");

        step.next("extracting and counting per " + unit.specName());
        if (stored.isPresent()) {
            progress.printf("newstrends:       mentions read from the store, not extracted again: %s%n",
                    store.location());
        } else if (store != null) {
            store.save(extracted);
            progress.printf("newstrends:       mentions kept in the store for re-runs: %s%n", store.location());
        }
        Dataset<ArticleInput> inputs = records.filter(col("reason").isNull())
                .select(col("id").as("articleId"), col("input")).as(Encoders.bean(ArticleInput.class));
        AnalysisPipeline.Output out = AnalysisPipeline.run(articles, extracted, inputs, settings(spec), ALIASES_PER_ENTITY);
        List<EntityTotal> topRows = out.top().collectAsList();
        List<EntityPeriodCount> topCounts = out.topPeriodCounts().collectAsList();
        Highlights highlights = highlights(out, analysis.dedup(), unit);
        Map<String, Long> extraCounts = entityCounts(out.entityRows());
        extraCounts.put("out_of_range", outOfRange);
        extraCounts.putAll(duplicateCounts(out));

        step.next("writing report to " + spec.output());
        Path reportDir = folder.target();
        boolean committed = false;
        try {
            Path staging = folder.stage();
            try (ReportSink sink = ReportSink.open(staging)) {
                long rejectRows = sink.write(Tables.REJECTS,
                        map(ArticleSources.rejects(records).toLocalIterator(), ReportRows::reject));
                if (rejectRows != rejected) {
                    throw new IllegalStateException("rejects written (" + rejectRows
                            + ") differ from rejects counted (" + rejected + ")");
                }
                writeTables(sink, out, new ReportRows(unit));
                ReportWriter.write(sink, reportData(spec, out, topRows, topCounts, highlights));
            }
            step.next("writing manifest");
            RunManifest.write(staging, spec, reading, extraCounts, spark.version());
            folder.commit();
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + reportDir + ": " + e.getMessage(), e);
        } finally {
            if (!committed) folder.abandon();
            out.release();
            extracted.unpersist();
            read.parsed().unpersist();
            restorePartitions.run();
        }
        progress.printf("newstrends: done in %.1f s (heap peak at most %d MiB): %s/index.html%n",
                (System.nanoTime() - started) / 1e9, peakHeapMiB(), spec.output());
        return new Result(reportDir, recordsRead, articleCount, rejected, listing.fileCount());
    }

    /** The pipeline's settings from the job spec. */
    static AnalysisPipeline.Settings settings(JobSpec spec) {
        AnalysisSpec a = spec.analysis();
        return new AnalysisPipeline.Settings(spec.period(), spec.top(), a.dedupThreshold(), a.range(), a.aliases(),
                a.watch(), a.trendWindow(), a.minArticles());
    }

    /** {@code records} with every article outside {@code range} turned into a reject that says why. */
    static Dataset<IngestRecord> inRange(Dataset<IngestRecord> records, DateRange range) {
        if (range.equals(DateRange.ALL)) return records;
        return records.map((MapFunction<IngestRecord, IngestRecord>) r -> {
            if (r.accepted() && !range.contains(r.getDate())) r.setReason(range.reason(r.getDate()));
            return r;
        }, Encoders.bean(IngestRecord.class));
    }

    /** The long tables, streamed from Spark in their order. */
    private static void writeTables(ReportSink sink, AnalysisPipeline.Output out, ReportRows rows) throws IOException {
        sink.write(Tables.ENTITY_PERIOD_COUNTS, map(out.entityPeriodCounts().toLocalIterator(), rows::period));
        sink.write(Tables.ENTITY_TOTALS, map(out.entityTotals().toLocalIterator(), ReportRows::total));
        sink.write(Tables.TOP_ENTITY_ALIASES, map(out.topAliases().toLocalIterator(), ReportRows::alias));
        sink.write(Tables.DUPLICATE_CLUSTERS, map(out.duplicateClusters().toLocalIterator(), ReportRows::cluster));
        sink.write(Tables.SOURCES, map(out.sources().toLocalIterator(), ReportRows::source));
        sink.write(Tables.SOURCE_PERIOD_COUNTS, map(out.sourcePeriodCounts().toLocalIterator(), rows::sourcePeriod));
        sink.write(Tables.ENTITY_SOURCE_COUNTS, map(out.entitySourceCounts().toLocalIterator(), ReportRows::entitySource));
        sink.write(Tables.TRENDS, map(out.trends().toLocalIterator(), ReportRows::trend));
        sink.write(Tables.SPIKES, map(out.spikes().toLocalIterator(), rows::spike));
        sink.write(Tables.COOCCURRENCE, map(out.cooccurrence().toLocalIterator(), ReportRows::cooccurrence));
        sink.write(Tables.WATCHLIST_PERIOD_COUNTS, map(out.watchlist().toLocalIterator(), rows::watch));
        sink.write(Tables.UNRESOLVED_VARIANTS, map(out.variants().iterator(), ReportRows::variant));
    }

    /** The first trends, spikes and sources and every watch query per period, for the page. */
    private static Highlights highlights(AnalysisPipeline.Output out, boolean dedup, PeriodUnit unit) {
        ReportRows rows = new ReportRows(unit);
        List<AnalysisRows.SourceRow> sources = out.sources().limit(HIGHLIGHTS).collectAsList().stream()
                .map(ReportRows::source).toList();
        List<String> charted = sources.stream().limit(CHARTED_SOURCES).map(AnalysisRows.SourceRow::source).toList();
        List<AnalysisRows.SourcePeriodRow> sourcePeriods = charted.isEmpty() ? List.of()
                : out.sourcePeriodCounts().filter(col("source").isin(charted.toArray())).collectAsList().stream()
                .map(rows::sourcePeriod)
                .sorted(Comparator.comparing(AnalysisRows.SourcePeriodRow::periodStart)
                        .thenComparing(r -> charted.indexOf(r.source())))
                .toList();
        return new Highlights(
                out.trends().limit(HIGHLIGHTS).collectAsList().stream().map(ReportRows::trend).toList(),
                out.spikes().limit(HIGHLIGHTS).collectAsList().stream().map(rows::spike).toList(),
                sources,
                out.watchlist().collectAsList().stream().map(rows::watch).toList(),
                out.duplicateClusters().filter(col("kept")).count(), dedup, sourcePeriods);
    }

    /** What duplicate detection found, for the manifest's counts. */
    private static Map<String, Long> duplicateCounts(AnalysisPipeline.Output out) {
        Map<String, Long> m = new TreeMap<>();
        long duplicates = 0;
        for (PeriodVolume v : out.volume()) duplicates += v.getDuplicateArticles();
        m.put("duplicate_articles", duplicates);
        m.put("unique_articles", out.articles() - duplicates);
        if (out.copySearch() != null) {
            m.put("dedup_candidate_pairs", out.copySearch().candidatePairs());
            m.put("dedup_oversized_buckets", out.copySearch().oversizedBuckets());
        }
        return m;
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

    private static Map<String, Long> entityCounts(Dataset<EntityArticle> rows) {
        Map<String, Long> out = new TreeMap<>();
        for (Row r : rows.groupBy("kind").agg(sum("mentions"), countDistinct("key")).collectAsList()) {
            out.put(r.getString(0) + "_mentions", r.getLong(1));
            out.put(r.getString(0) + "_entities", r.getLong(2));
        }
        return out;
    }

    static ReportData reportData(JobSpec spec, AnalysisPipeline.Output out, List<EntityTotal> top,
                                 List<EntityPeriodCount> topCounts, Highlights highlights) {
        PeriodUnit unit = spec.period();
        ReportRows rows = new ReportRows(unit);
        List<VolumeRow> volume = out.volume().stream().map(rows::volume).toList();
        Map<LocalDate, Long> volumeByPeriod = new TreeMap<>();
        for (PeriodVolume v : out.volume()) volumeByPeriod.put(v.getPeriodStart(), v.getArticles());
        Map<String, List<EntityTotalRow>> topByKind = new LinkedHashMap<>();
        Map<String, PlaceCoordinates.LatLon> places = PlaceCoordinates.of(top);
        for (EntityTotal t : top) {
            PlaceCoordinates.LatLon place = places.get(t.getKey());
            EntityTotalRow row = ReportRows.total(t);
            topByKind.computeIfAbsent(t.getKind(), k -> new ArrayList<>())
                    .add(place == null ? row : row.at(place.latitude(), place.longitude()));
        }
        List<EntityPeriodRow> series = new ArrayList<>();
        for (EntityPeriodCount c : TopSeries.dense(top, topCounts, out.periods(), volumeByPeriod)) {
            series.add(rows.period(c));
        }
        return new ReportData(spec.name(), unit.specName(), spec.top(), out.articles(), volume, topByKind, series,
                highlights, spec.charts());
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
