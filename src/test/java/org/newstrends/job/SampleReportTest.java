package org.newstrends.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.SparkTestSession;
import org.newstrends.aggregate.PeriodUnit;
import org.newstrends.sample.SampleGenerator;
import org.newstrends.sample.SampleSpec;
import org.newstrends.sample.SampleSummary;

/**
 * The demo job ({@code jobs/sample.yaml}) over the shipped sample: its duplicate clusters are the generator's
 * planted copies and its trends name the rising trade dispute's actors first. The sample is first checked to be
 * what the generator writes.
 */
class SampleReportTest {
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());
    private static final Path SAMPLE = Path.of("data/sample/generated");

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static SampleSummary generated;

    @BeforeAll
    static void start() throws IOException {
        Path regenerated = Files.createDirectories(dir.resolve("regenerated"));
        generated = new SampleGenerator(new SampleSpec(450, 42, LocalDate.of(2024, 1, 1), 9, 2)).write(regenerated);
        spark = SparkTestSession.start(SampleReportTest.class);
        assertSameFiles(regenerated);
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    private static JobSpec spec(String output, PeriodUnit period) {
        return JobSpec.load(Path.of("jobs/sample.yaml"))
                .withOverrides(List.of("data/sample"), dir.resolve(output).toString(), period, null);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** data/sample is byte for byte what the generator writes with the command in data/sample/README.md. */
    private static void assertSameFiles(Path regenerated) throws IOException {
        List<Path> expected;
        try (Stream<Path> files = Files.walk(regenerated)) {
            expected = files.filter(Files::isRegularFile).map(regenerated::relativize).sorted().toList();
        }
        List<Path> shipped;
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            shipped = files.filter(Files::isRegularFile).map(SAMPLE::relativize).sorted().toList();
        }
        assertEquals(expected, shipped, "data/sample/generated holds the generator's files");
        for (Path f : expected) {
            assertArrayEquals(Files.readAllBytes(regenerated.resolve(f)), Files.readAllBytes(SAMPLE.resolve(f)),
                    f + " differs from the generator's output: regenerate data/sample");
        }
    }

    @Test
    void theSampleReportFindsThePlantedCopiesAndTheRisingStoryline() throws IOException {
        CoverageJob.run(spark, spec("month", PeriodUnit.MONTH), QUIET);
        Path tables = dir.resolve("month/tables");

        List<CSVRecord> clusters = csv(tables.resolve("duplicate_clusters.csv"));
        Map<String, List<CSVRecord>> byCluster = new HashMap<>();
        for (CSVRecord r : clusters) byCluster.computeIfAbsent(r.get("cluster"), c -> new ArrayList<>()).add(r);
        assertEquals(generated.copies(), clusters.size() - byCluster.size(), "every planted copy is found, and nothing else");
        for (List<CSVRecord> members : byCluster.values()) {
            assertEquals(1, members.stream().filter(r -> r.get("source").equals("meridian-wire")).count(),
                    "a cluster is one wire story and its copies in other outlets: " + members);
            assertEquals(1, members.stream().map(r -> r.get("date")).distinct().count(), "printed the same day");
            assertEquals(1, members.stream().filter(r -> r.get("kept").equals("true")).count());
        }

        List<String> risingActors = csv(tables.resolve("trends.csv")).stream()
                .filter(r -> r.get("kind").equals("actor") && r.get("direction").equals("rising"))
                .map(r -> r.get("entity")).limit(3).toList();
        assertTrue(List.of("Margaret Olsen", "Paulo Azevedo", "Luiz Inacio Lula da Silva").containsAll(risingActors),
                "the trade dispute's actors rise most from August to September: " + risingActors);
    }
}
