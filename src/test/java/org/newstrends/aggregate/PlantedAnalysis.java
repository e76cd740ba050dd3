package org.newstrends.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.newstrends.ingest.Article;

/**
 * Runs the {@link AnalysisPipeline} over the {@link PlantedCollection} with {@code partitions} input partitions and
 * shuffle partitions, and collects each table's rows in order: what the tests check and compare.
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
    final List<NameVariants.Pair> variants;
    final AnalysisPipeline.Output output;

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

        AnalysisPipeline.Settings settings = new AnalysisPipeline.Settings(UNIT, 10, Duplicates.DEFAULT_THRESHOLD,
                DateRange.ALL, AliasTable.EMPTY, WATCH, 1, 5);
        output = AnalysisPipeline.run(articles, extracted, inputs, settings, 10);
        copies = output.copySearch().copies().orderBy("clusterOrder", "articleId").collectAsList();
        clusters = output.duplicateClusters().collectAsList();
        volume = output.volume();
        periods = output.periods();
        perPeriod = output.entityPeriodCounts().collectAsList();
        totals = output.entityTotals().collectAsList();
        sources = output.sources().collectAsList();
        sourcePeriods = output.sourcePeriodCounts().collectAsList();
        entitySources = output.entitySourceCounts().collectAsList();
        trends = output.trends().collectAsList();
        movers = Trends.topMovers(output.trends(), 1).collectAsList();
        spikes = output.spikes().collectAsList();
        cooccurrence = output.cooccurrence().collectAsList();
        watch = output.watchlist().collectAsList();
        variants = output.variants();
    }
}
