package org.newstrends.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.SparkTestSession;
import org.newstrends.aggregate.PeriodUnit;
import org.newstrends.ingest.InputFormat;
import org.newstrends.sample.SampleGenerator;
import org.newstrends.sample.SampleSpec;

/**
 * A run killed with SIGKILL while it writes its report (a separate JVM running {@code newstrends run}) leaves the
 * previous report byte-identical, and the next run cleans up after it.
 */
class KilledRunTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkTestSession.start(KilledRunTest.class);
        new SampleGenerator(new SampleSpec(150, 11, LocalDate.of(2024, 1, 1), 6, 2)).write(Files.createDirectories(dir.resolve("in")));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static JobSpec spec(Path output) {
        return new JobSpec("killed", List.of(new JobInput(dir.resolve("in").toString(), false)), InputFormat.AUTO,
                output.toString(), PeriodUnit.MONTH, 10, "rules", Map.of());
    }

    /** Every file under {@code folder} with its bytes, by relative path. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), Arrays.toString(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    /** A {@code newstrends run} of {@code jobFile} in a JVM of its own, started like the launcher starts it. */
    private static Process startRun(Path jobFile, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("-XX:+IgnoreUnrecognized")
                    || arg.startsWith("-Djdk.reflect") || arg.startsWith("-Dio.netty")) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-Xmx1g", "-Djava.awt.headless=true", "-Dspark.master=local[1]",
                "-Dspark.ui.enabled=false", "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                "-cp", System.getProperty("java.class.path"), "org.newstrends.cli.Main", "run", jobFile.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void aRunKilledWhileWritingItsReportLeavesThePreviousOneByteIdentical() throws Exception {
        Path target = dir.resolve("reports/killed");
        CoverageJob.run(spark, spec(target), QUIET);
        Map<String, String> before = snapshot(target);
        assertTrue(before.containsKey("manifest.json") && before.size() > 10, before.keySet().toString());

        Path jobFile = Files.writeString(dir.resolve("killed.yaml"), "name: killed\ninputs: [" + dir.resolve("in")
                + "]\noutput: " + target + "\nperiod: week\ntop: 10\nextractor: rules\n");
        Path staging = dir.resolve("reports/.killed.newstrends-staging");
        Path log = dir.resolve("child.log");
        Process child = startRun(jobFile, log);
        boolean killedWhileWriting = false;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(staging.resolve("rejects.csv"))) {
                child.destroyForcibly();
                killedWhileWriting = true;
                break;
            }
            Thread.sleep(2);
        }
        child.waitFor(1, TimeUnit.MINUTES);
        assertTrue(killedWhileWriting, "the run ended before it was seen writing its report: "
                + Files.readString(log));
        assertNotEquals(0, child.exitValue());
        assertTrue(Files.isDirectory(staging), "the killed run left its staging folder");

        assertEquals(before, snapshot(target));

        ReportFolder.open(target);
        assertFalse(Files.exists(staging), "the next run removes the stale staging folder before it starts");
        try (Stream<Path> s = Files.list(dir.resolve("reports"))) {
            assertEquals(List.of("killed"), s.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(before, snapshot(target));
    }
}
