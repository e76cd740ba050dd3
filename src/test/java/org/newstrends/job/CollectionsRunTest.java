package org.newstrends.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.SparkTestSession;
import org.newstrends.aggregate.PeriodUnit;
import org.newstrends.ingest.IngestRecord;
import org.newstrends.ingest.InputFormat;

/** Collections as people have them, through the whole coverage job in local Spark, checked in the report. */
class CollectionsRunTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start(CollectionsRunTest.class);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static JobSpec spec(String output, List<JobInput> inputs) {
        return new JobSpec("collections", inputs, InputFormat.AUTO, dir.resolve(output).toString(), PeriodUnit.MONTH,
                5, "rules", Map.of());
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** A folder of good and bad files of every kind, with a link to itself and a second link to a file. */
    private static Path mixedFolder() throws IOException {
        Path mixed = dir.resolve("mixed");
        write(mixed.resolve("good.txt"), "date 2024-02-01 Leaders of France met in Paris.\n"
                + "date 2024-02-02 Farmers in Germany protested.\n");
        write(mixed.resolve("bad.txt"), "date 2024-02-30 An impossible day.\n");
        write(mixed.resolve("wire.jsonl"), "{\"id\":\"w1\",\"date\":\"2024-02-03\",\"text\":\"Japan exports rose.\"}\n"
                + "{not json\n"
                + "{\"id\":\"w3\",\"text\":\"No date.\"}\n"
                + "{\"id\":\"w4\",\"date\":\"2024-02-04\",\"text\":\"Talks in Rome.\"}\n");
        write(mixed.resolve("README.md"), "not an article file\n");
        Files.createDirectories(mixed.resolve("sub"));
        Files.createSymbolicLink(mixed.resolve("sub/loop"), Path.of(".."));
        Files.createSymbolicLink(mixed.resolve("sub/again.txt"), Path.of("../good.txt"));
        spark.sql("SELECT 'e' || CAST(id + 1 AS STRING) AS id, '2024-02-1' || CAST(id AS STRING) AS date,"
                + " CASE WHEN id = 1 THEN NULL ELSE 'Storms hit Spain.' END AS text FROM range(3)")
                .coalesce(1).write().parquet(mixed.resolve("export").toString());
        write(mixed.resolve("broken.parquet"), "these bytes are not Parquet");
        Files.createFile(mixed.resolve("empty.parquet"));
        return mixed;
    }

    @Test
    void aMixedFolderWithALinkLoopGivesExactlyTheGoodArticlesAndNamesEveryBadRecord() throws IOException {
        Path mixed = mixedFolder();
        CoverageJob.Result result = CoverageJob.run(spark, spec("mixed-report",
                List.of(new JobInput(mixed.toString(), false))), QUIET);
        Path report = dir.resolve("mixed-report");

        assertEquals(6, result.articles());
        assertEquals(List.of("2024-02:6"), csv(report.resolve("tables/article_volume.csv")).stream()
                .map(r -> r.get("period") + ":" + r.get("articles")).toList());

        Map<String, String> rejects = new TreeMap<>();
        for (CSVRecord r : csv(report.resolve("rejects.csv"))) {
            String input = r.get("input").startsWith(mixed + "/export/part-") ? "export/part" : r.get("input")
                    .substring(mixed.toString().length() + 1);
            rejects.put(input + ":" + r.get("position"), r.get("reason"));
        }
        assertEquals(List.of("bad.txt:1", "broken.parquet:0", "empty.parquet:0", "export/part:2", "wire.jsonl:2",
                "wire.jsonl:3"), List.copyOf(rejects.keySet()));
        assertTrue(rejects.get("bad.txt:1").contains("'2024-02-30'"), rejects.toString());
        assertTrue(rejects.get("broken.parquet:0").startsWith("unreadable Parquet file"), rejects.toString());
        assertEquals("empty file", rejects.get("empty.parquet:0"));

        JsonNode counts = new ObjectMapper().readTree(report.resolve("manifest.json").toFile()).get("counts");
        assertEquals(12, counts.get("records_read").asLong());
        assertEquals(6, counts.get("articles").asLong());
        assertEquals(6, counts.get("rejected").asLong());
        assertEquals(6, counts.get("input_files").asLong(), "good, bad, wire, the export's part, broken, empty");
        assertEquals(1, counts.get("input_files_repeated").asLong(), "sub/again.txt");
        assertEquals(1, counts.get("input_folders_repeated").asLong(), "sub/loop");
        assertEquals(0, counts.get("decoded_as_cp1252").asLong());
        assertEquals(0, counts.get("articles_with_repeated_ids").asLong());
    }

    @Test
    void newsJsonlInTwoFoldersGivesEveryArticleItsOwnId() throws IOException {
        String lines = "{\"date\":\"2024-01-02\",\"text\":\"One.\"}\n{\"date\":\"2024-01-03\",\"text\":\"Two.\"}\n";
        Path a = write(dir.resolve("twice/a/news.jsonl"), lines).getParent();
        Path b = write(dir.resolve("twice/b/news.jsonl"), lines).getParent();
        JobSpec spec = spec("twice-report", List.of(new JobInput(a.toString(), false), new JobInput(b.toString(),
                false)));
        Ingestion.Read read = Ingestion.list(spark, spec, QUIET).read(spark);
        List<String> ids = read.records().filter("reason IS NULL").collectAsList().stream().map(IngestRecord::getId)
                .sorted().toList();
        read.parsed().unpersist();
        assertEquals(4, ids.size());
        assertEquals(4, ids.stream().distinct().count(), ids.toString());

        JobSpec oneInput = spec("twice-one", List.of(new JobInput(dir.resolve("twice").toString(), false)));
        CoverageJob.Result result = CoverageJob.run(spark, oneInput, QUIET);
        assertEquals(4, result.articles());
    }

    @Test
    void aFolderWithoutArticleFilesSaysWhatIsRead() throws IOException {
        Path notes = write(dir.resolve("notes/README.md"), "no articles here\n").getParent();
        JobSpecException e = org.junit.jupiter.api.Assertions.assertThrows(JobSpecException.class,
                () -> Ingestion.list(spark, spec("notes-report", List.of(new JobInput(notes.toString(), false))), QUIET));
        assertTrue(e.getMessage().startsWith("no article files found in [" + notes + "] (read: .txt (seed text),"
                + " .jsonl, .ndjson, .json, .csv, .tsv (each optionally .gz) and .parquet files or folders"),
                e.getMessage());
    }
}
