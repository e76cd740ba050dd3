package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code evaluate reuters} in-process on a tiny file and checks exit codes, messages and scores. */
class EvaluateReutersCommandTest {

    @TempDir
    Path dir;

    private record Outcome(int exit, String out, String err) { }

    private static Outcome run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = NewstrendsCommand.execute(args);
            return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void evaluateReutersRejectsAMissingFileAndBadOptions() throws IOException {
        Outcome missing = run("evaluate", "reuters", "--file", dir.resolve("none.jsonl").toString());
        assertEquals(ExitCode.USAGE.code(), missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Path file = Files.writeString(dir.resolve("r.jsonl"), "");
        assertEquals(ExitCode.USAGE.code(), run("evaluate", "reuters", "--file", file.toString(), "--fallback-country", "usa").exit());
        assertEquals(ExitCode.USAGE.code(), run("evaluate", "reuters", "--file", file.toString(), "--min-share", "0").exit());
    }

    @Test
    void evaluateReutersPrintsTheScores() throws IOException {
        Path file = Files.writeString(dir.resolve("r.jsonl"),
                "{\"id\":\"r1\",\"date\":\"1987-03-02\",\"title\":\"FRANCE SETS TARIFFS\","
                + "\"text\":\"Paris said France would raise tariffs.\",\"places\":[\"france\"]}\n");
        Outcome o = run("evaluate", "reuters", "--file", file.toString(), "--locations-only");
        assertEquals(ExitCode.OK.code(), o.exit(), o.err());
        assertTrue(o.out().contains("documents 1 "), o.out());
        assertTrue(o.out().contains("1 strict: all location mentions"), o.out());
        assertTrue(o.out().contains("2 focus countries                          1.000 / 1.000 / 1.000"), o.out());
        assertTrue(o.out().contains("3 focus, recall over attainable"), o.out());
        assertTrue(o.out().contains("cap: attainable / labelled pairs"), o.out());
    }
}
