package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code evaluate reuters} in-process on a tiny file and checks exit codes, messages and scores. */
class EvaluateReutersCommandTest {

    @TempDir
    Path dir;

    @Test
    void evaluateReutersRejectsAMissingFileAndBadOptions() throws IOException {
        CommandRun missing = CommandRun.of("evaluate", "reuters", "--file", dir.resolve("none.jsonl").toString());
        assertEquals(ExitCode.USAGE.code(), missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Path file = Files.writeString(dir.resolve("r.jsonl"), "");
        assertEquals(ExitCode.USAGE.code(), CommandRun.of("evaluate", "reuters", "--file", file.toString(), "--fallback-country", "usa").exit());
        assertEquals(ExitCode.USAGE.code(), CommandRun.of("evaluate", "reuters", "--file", file.toString(), "--min-share", "0").exit());
    }

    @Test
    void evaluateReutersPrintsTheScores() throws IOException {
        Path file = Files.writeString(dir.resolve("r.jsonl"),
                "{\"id\":\"r1\",\"date\":\"1987-03-02\",\"title\":\"FRANCE SETS TARIFFS\","
                + "\"text\":\"Paris said France would raise tariffs.\",\"places\":[\"france\"]}\n");
        CommandRun o = CommandRun.of("evaluate", "reuters", "--file", file.toString(), "--locations-only");
        assertEquals(ExitCode.OK.code(), o.exit(), o.err());
        assertTrue(o.out().contains("documents 1 "), o.out());
        assertTrue(o.out().contains("1 strict: all location mentions"), o.out());
        assertTrue(o.out().contains("2 focus countries                          1.000 / 1.000 / 1.000"), o.out());
        assertTrue(o.out().contains("3 focus, recall over attainable"), o.out());
        assertTrue(o.out().contains("cap: attainable / labelled pairs"), o.out());
    }
}
