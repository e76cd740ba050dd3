package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newstrends.SparkTestSession;
import org.newstrends.ingest.Article;

/** Every analysis stage over the planted collection, each number as docs/measures.md defines it. */
class AnalysisStagesTest {
    private static final double EPS = 1e-9;
    private static SparkSession spark;
    private static PlantedAnalysis result;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start(AnalysisStagesTest.class);
        result = new PlantedAnalysis(spark, 2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void exactAndNearCopiesFormClustersKeepingTheEarliestArticle() {
        List<String> members = result.copies.stream()
                .map(c -> c.getArticleId() + ">" + c.getCluster() + (c.isKept() ? "*" : "")).toList();
        assertEquals(List.of("story-daily>story-wire", "story-herald>story-wire", "story-wire>story-wire*",
                "ivo-04-06>ivo-04-06*", "ivo-04-07>ivo-04-06", "ivo-04-08>ivo-04-06", "ivo-04-09>ivo-04-06"), members);
        ArticleCopy herald = find(result.copies, ArticleCopy::getArticleId, "story-herald");
        assertEquals(90.0 / 110, herald.getSimilarity(), EPS);
        assertEquals(1.0, find(result.copies, ArticleCopy::getArticleId, "story-daily").getSimilarity(), EPS);
        assertFalse(result.copies.stream().anyMatch(c -> c.getArticleId().equals("story-edited")),
                "3 of 104 words changed is 85/115 < 0.8");
    }

    @Test
    void clusterRowsListKeptArticleFirstWithItsInputSourceAndTitle() {
        List<DuplicateClusterRow> rows = result.clusters;
        assertEquals(7, rows.size());
        DuplicateClusterRow first = rows.get(0);
        assertEquals("story-wire", first.getCluster());
        assertEquals("story-wire", first.getArticleId());
        assertTrue(first.isKept());
        assertEquals("wire/articles.txt", first.getInput());
        assertEquals(LocalDate.of(2024, 3, 5), first.getDate());
        assertEquals("Another title for the same story", rows.get(1).getTitle());
        assertEquals("daily", rows.get(1).getSource());
        assertEquals("ivo-04-06", rows.get(3).getCluster());
    }

    @Test
    void volumeCountsRawUniqueAndDuplicateArticlesAndFlagsThePartialLastMonth() {
        List<String> volume = result.volume.stream().map(v -> v.getPeriodStart().getMonthValue() + ":" + v.getArticles()
                + "/" + v.getUniqueArticles() + "/" + v.getDuplicateArticles() + (v.isPartial() ? "p" : "")).toList();
        assertEquals(List.of("1:22/22/0", "2:22/22/0", "3:26/24/2", "4:31/28/3", "5:22/22/0", "6:32/32/0p"), volume);
    }

    @Test
    void perPeriodCountsCarryRawAndUniqueSharesWithTheirDenominators() {
        EntityPeriodCount ivo = result.perPeriod.stream().filter(c -> c.getEntity().equals("Ivo Brand")
                && c.getPeriodStart().getMonthValue() == 4).findFirst().orElseThrow();
        assertEquals(10, ivo.getArticles());
        assertEquals(7, ivo.getUniqueArticles());
        assertEquals(31, ivo.getPeriodArticles());
        assertEquals(28, ivo.getPeriodUniqueArticles());
        assertEquals(10.0 / 31, ivo.getShare(), EPS);
        assertEquals(7.0 / 28, ivo.getUniqueShare(), EPS);
        EntityTotal total = find(result.totals, EntityTotal::getEntity, "Ivo Brand");
        assertEquals(13, total.getArticles());
        assertEquals(10, total.getUniqueArticles());
    }

    @Test
    void sourcesCountArticlesUniqueArticlesAndDates() {
        assertEquals(List.of("wire:79/79", "daily:64/63", "herald:12/8"), result.sources.stream()
                .map(s -> s.getSource() + ":" + s.getArticles() + "/" + s.getUniqueArticles()).toList());
        SourceTotal herald = result.sources.get(2);
        assertEquals(LocalDate.of(2024, 3, 6), herald.getFirstDate());
        assertEquals(LocalDate.of(2024, 4, 10), herald.getLastDate());
        SourcePeriodCount april = result.sourcePeriods.stream().filter(s -> s.getSource().equals("herald")
                && s.getPeriodStart().getMonthValue() == 4).findFirst().orElseThrow();
        assertEquals(10, april.getArticles());
        assertEquals(7, april.getUniqueArticles());
        assertEquals(10.0 / 31, april.getShare(), EPS);
        EntitySourceCount ivoHerald = result.entitySources.stream().filter(e -> e.getEntity().equals("Ivo Brand")
                && e.getSource().equals("herald")).findFirst().orElseThrow();
        assertEquals(10, ivoHerald.getArticles());
        assertEquals(12, ivoHerald.getSourceArticles());
        assertEquals(10.0 / 12, ivoHerald.getShare(), EPS);
    }

    @Test
    void trendsNameTheRisingEntitiesFirstWithTheirLogLikelihood() {
        List<String> trends = result.trends.stream().map(t -> t.getEntity() + ":" + t.getDirection()).toList();
        assertEquals(List.of("Mara Quill:rising", "Lisbon:rising", "Paris:falling"), trends);
        Trend mara = result.trends.get(0);
        assertEquals(LocalDate.of(2024, 5, 1), mara.getPreviousFrom());
        assertEquals(LocalDate.of(2024, 5, 31), mara.getPreviousTo());
        assertEquals(LocalDate.of(2024, 6, 1), mara.getCurrentFrom());
        assertEquals(LocalDate.of(2024, 6, 30), mara.getCurrentTo());
        assertEquals(2, mara.getPreviousArticles());
        assertEquals(12, mara.getCurrentArticles());
        assertEquals(2.0 / 22, mara.getPreviousShare(), EPS);
        assertEquals(12.0 / 32, mara.getCurrentShare(), EPS);
        assertEquals(12.0 / 32 - 2.0 / 22, mara.getChange(), EPS);
        assertEquals(6.062279945122155, mara.getScore(), 1e-9);
        assertEquals(0.430124368132466, result.trends.get(2).getScore(), 1e-9);
        assertEquals(List.of("Mara Quill:rising", "Lisbon:rising", "Paris:falling"),
                result.movers.stream().map(t -> t.getEntity() + ":" + t.getDirection()).toList());
    }

    @Test
    void spikesAreExplainedByTheirTopSourceAndTheirCopies() {
        assertEquals(List.of("Mara Quill:6", "Lisbon:6", "Ivo Brand:4"), result.spikes.stream()
                .map(s -> s.getEntity() + ":" + s.getPeriodStart().getMonthValue()).toList());
        Spike ivo = result.spikes.get(2);
        assertEquals(10, ivo.getArticles());
        assertEquals(1.0, ivo.getExpected(), EPS);
        assertEquals(9.0, ivo.getScore(), EPS);
        assertEquals("herald", ivo.getTopSource());
        assertEquals(1.0, ivo.getTopSourceShare(), EPS);
        assertEquals(0.3, ivo.getDuplicateShare(), EPS);
        assertEquals(11.0, result.spikes.get(0).getScore(), EPS);
        assertEquals("wire", result.spikes.get(0).getTopSource());
    }

    @Test
    void cooccurringPairHasLiftAndPmi() {
        assertEquals(1, result.cooccurrence.size(), result.cooccurrence.toString());
        Cooccurrence pair = result.cooccurrence.get(0);
        assertEquals("actor:Mara Quill x location:Lisbon", pair.getKindA() + ":" + pair.getEntityA() + " x "
                + pair.getKindB() + ":" + pair.getEntityB());
        assertEquals(18, pair.getArticles());
        assertEquals(18, pair.getArticlesA());
        assertEquals(18, pair.getArticlesB());
        assertEquals(155.0 / 18, pair.getLift(), EPS);
        assertEquals(Math.log(155.0 / 18) / Math.log(2), pair.getPmi(), EPS);
    }

    @Test
    void watchQueriesAreCountedInEveryPeriod() {
        assertEquals(12, result.watch.size());
        List<String> quill = result.watch.stream().filter(w -> w.getQuery().equals("Quill"))
                .map(w -> Long.toString(w.getArticles())).toList();
        assertEquals(List.of("1", "1", "1", "1", "2", "12"), quill);
        List<String> harbour = result.watch.stream().filter(w -> w.getQuery().equals("harbour"))
                .map(w -> Long.toString(w.getArticles())).toList();
        assertEquals(List.of("0", "1", "0", "0", "0", "3"), harbour);
        WatchPeriodCount june = result.watch.get(10);
        assertEquals("Quill", june.getQuery());
        assertEquals(32, june.getPeriodArticles());
        assertEquals(12.0 / 32, june.getShare(), EPS);
    }

    @Test
    void everyStageGivesTheSameRowsAtOneTwoAndEightPartitions() {
        PlantedAnalysis one = new PlantedAnalysis(spark, 1);
        PlantedAnalysis eight = new PlantedAnalysis(spark, 8);
        for (PlantedAnalysis other : List.of(one, eight)) {
            assertEquals(text(result.copies), text(other.copies));
            assertEquals(text(result.clusters), text(other.clusters));
            assertEquals(text(result.volume), text(other.volume));
            assertEquals(text(result.perPeriod), text(other.perPeriod));
            assertEquals(text(result.totals), text(other.totals));
            assertEquals(text(result.sources), text(other.sources));
            assertEquals(text(result.sourcePeriods), text(other.sourcePeriods));
            assertEquals(text(result.entitySources), text(other.entitySources));
            assertEquals(text(result.trends), text(other.trends));
            assertEquals(text(result.spikes), text(other.spikes));
            assertEquals(text(result.cooccurrence), text(other.cooccurrence));
            assertEquals(text(result.watch), text(other.watch));
        }
        spark.conf().set("spark.sql.shuffle.partitions", "2");
    }

    @Test
    void aliasesMergeRenameAndAddEntities() {
        PlantedCollection planted = new PlantedCollection();
        AliasTable table = AliasTable.parse("actor,Ivo Brand,Mara Quill\n"
                + "location,Lisbon,Lisboa,CITY,PT\n"
                + "actor,harbour strike,Harbour Strike Committee,ORGANIZATION,PT\n", "aliases.csv");
        Dataset<EntityArticle> rows = Aliases.apply(
                spark.createDataset(planted.rows, Encoders.bean(EntityArticle.class)),
                spark.createDataset(planted.articles, Encoders.bean(Article.class)), table);
        List<EntityTotal> totals = CoverageCounts.totals(rows, CoverageCounts.labels(rows), planted.total()).collectAsList();
        assertEquals(List.of("actor:Mara Quill:31", "actor:Harbour Strike Committee:4", "location:Paris:30",
                "location:Lisboa:18"), totals.stream().map(t -> t.getKind() + ":" + t.getEntity() + ":" + t.getArticles()).toList());
        assertEquals("PT", find(totals, EntityTotal::getEntity, "Lisboa").getCountry());
    }

    @Test
    void dateRangeSendsEveryArticleToOneSideAndDedupOffKeepsAll() {
        PlantedCollection planted = new PlantedCollection();
        Dataset<Article> articles = spark.createDataset(planted.articles, Encoders.bean(Article.class));
        DateRange range = new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 5, 31));
        assertEquals(22 + 26 + 31 + 22, range.inside(articles).count());
        assertEquals(22 + 32, range.outside(articles).count());
        List<ArticleStatus> none = Duplicates.none(articles).collectAsList();
        assertEquals(155, none.size());
        assertTrue(none.stream().allMatch(a -> a.isKept() && !a.isClustered()));
    }

    @Test
    void variantsAmongFrequentNames() {
        List<EntityArticle> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(new EntityArticle("z" + i, LocalDate.of(2024, 1, 1), "actor", "Volodymyr Zelensky",
                    "Volodymyr Zelensky", "PERSON", "UA", 1));
            if (i < 5) {
                rows.add(new EntityArticle("y" + i, LocalDate.of(2024, 1, 1), "actor", "Volodymyr Zelenskyy",
                        "Volodymyr Zelenskyy", "PERSON", "UA", 1));
            }
        }
        Dataset<EntityArticle> ds = spark.createDataset(rows, Encoders.bean(EntityArticle.class));
        List<NameVariants.Pair> pairs = Variants.of(CoverageCounts.totals(ds, CoverageCounts.labels(ds), 11), 100, 5);
        assertEquals(List.of(new NameVariants.Pair("actor", "Volodymyr Zelensky", "Volodymyr Zelenskyy", 6, 5,
                NameVariants.SPELLING)), pairs);
    }

    private static <T> T find(List<T> rows, Function<T, String> field, String value) {
        return rows.stream().filter(r -> value.equals(field.apply(r))).findFirst().orElseThrow();
    }

    /** Every bean property of every row, in order: two lists are equal when their rows are. */
    private static List<String> text(List<?> rows) {
        return rows.stream().map(AnalysisStagesTest::properties).toList();
    }

    private static String properties(Object bean) {
        StringBuilder b = new StringBuilder();
        for (java.lang.reflect.Method m : bean.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && (m.getName().startsWith("get") || m.getName().startsWith("is"))
                    && !m.getName().equals("getClass")) {
                try {
                    Object v = m.invoke(bean);
                    b.append(m.getName()).append('=').append(v instanceof int[] a ? java.util.Arrays.toString(a) : v).append(';');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return b.toString();
    }
}
