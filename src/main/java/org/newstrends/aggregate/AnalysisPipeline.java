package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.newstrends.ingest.Article;

/**
 * The whole analysis as one composite stage: from the counted articles and their extracted entity rows to one
 * named Dataset per table of the report (DESIGN.md's table list). Reads and writes nothing; it runs the few Spark
 * actions later stages need (the covered dates, the volume per period, the near-copy search), and keeps the
 * Datasets several tables share persisted until {@link Output#release()}.
 */
public final class AnalysisPipeline {
    /** Frequent names per kind compared for {@code unresolved_variants.csv}. */
    public static final int VARIANT_CANDIDATES = 200;

    private AnalysisPipeline() { }

    /**
     * What the analysis is asked for.
     *
     * @param unit the period counted in
     * @param top entities per kind in the top lists and the co-occurrence pairs
     * @param dedupThreshold the near-copy threshold, or null when duplicate detection is off
     * @param range the job's date range (its ends decide which periods are partial)
     * @param aliases alias lines applied to the entity rows
     * @param watch the watch queries, in spec order
     * @param trendWindow periods per trends window
     * @param minArticles least support for a trend, a spike, a co-occurring pair or a variant
     */
    public record Settings(PeriodUnit unit, int top, Double dedupThreshold, DateRange range, AliasTable aliases,
                           List<WatchQuery> watch, int trendWindow, int minArticles) implements Serializable {
        /** Copies the watch list. */
        public Settings {
            watch = List.copyOf(watch);
        }
    }

    /**
     * The named results, one per table. Bounded ones are lists already collected; the others are Datasets to
     * stream or collect.
     *
     * @param articles articles counted
     * @param periods every period of the covered range, in order
     * @param volume one row per period of {@code periods}: articles, unique, duplicates, partial
     * @param duplicateClusters the rows of duplicate_clusters.csv
     * @param entityPeriodCounts per (period, entity) with articles
     * @param entityTotals every entity's overall counts and rank
     * @param top the first {@code top} entities of each kind
     * @param topPeriodCounts the per-period counts of the top entities (sparse)
     * @param topAliases the written forms of the top entities
     * @param sources per source
     * @param sourcePeriodCounts per (period, source)
     * @param entitySourceCounts per (entity, source)
     * @param trends the current window against the one before it
     * @param spikes periods far above an entity's history
     * @param cooccurrence pairs of top entities named in the same articles
     * @param watchlist every watch query in every period
     * @param variants frequent names that look like variants of each other
     * @param copySearch what the near-copy search counted, or null when dedup is off
     * @param entityRows the entity rows as counted (aliases applied, kept flag and source set)
     * @param persisted what {@link #release()} unpersists
     */
    public record Output(long articles, List<LocalDate> periods, List<PeriodVolume> volume,
                         Dataset<DuplicateClusterRow> duplicateClusters, Dataset<EntityPeriodCount> entityPeriodCounts,
                         Dataset<EntityTotal> entityTotals, Dataset<EntityTotal> top,
                         Dataset<EntityPeriodCount> topPeriodCounts, Dataset<EntityAlias> topAliases,
                         Dataset<SourceTotal> sources, Dataset<SourcePeriodCount> sourcePeriodCounts,
                         Dataset<EntitySourceCount> entitySourceCounts, Dataset<Trend> trends, Dataset<Spike> spikes,
                         Dataset<Cooccurrence> cooccurrence, Dataset<WatchPeriodCount> watchlist,
                         List<NameVariants.Pair> variants, CopySearch copySearch, Dataset<EntityArticle> entityRows,
                         List<Dataset<?>> persisted) {
        /** Unpersists the Datasets the pipeline persisted. */
        public void release() {
            for (Dataset<?> d : persisted) d.unpersist();
        }
    }

    /**
     * Runs the analysis of {@code articles} (those counted: inside the date range) with their entity rows
     * {@code extracted}; {@code inputs} gives each article's input file for the cluster table; {@code aliasesPerEntity}
     * is how many written forms of each top entity are listed.
     */
    public static Output run(Dataset<Article> articles, Dataset<EntityArticle> extracted, Dataset<ArticleInput> inputs,
                             Settings s, int aliasesPerEntity) {
        List<Dataset<?>> persisted = new ArrayList<>();
        CopySearch search = null;
        Dataset<ArticleCopy> copies;
        if (s.dedupThreshold() != null) {
            Dataset<CopyFingerprint> fingerprints = persist(Duplicates.fingerprints(articles), persisted);
            search = Duplicates.search(fingerprints, s.dedupThreshold());
            copies = persist(search.copies(), persisted);
        } else {
            copies = articles.sparkSession().emptyDataset(Encoders.bean(ArticleCopy.class));
        }
        Dataset<ArticleStatus> status = persist(Duplicates.status(articles, copies), persisted);
        Dataset<EntityArticle> rows = persist(CoverageCounts.withStatus(
                Aliases.apply(extracted, articles, s.aliases()), status), persisted);
        Dataset<EntityLabel> labels = persist(CoverageCounts.labels(rows), persisted);

        Row dates = status.agg(min("date"), max("date"), org.apache.spark.sql.functions.count("articleId")).first();
        long total = dates.getLong(2);
        List<LocalDate> periods = List.of();
        List<PeriodVolume> volume = List.of();
        Dataset<PeriodVolume> volumeSet = CoverageCounts.uniqueVolume(status, s.unit());
        Map<LocalDate, PeriodVolume> byPeriod = new TreeMap<>();
        for (PeriodVolume v : volumeSet.collectAsList()) byPeriod.put(v.getPeriodStart(), v);
        if (!dates.isNullAt(0)) {
            LocalDate first = s.range().from() != null ? s.range().from() : localDate(dates.get(0));
            LocalDate last = s.range().to() != null ? s.range().to() : localDate(dates.get(1));
            volume = PartialPeriods.dense(s.unit(), byPeriod, first, last);
            periods = s.unit().periods(first, last);
        }
        Dataset<EntityPeriodCount> perPeriod = CoverageCounts.perPeriod(rows, volumeSet, labels, s.unit());
        Dataset<EntityTotal> totals = persist(CoverageCounts.totals(rows, labels, total), persisted);
        Dataset<EntityTotal> top = CoverageCounts.top(totals, s.top());

        Map<LocalDate, Long> unique = new TreeMap<>();
        byPeriod.forEach((p, v) -> unique.put(p, v.getUniqueArticles()));
        Trends.Windows windows = Trends.windows(s.unit(), periods, unique, s.trendWindow());
        Dataset<Trend> trends = windows == null ? articles.sparkSession().emptyDataset(Encoders.bean(Trend.class))
                : Trends.of(rows, labels, windows, s.minArticles());
        Dataset<WatchPeriodCount> watch = Watchlists.perPeriod(Watchlists.matches(articles, rows, s.watch()), status,
                s.watch(), s.unit(), periods, byPeriod);
        Dataset<DuplicateClusterRow> clusters = Duplicates.clusterRows(copies, articles, inputs);
        return new Output(total, periods, volume, clusters, perPeriod, totals, top,
                CoverageCounts.ofTop(perPeriod, top), CoverageCounts.aliases(rows, top, aliasesPerEntity),
                Sources.totals(status), Sources.perPeriod(status, s.unit()), Sources.perEntity(rows, labels, status),
                trends, Spikes.of(rows, labels, s.unit(), periods, s.minArticles()),
                Cooccurrences.of(rows, top, total, s.minArticles()), watch,
                Variants.of(totals, VARIANT_CANDIDATES, s.minArticles()), search, rows, List.copyOf(persisted));
    }

    private static <T> Dataset<T> persist(Dataset<T> d, List<Dataset<?>> persisted) {
        Dataset<T> p = d.persist(StorageLevel.MEMORY_AND_DISK());
        persisted.add(p);
        return p;
    }

    private static LocalDate localDate(Object sqlDate) {
        return sqlDate instanceof LocalDate d ? d : ((java.sql.Date) sqlDate).toLocalDate();
    }
}
