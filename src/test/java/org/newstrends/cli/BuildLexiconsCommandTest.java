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
import org.newstrends.extract.lexicon.LexiconSourceFixture;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code build-lexicons} in-process and checks exit codes and messages. */
class BuildLexiconsCommandTest {

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
    void aDataFolderWithoutTheSourcesIsAUsageError() {
        Outcome o = run("build-lexicons", "--data", dir.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.USAGE.code(), o.exit());
        assertTrue(o.err().contains("geonames"), o.err());
        assertEquals(ExitCode.USAGE.code(), run("build-lexicons", "--out", "x").exit());
    }

    @Test
    void buildsTheLexiconsAndListsWhatItWrote() throws IOException {
        Path data = LexiconSourceFixture.write(dir);
        Path out = dir.resolve("out");
        Outcome o = run("build-lexicons", "--data", data.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK.code(), o.exit(), o.err());
        assertTrue(o.out().contains("places-countries.tsv\t2"), o.out());
        assertTrue(o.out().contains("places-cities.tsv\t3"), o.out());
        assertTrue(Files.readString(out.resolve("places-admin1.tsv")).contains("\tTexas\tADMIN_REGION\tUS\t"));
    }
}
