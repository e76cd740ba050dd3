package org.newstrends.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.newstrends.ingest.Article;

/**
 * Runs every analysis stage over the {@link PlantedCollection} with {@code partitions} input partitions and
 * shuffle partitions, and collects each stage's output in order: what the tests check and compare.
 */
final class PlantedAnalysis {
    static final PeriodUnit UNIT = PeriodUnit.MONTH;
    static final List<WatchQuery> WATCH = List.of(
            WatchQuery.of("Quill", List.of("mara quill")),
            WatchQuery.of("harbour", List.of("\"harbour strike\"")));

    final List<ArticleCopy> copies;
    final List<DuplicateClusterRow> clusters;
    final List<PeriodVolume> volume;
    final List<EntityPeriodCount> perPeriod;
    final List<EntityTotal> totals;
    final List<SourceTotal> sources;
    final List<SourcePeriodCount> sourcePeriods;
    final List<EntitySourceCount> entitySources;
    final List<Trend> trends;
    final List<Trend> movers;
    final List<Spike> spikes;
    final List<Cooccurrence> cooccurrence;
    final List<WatchPeriodCount> watch;
    final List<LocalDate> periods;

    PlantedAnalysis(SparkSession spark, int partitions) {
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
        PlantedCollection planted = new PlantedCollection();
        Dataset<Article> articles = spark.createDataset(planted.articles, Encoders.bean(Article.class))
                .repartition(partitions).cache();
        Dataset<EntityArticle> extracted = spark.createDataset(planted.rows, Encoders.bean(EntityArticle.class))
                .repartition(partitions);
        List<ArticleInput> inputList = new ArrayList<>();
        for (Article a : planted.articles) inputList.add(new ArticleInput(a.getId(), a.getSource() + "/articles.txt"));
        Dataset<ArticleInput> inputs = spark.createDataset(inputList, Encoders.bean(ArticleInput.class));

        Dataset<ArticleCopy> copySet = Duplicates.copies(Duplicates.fingerprints(articles), Duplicates.DEFAULT_THRESHOLD).cache();
        copies = copySet.orderBy("clusterOrder", "articleId").collectAsList();
        clusters = Duplicates.clusterRows(copySet, articles, inputs).collectAsList();
        Dataset<ArticleStatus> status = Duplicates.status(articles, copySet).cache();
        Dataset<EntityArticle> rows = CoverageCounts.withStatus(extracted, status).cache();
        Dataset<EntityLabel> labels = CoverageCounts.labels(rows);

        Dataset<PeriodVolume> volumeSet = CoverageCounts.uniqueVolume(status, UNIT);
        Map<LocalDate, PeriodVolume> byPeriod = new TreeMap<>();
        for (PeriodVolume v : volumeSet.collectAsList()) byPeriod.put(v.getPeriodStart(), v);
        LocalDate first = planted.articles.stream().map(Article::getDate).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = planted.articles.stream().map(Article::getDate).max(LocalDate::compareTo).orElseThrow();
        volume = PartialPeriods.dense(UNIT, byPeriod, first, last);
        periods = UNIT.periods(first, last);
        perPeriod = CoverageCounts.perPeriod(rows, volumeSet, labels, UNIT).collectAsList();
        Dataset<EntityTotal> totalSet = CoverageCounts.totals(rows, labels, planted.total());
        totals = totalSet.collectAsList();
        sources = Sources.totals(status).collectAsList();
        sourcePeriods = Sources.perPeriod(status, UNIT).collectAsList();
        entitySources = Sources.perEntity(rows, labels, status).collectAsList();

        Map<LocalDate, Long> unique = new TreeMap<>();
        byPeriod.forEach((p, v) -> unique.put(p, v.getUniqueArticles()));
        Trends.Windows windows = Trends.windows(UNIT, periods, unique, 1);
        Dataset<Trend> trendSet = Trends.of(rows, labels, windows, 5);
        trends = trendSet.collectAsList();
        movers = Trends.topMovers(trendSet, 1).collectAsList();
        spikes = Spikes.of(rows, labels, UNIT, periods, 5).collectAsList();
        cooccurrence = Cooccurrences.of(rows, CoverageCounts.top(totalSet, 10), planted.total(), 5).collectAsList();
        watch = Watchlists.perPeriod(Watchlists.matches(articles, rows, WATCH), status, WATCH, UNIT, periods, byPeriod)
                .collectAsList();
    }
}
