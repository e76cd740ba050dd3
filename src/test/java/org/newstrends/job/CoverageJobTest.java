package org.newstrends.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.SparkTestSession;
import org.newstrends.aggregate.AliasTable;
import org.newstrends.aggregate.DateRange;
import org.newstrends.aggregate.PeriodUnit;
import org.newstrends.aggregate.WatchQuery;
import org.newstrends.ingest.InputFormat;

/** The whole coverage job in local Spark on a small written fixture, checked through the files it writes. */
class CoverageJobTest {

    private static SparkSession spark;

    @TempDir
    static Path dir;

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @BeforeAll
    static void start() throws IOException {
        spark = SparkTestSession.start(CoverageJobTest.class);
        Path in = Files.createDirectories(dir.resolve("in/nested"));
        Files.writeString(in.resolve("../january.txt"), String.join("\n",
                "date 2024-01-05 Officials in France met counterparts from Germany to discuss trade.",
                "",
                "date 2024-01-17",
                "Farmers in France protested again on Tuesday, blocking roads near the capital.",
                "date 2024-01-28 Voters in Germany prepare for regional elections.",
                "date 2024-01-31",
                ""));
        Files.writeString(in.resolve("march.txt"), String.join("\n",
                "date 2024-03-02 Leaders of France and Germany signed an energy agreement, French officials said.",
                "date 2024-03-20 Japan reported strong exports in February.",
                "date 2024-03-32 A record with an impossible date."));
        Files.writeString(in.resolve("more.jsonl"),
                "{\"id\":\"j1\",\"date\":\"2024-03-25\",\"text\":\"Japan and France held talks.\"}\n"
                        + "{\"id\":\"j2\",\"text\":\"No date here.\"}\n");
        Files.writeString(in.resolve("README.md"), "not an article file\n");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static JobSpec spec(String output) {
        return new JobSpec("fixture", List.of(new JobInput(dir.resolve("in").toString(), false)), InputFormat.AUTO,
                dir.resolve(output).toString(), PeriodUnit.MONTH, 5, "rules", Map.of());
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void countsReconcileAndRejectsAreListed() throws IOException {
        CoverageJob.Result result = CoverageJob.run(spark, spec("r1"), QUIET);
        assertEquals(9, result.recordsRead());
        assertEquals(6, result.articles());
        assertEquals(3, result.rejected());
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("r1/manifest.json").toFile());
        JsonNode counts = manifest.get("counts");
        assertEquals(9, counts.get("records_read").asLong());
        assertEquals(6, counts.get("articles").asLong());
        assertEquals(3, counts.get("rejected").asLong());
        List<CSVRecord> rejects = csv(dir.resolve("r1/rejects.csv"));
        assertEquals(3, rejects.size());
        Map<String, String> reasons = new TreeMap<>();
        for (CSVRecord r : rejects) reasons.put(Path.of(r.get("input")).getFileName() + ":" + r.get("position"), r.get("reason"));
        assertEquals("no text after the date line", reasons.get("january.txt:6"));
        assertEquals("invalid date '2024-03-32' (expected YYYY-MM-DD)", reasons.get("march.txt:3"));
        assertEquals("missing date", reasons.get("more.jsonl:2"));
    }

    @Test
    void volumeHasEveryMonthWithZerosAndEntitySharesAreExact() throws IOException {
        CoverageJob.run(spark, spec("r2"), QUIET);
        List<CSVRecord> volume = csv(dir.resolve("r2/tables/article_volume.csv"));
        assertEquals(List.of("2024-01:3", "2024-02:0", "2024-03:3"),
                volume.stream().map(r -> r.get("period") + ":" + r.get("articles")).toList());

        Map<String, CSVRecord> france = new TreeMap<>();
        for (CSVRecord r : csv(dir.resolve("r2/tables/entity_period_counts.csv"))) {
            if (r.get("kind").equals("location") && r.get("entity").equals("France")) france.put(r.get("period"), r);
        }
        assertEquals(List.of("2024-01", "2024-03"), new ArrayList<>(france.keySet()));
        assertEquals("2", france.get("2024-01").get("articles"));
        assertEquals("3", france.get("2024-01").get("period_articles"));
        assertEquals("0.666667", france.get("2024-01").get("share"));
        assertEquals("2", france.get("2024-03").get("articles"));
        assertEquals("FR", france.get("2024-03").get("country"));

        Map<String, String> topFrance = new TreeMap<>();
        for (CSVRecord r : csv(dir.resolve("r2/tables/top_entity_period_counts.csv"))) {
            if (r.get("entity").equals("France")) topFrance.put(r.get("period"), r.get("articles"));
        }
        assertEquals(Map.of("2024-01", "2", "2024-02", "0", "2024-03", "2"), topFrance);

        Map<String, String> franceForms = new TreeMap<>();
        for (CSVRecord r : csv(dir.resolve("r2/tables/top_entity_aliases.csv"))) {
            if (r.get("entity").equals("France")) franceForms.put(r.get("alias"), r.get("mentions") + "/" + r.get("articles"));
        }
        assertEquals(Map.of("France", "4/4", "French", "1/1"), franceForms);

        CSVRecord first = csv(dir.resolve("r2/tables/top_locations.csv")).get(0);
        assertEquals("France", first.get("entity"));
        assertEquals("1", first.get("rank"));
        assertEquals("4", first.get("articles"));
    }

    @Test
    void writesChartsThatOpenAsLargeImages() throws IOException {
        CoverageJob.run(spark, spec("r3"), QUIET);
        List<Path> pngs;
        try (Stream<Path> s = Files.list(dir.resolve("r3/charts"))) {
            pngs = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        assertTrue(pngs.size() >= 5, "charts: " + pngs);
        for (Path png : pngs) {
            BufferedImage img = ImageIO.read(png.toFile());
            assertTrue(img.getWidth() >= 1200 && img.getHeight() >= 700, png + " is " + img.getWidth() + "x"
                    + img.getHeight());
        }
        String index = Files.readString(dir.resolve("r3/index.html"));
        for (Path png : pngs) assertTrue(index.contains("charts/" + png.getFileName()), "index links " + png);
        assertTrue(index.contains("rejects.csv"));
    }

    @Test
    void tablesAreByteIdenticalWhateverThePartitioning() throws IOException {
        CoverageJob.run(spark, spec("same2"), QUIET);
        String before = spark.conf().get("spark.sql.shuffle.partitions");
        spark.conf().set("spark.sql.adaptive.enabled", "false");
        try {
            for (String partitions : List.of("1", "8")) {
                spark.conf().set("spark.sql.shuffle.partitions", partitions);
                CoverageJob.run(spark, spec("same" + partitions), QUIET);
            }
        } finally {
            spark.conf().set("spark.sql.shuffle.partitions", before);
            spark.conf().unset("spark.sql.adaptive.enabled");
        }
        List<Path> tables;
        try (Stream<Path> s = Files.list(dir.resolve("same2/tables"))) {
            tables = s.sorted().toList();
        }
        assertTrue(tables.size() >= 20, tables.toString());
        for (String other : List.of("same1", "same8")) {
            for (Path t : tables) {
                assertArrayEquals(Files.readAllBytes(t), Files.readAllBytes(dir.resolve(other + "/tables")
                        .resolve(t.getFileName())), other + "/" + t.getFileName());
            }
            assertArrayEquals(Files.readAllBytes(dir.resolve("same2/rejects.csv")),
                    Files.readAllBytes(dir.resolve(other + "/rejects.csv")));
            assertArrayEquals(Files.readAllBytes(dir.resolve("same2/report.xlsx")),
                    Files.readAllBytes(dir.resolve(other + "/report.xlsx")), other + "/report.xlsx");
        }
    }

    /** Every table of DESIGN.md's list with the columns it names there, in that order (more may follow). */
    private static final Map<String, List<String>> DESIGN_TABLES = Map.ofEntries(
            Map.entry("article_volume", List.of("period", "period_start", "articles", "unique_articles",
                    "duplicate_articles", "partial")),
            Map.entry("entity_period_counts", List.of("period", "period_start", "kind", "entity", "type", "country",
                    "mentions", "articles", "unique_articles", "period_articles", "share", "unique_share")),
            Map.entry("entity_totals", List.of("kind", "rank", "entity", "type", "country", "mentions", "articles",
                    "unique_articles", "share")),
            Map.entry("duplicate_clusters", List.of("cluster", "article_id", "input", "date", "source", "title",
                    "similarity", "kept")),
            Map.entry("sources", List.of("source", "articles", "unique_articles", "first_date", "last_date")),
            Map.entry("source_period_counts", List.of("period", "period_start", "source", "articles",
                    "unique_articles", "period_articles", "share")),
            Map.entry("entity_source_counts", List.of("kind", "entity", "type", "source", "articles",
                    "source_articles", "share")),
            Map.entry("trends", List.of("kind", "entity", "type", "previous_from", "previous_to", "current_from",
                    "current_to", "previous_articles", "current_articles", "previous_share", "current_share", "change",
                    "score", "direction")),
            Map.entry("spikes", List.of("kind", "entity", "type", "period", "period_start", "articles", "expected",
                    "score", "top_source", "top_source_share", "duplicate_share")),
            Map.entry("cooccurrence", List.of("kind_a", "entity_a", "kind_b", "entity_b", "articles", "articles_a",
                    "articles_b", "lift", "pmi")),
            Map.entry("watchlist_period_counts", List.of("period", "period_start", "query", "articles",
                    "unique_articles", "period_articles", "share")),
            Map.entry("unresolved_variants", List.of("kind", "entity", "variant", "entity_articles",
                    "variant_articles", "reason")));

    @Test
    void analysisTablesHaveDesignsColumnsAndArticlesOutsideTheRangeAreListedAndCounted() throws IOException {
        JobSpec plain = spec("range");
        AnalysisSpec analysis = new AnalysisSpec(new DateRange(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 31)),
                0.8, null, AliasTable.EMPTY, List.of(WatchQuery.of("France", List.of("France"))), 1, 1);
        JobSpec spec = new JobSpec(plain.name(), plain.inputs(), plain.format(), plain.output(), plain.period(),
                plain.top(), plain.extractor(), plain.spark(), null, plain.maxArticleChars(), analysis);
        CoverageJob.Result result = CoverageJob.run(spark, spec, QUIET);
        assertEquals(9, result.recordsRead());
        assertEquals(5, result.articles());
        assertEquals(4, result.rejected());
        JsonNode counts = new ObjectMapper().readTree(dir.resolve("range/manifest.json").toFile()).get("counts");
        assertEquals(1, counts.get("out_of_range").asLong());
        assertEquals(4, counts.get("rejected").asLong());
        Map<String, String> reasons = new TreeMap<>();
        for (CSVRecord r : csv(dir.resolve("range/rejects.csv"))) {
            reasons.put(Path.of(r.get("input")).getFileName() + ":" + r.get("position"), r.get("reason"));
        }
        assertEquals("date 2024-01-05 is before 'from' 2024-01-10", reasons.get("january.txt:1"));

        for (Map.Entry<String, List<String>> table : DESIGN_TABLES.entrySet()) {
            Path file = dir.resolve("range/tables/" + table.getKey() + ".csv");
            assertTrue(Files.isRegularFile(file), file.toString());
            List<String> header;
            try (Reader r = Files.newBufferedReader(file)) {
                header = CSVFormat.DEFAULT.parse(r).iterator().next().toList();
            }
            assertEquals(table.getValue(), header.subList(0, Math.min(header.size(), table.getValue().size())),
                    table.getKey());
        }
        assertEquals(List.of("2024-01:2/2/0/true", "2024-02:0/0/0/false", "2024-03:3/3/0/false"),
                csv(dir.resolve("range/tables/article_volume.csv")).stream().map(r -> r.get("period") + ":"
                        + r.get("articles") + "/" + r.get("unique_articles") + "/" + r.get("duplicate_articles") + "/"
                        + r.get("partial")).toList());
        assertEquals(List.of("2024-01:1", "2024-02:0", "2024-03:2"),
                csv(dir.resolve("range/tables/watchlist_period_counts.csv")).stream()
                        .map(r -> r.get("period") + ":" + r.get("articles")).toList());
        String index = Files.readString(dir.resolve("range/index.html"));
        for (String section : List.of("volume", "trends", "spikes", "sources", "watchlists")) {
            assertTrue(index.contains("<section id=\"" + section + "\">"), section);
        }
    }
}
