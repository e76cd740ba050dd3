package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newstrends bench} on 200 articles prints every figure of the job and of the floors, and a second run reuses
 * the cached corpus. Spark settings come from system properties, as the launcher passes them.
 */
class BenchCommandTest {
    private static final Map<String, String> SPARK = Map.of("spark.master", "local[2]", "spark.ui.enabled", "false",
            "spark.sql.shuffle.partitions", "2", "spark.driver.host", "127.0.0.1",
            "spark.driver.bindAddress", "127.0.0.1");

    @TempDir
    static Path dir;

    @BeforeAll
    static void sparkSettings() {
        SPARK.forEach(System::setProperty);
    }

    @AfterAll
    static void clearSparkSettings() {
        SPARK.keySet().forEach(System::clearProperty);
    }

    private static double figure(String out, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(out);
        assertTrue(m.find(), "no match for " + regex + " in:\n" + out);
        return Double.parseDouble(m.group(1).replace(",", ""));
    }

    private static Map<String, FileTime> corpusFiles(Path cache) throws Exception {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(cache)) {
            for (Path f : files.toList()) out.put(f.getFileName().toString(), Files.getLastModifiedTime(f));
        }
        return out;
    }

    @Test
    void printsTheJobsFiguresAndTheFloorsAndReusesTheCorpus() throws Exception {
        Path cache = dir.resolve("corpus-200");
        CommandRun first = CommandRun.of("bench", "--articles", "200", "--cache", cache.toString(), "--output",
                dir.resolve("report").toString(), "--threads", "2");
        assertEquals(0, first.exit(), first.err());
        String out = first.out();
        System.out.println(out);
        assertTrue(out.contains("generated in"), out);
        assertTrue(Files.isRegularFile(dir.resolve("report/manifest.json")), "the job wrote its report");

        assertEquals(200, figure(out, "^- read by the job: 200 records: ([\\d,]+) articles"));
        double wall = figure(out, "^\\| full job \\(Spark start to report written\\) \\| ([\\d.]+) s \\|");
        double perSecond = figure(out, "^\\| full job [^|]*\\| [\\d.]+ s \\| ([\\d,]+) \\|");
        assertEquals(200 / wall, perSecond, 1.0);
        assertTrue(figure(out, "^\\| full job [^|]*\\|[^|]*\\|[^|]*\\| ([\\d.]+) \\|") > 0, "MB/s");
        for (String floor : List.of("read only", "read \\+ tokenize", "read \\+ extract")) {
            double seconds = figure(out, "^\\| floor: " + floor + ", 2 thread\\(s\\), no Spark \\| ([\\d.]+) s");
            double ratio = figure(out, "^\\| floor: " + floor + ",[^\\n]* ([\\d.]+)x \\|$");
            assertTrue(seconds > 0 && seconds < wall, floor + " took " + seconds + " s, the job " + wall + " s");
            assertEquals(wall / seconds, ratio, ratio * (0.0006 / seconds + 0.006 / wall) + 0.006, floor);
        }
        assertTrue(figure(out, "floor: read \\+ tokenize[^\\n]*\\| ([\\d,]+) tokens \\|") > 200 * 100, "tokens counted");
        assertTrue(figure(out, "floor: read \\+ extract[^\\n]*\\| ([\\d,]+) mentions \\|") > 200, "mentions counted");

        double steps = 0;
        for (String step : List.of("starting Spark", "listing inputs", "reading articles", "extracting and counting per month")) {
            steps += figure(out, "^\\| " + step + " \\| ([\\d.]+) s \\| \\d+ \\|");
        }
        assertTrue(figure(out, "^\\| reading articles \\| [\\d.]+ s \\| (\\d+) \\|") >= 1, "Spark stages of a step");
        assertTrue(steps <= wall + 0.2, "steps add up to at most the wall time");
        assertTrue(figure(out, "^\\| driver heap during the job [^|]*\\| ([\\d,]+) MiB \\|$") > 10, "heap peak");
        assertTrue(figure(out, "^\\| peak RSS of the process [^|]*\\| ([\\d,]+) MiB \\|$")
                > figure(out, "^\\| driver heap during the job [^|]*\\| ([\\d,]+) MiB \\|$") / 2, "peak RSS");

        Map<String, FileTime> corpus = corpusFiles(cache);
        CommandRun second = CommandRun.of("bench", "--articles", "200", "--cache", cache.toString(), "--output",
                dir.resolve("report").toString(), "--skip-floors");
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("200 articles, seed 7") && second.out().contains(", reused\n"), second.out());
        assertTrue(second.out().contains("| floors | skipped (--skip-floors)"), second.out());
        assertEquals(corpus, corpusFiles(cache), "the corpus was not written again");
    }

    @Test
    void refusesACacheFolderHoldingOtherFiles() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(cache.resolve("notes.txt"), "date 2024-01-01 mine\n");
        CommandRun run = CommandRun.of("bench", "--articles", "5", "--cache", cache.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("holds notes.txt, which the generator did not write"), run.err());
        assertEquals("date 2024-01-01 mine\n", Files.readString(cache.resolve("notes.txt")));
    }
}
