package org.newstrends.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.SparkTestSession;
import org.newstrends.aggregate.PeriodUnit;
import org.newstrends.ingest.InputFormat;
import org.newstrends.ingest.ReadOptions;

/**
 * The mentions store as a user re-running a corpus meets it: the re-run reads the stored mentions instead of
 * extracting, gives the same tables byte for byte, and a changed input or another extractor is extracted afresh.
 */
class MentionsStoreTest {
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkTestSession.start(MentionsStoreTest.class);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("news.txt"), String.join("\n",
                "date 2024-01-05 Officials in France met counterparts from Germany to discuss trade.",
                "date 2024-02-17 Farmers in France protested again, blocking roads near Paris.",
                "date 2024-03-02 Leaders of France and Germany signed an energy agreement.",
                "date 2024-03-20 Japan reported strong exports in February."));
        Files.writeString(in.resolve("more.jsonl"),
                "{\"id\":\"j1\",\"date\":\"2024-03-25\",\"text\":\"Japan and France held talks in Tokyo.\"}\n");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static JobSpec spec(String output, String extractor, String store, PeriodUnit period) {
        return new JobSpec("stored", List.of(new JobInput(dir.resolve("in").toString(), false)), InputFormat.AUTO,
                dir.resolve(output).toString(), period, 5, extractor, Map.of(), null,
                ReadOptions.DEFAULT_MAX_ARTICLE_CHARS, AnalysisSpec.DEFAULT, store == null ? null : dir.resolve(store).toString());
    }

    private static String run(JobSpec spec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CoverageJob.run(spark, spec, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> tables(Path report) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(report.resolve("tables"))) {
            for (Path f : (Iterable<Path>) files::iterator) out.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        out.put("rejects.csv", Files.readAllBytes(report.resolve("rejects.csv")));
        return out;
    }

    private static void assertSameTables(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = tables(expected);
        Map<String, byte[]> b = tables(actual);
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) assertArrayEquals(a.get(name), b.get(name), name + " differs");
    }

    private static MentionsStore entry(JobSpec spec) {
        return MentionsStore.of(spec.mentionsStore(), spec,
                Ingestion.list(spark, spec, new PrintStream(PrintStream.nullOutputStream())).listing(),
                spark.sparkContext().hadoopConfiguration());
    }

    @Test
    void aReRunWithAnotherPeriodReadsTheStoreAndWritesTheSameTablesAsAFullRun() throws IOException {
        String first = run(spec("first", "rules", "store-a", PeriodUnit.MONTH));
        assertTrue(first.contains("mentions kept in the store"), first);
        String weekly = run(spec("weekly", "rules", "store-a", PeriodUnit.WEEK));
        assertTrue(weekly.contains("mentions read from the store"), weekly);
        run(spec("weekly-plain", "rules", null, PeriodUnit.WEEK));
        assertSameTables(dir.resolve("weekly-plain"), dir.resolve("weekly"));

        MentionsStore store = entry(spec("first", "rules", "store-a", PeriodUnit.MONTH));
        assertTrue(Files.exists(Path.of(store.location()).getParent().resolve(MentionsStore.COMPLETE)));
        Dataset<Row> stored = spark.read().parquet(store.location());
        assertTrue(stored.filter("kind = 'location' AND entity = 'France'").count() > 0,
                "readable with plain Spark SQL");
        Path copy = dir.resolve("edited-rows");
        stored.filter("NOT (kind = 'location' AND entity = 'France')").write().mode(SaveMode.Overwrite)
                .parquet(copy.toString());
        spark.read().parquet(copy.toString()).write().mode(SaveMode.Overwrite).parquet(store.location());
        run(spec("from-edited", "rules", "store-a", PeriodUnit.MONTH));
        assertFalse(Files.readString(dir.resolve("from-edited/tables/entity_totals.csv")).contains(",France,"),
                "the re-run counted the stored rows, not a new extraction");
        assertTrue(Files.readString(dir.resolve("first/tables/entity_totals.csv")).contains(",France,"));
    }

    @Test
    void aChangedInputOrAnotherExtractorOrRangeIsAnotherEntry() throws IOException {
        String base = entry(spec("k", "rules", "store-c", PeriodUnit.MONTH)).location();
        assertEquals(base, entry(spec("k", "rules", "store-c", PeriodUnit.YEAR)).location(),
                "the period is counted from the same mentions");
        assertNotEquals(base, entry(spec("k", "tagger", "store-c", PeriodUnit.MONTH)).location());
        JobSpec ranged = spec("k", "rules", "store-c", PeriodUnit.MONTH);
        ranged = new JobSpec(ranged.name(), ranged.inputs(), ranged.format(), ranged.output(), ranged.period(),
                ranged.top(), ranged.extractor(), ranged.spark(), null, ranged.maxArticleChars(),
                AnalysisSpec.fromMap(Map.of("from", "2024-02-01")), ranged.mentionsStore());
        assertNotEquals(base, entry(ranged).location(), "only the range's articles are extracted");

        Path extra = dir.resolve("in/extra.txt");
        Files.writeString(extra, "date 2024-03-28 Germany and Japan agreed on new rules.\n");
        try {
            String added = entry(spec("k", "rules", "store-c", PeriodUnit.MONTH)).location();
            assertNotEquals(base, added, "a new file is a new corpus");
            FileTime written = Files.getLastModifiedTime(extra);
            Files.writeString(extra, "date 2024-03-28 Germany and Japan agreed on new rulez.\n");
            Files.setLastModifiedTime(extra, FileTime.fromMillis(written.toMillis() + 5000));
            assertNotEquals(added, entry(spec("k", "rules", "store-c", PeriodUnit.MONTH)).location(),
                    "an edited file of the same length is told apart by its modification time");
        } finally {
            Files.delete(extra);
        }
        assertEquals(base, entry(spec("k", "rules", "store-c", PeriodUnit.MONTH)).location());
    }

    @Test
    void theExtractorVersionCoversExtractionCodeAndResourcesOnly(@TempDir Path code) throws IOException {
        Path model = Files.createDirectories(code.resolve("org/newstrends/extract/tagger")).resolve("model.bin");
        Path report = Files.createDirectories(code.resolve("org/newstrends/report")).resolve("Charts.class");
        Files.writeString(model, "weights 1");
        Files.writeString(report, "charts 1");
        String before = ExtractorVersion.of(code);
        Files.writeString(report, "charts 2");
        assertEquals(before, ExtractorVersion.of(code), "report code does not change what is extracted");
        Files.writeString(model, "weights 2");
        assertNotEquals(before, ExtractorVersion.of(code), "a new model is a new extractor version");
    }
}
