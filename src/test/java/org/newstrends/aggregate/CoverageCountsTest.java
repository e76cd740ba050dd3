package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newstrends.SparkTestSession;
import org.newstrends.ingest.Article;

class CoverageCountsTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start(CoverageCountsTest.class);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static EntityArticle row(String article, String date, String kind, String entity, String type,
                                     String country, long mentions) {
        String key = kind.equals("location") ? entity + "|" + type + "|" + (country == null ? "" : country) : entity;
        return new EntityArticle(article, LocalDate.parse(date), kind, key, entity, type, country, mentions);
    }

    private static Dataset<Article> articles(String... idDates) {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < idDates.length; i += 2) {
            list.add(new Article(idDates[i], LocalDate.parse(idDates[i + 1]), null, null, "t", null));
        }
        return spark.createDataset(list, Encoders.bean(Article.class));
    }

    @Test
    void sqlPeriodStartAgreesWithJavaForEveryUnit() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2023, 12, 20); d.isBefore(LocalDate.of(2025, 1, 10)); d = d.plusDays(1)) {
            days.add(d);
        }
        Dataset<Row> df = spark.createDataset(days, Encoders.LOCALDATE()).toDF("date");
        for (PeriodUnit unit : PeriodUnit.values()) {
            List<Row> rows = df.select(df.col("date"), CoverageCounts.periodStart(unit, df.col("date")))
                    .orderBy("date").collectAsList();
            for (Row r : rows) {
                LocalDate d = ((java.sql.Date) r.get(0)).toLocalDate();
                assertEquals(unit.start(d), ((java.sql.Date) r.get(1)).toLocalDate(), unit + " of " + d);
            }
        }
    }

    @Test
    void countsMentionsArticlesAndSharesPerPeriod() {
        Dataset<Article> articles = articles("a1", "2024-01-05", "a2", "2024-01-20", "a3", "2024-03-02");
        Dataset<EntityArticle> rows = spark.createDataset(List.of(
                row("a1", "2024-01-05", "actor", "Hamas", "ORGANIZATION", null, 3),
                row("a2", "2024-01-20", "actor", "Hamas", "ORGANIZATION", null, 1),
                row("a3", "2024-03-02", "actor", "Hamas", "ORGANIZATION", null, 2),
                row("a1", "2024-01-05", "location", "Gaza", "REGION", "PS", 1)), Encoders.bean(EntityArticle.class));
        Dataset<PeriodVolume> volume = CoverageCounts.volume(articles, PeriodUnit.MONTH);
        Dataset<EntityLabel> labels = CoverageCounts.labels(rows);
        List<EntityPeriodCount> counts = CoverageCounts.perPeriod(rows, volume, labels, PeriodUnit.MONTH)
                .collectAsList();
        assertEquals(3, counts.size());
        EntityPeriodCount hamasJan = counts.stream()
                .filter(c -> c.getEntity().equals("Hamas") && c.getPeriodStart().getMonthValue() == 1)
                .findFirst().orElseThrow();
        assertEquals(4, hamasJan.getMentions());
        assertEquals(2, hamasJan.getArticles());
        assertEquals(2, hamasJan.getPeriodArticles());
        assertEquals(1.0, hamasJan.getShare());
        EntityPeriodCount gazaJan = counts.stream().filter(c -> c.getEntity().equals("Gaza")).findFirst().orElseThrow();
        assertEquals(0.5, gazaJan.getShare());
        Map<LocalDate, Long> vol = volume.collectAsList().stream()
                .collect(Collectors.toMap(PeriodVolume::getPeriodStart, PeriodVolume::getArticles, (x, y) -> x,
                        TreeMap::new));
        assertEquals(Map.of(LocalDate.of(2024, 1, 1), 2L, LocalDate.of(2024, 3, 1), 1L), vol);
    }

    @Test
    void ranksByArticlesThenMentionsThenName() {
        Dataset<EntityArticle> rows = spark.createDataset(List.of(
                row("a1", "2024-01-05", "actor", "Zed", "PERSON", null, 1),
                row("a2", "2024-01-05", "actor", "Zed", "PERSON", null, 1),
                row("a1", "2024-01-05", "actor", "Bob", "PERSON", null, 5),
                row("a3", "2024-01-05", "actor", "Amy", "PERSON", null, 5),
                row("a1", "2024-01-05", "theme", "MILITARY", "CONFLICT_SECURITY", null, 1)),
                Encoders.bean(EntityArticle.class));
        Dataset<EntityTotal> totals = CoverageCounts.totals(rows, CoverageCounts.labels(rows), 4);
        List<EntityTotal> list = totals.collectAsList();
        assertEquals(List.of("actor:1:Zed", "actor:2:Amy", "actor:3:Bob", "theme:1:MILITARY"),
                list.stream().map(t -> t.getKind() + ":" + t.getRank() + ":" + t.getEntity()).toList());
        assertEquals(0.5, list.get(0).getShare());
        assertEquals(2, CoverageCounts.top(totals, 1).count());
    }

    @Test
    void aliasesListTheWrittenFormsOfTopEntitiesMostFrequentFirst() {
        EntityArticle a1 = row("a1", "2024-01-05", "actor", "Benjamin Netanyahu", "PERSON", "IL", 3);
        a1.setSurfaces(Map.of("Benjamin Netanyahu", 1L, "Netanyahu", 2L));
        EntityArticle a2 = row("a2", "2024-01-06", "actor", "Benjamin Netanyahu", "PERSON", "IL", 1);
        a2.setSurfaces(Map.of("Mr. Netanyahu", 1L));
        EntityArticle a3 = row("a3", "2024-01-06", "actor", "Hamas", "ORGANIZATION", null, 1);
        a3.setSurfaces(Map.of("Hamas", 1L));
        Dataset<EntityArticle> rows = spark.createDataset(List.of(a1, a2, a3), Encoders.bean(EntityArticle.class));
        Dataset<EntityTotal> top = CoverageCounts.top(CoverageCounts.totals(rows, CoverageCounts.labels(rows), 3), 1);
        List<EntityAlias> aliases = CoverageCounts.aliases(rows, top, 2).collectAsList();
        assertEquals(List.of("Netanyahu:2:1", "Benjamin Netanyahu:1:1"),
                aliases.stream().map(a -> a.getAlias() + ":" + a.getMentions() + ":" + a.getArticles()).toList());
        assertEquals("Benjamin Netanyahu", aliases.get(0).getEntity());
    }

    @Test
    void placesSharingANameAreLabelledApartAndActorsTakeTheirUsualCountry() {
        Dataset<EntityArticle> rows = spark.createDataset(List.of(
                row("a1", "2024-01-05", "location", "Georgia", "COUNTRY", "GE", 1),
                row("a2", "2024-01-05", "location", "Georgia", "ADMIN_REGION", "US", 1),
                row("a1", "2024-01-05", "location", "Tbilisi", "CITY", "GE", 1),
                row("a1", "2024-01-05", "actor", "Lloyd Austin", "PERSON", "US", 1),
                row("a2", "2024-01-05", "actor", "Lloyd Austin", "PERSON", null, 1),
                row("a3", "2024-01-05", "actor", "Lloyd Austin", "PERSON", "US", 1)),
                Encoders.bean(EntityArticle.class));
        Map<String, String> labels = CoverageCounts.labels(rows).collectAsList().stream()
                .collect(Collectors.toMap(EntityLabel::getKey, l -> l.getEntity() + "/" + l.getCountry(),
                        (x, y) -> x, TreeMap::new));
        assertEquals("Georgia (GE, country)/GE", labels.get("Georgia|COUNTRY|GE"));
        assertEquals("Georgia (US, admin_region)/US", labels.get("Georgia|ADMIN_REGION|US"));
        assertEquals("Tbilisi/GE", labels.get("Tbilisi|CITY|GE"));
        assertEquals("Lloyd Austin/US", labels.get("Lloyd Austin"));
    }
}
