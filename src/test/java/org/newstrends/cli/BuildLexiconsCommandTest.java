package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.lexicon.LexiconSourceFixture;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code build-lexicons} in-process and checks exit codes and messages. */
class BuildLexiconsCommandTest {

    @TempDir
    Path dir;

    @Test
    void aDataFolderWithoutTheSourcesIsAUsageError() {
        CommandRun o = CommandRun.of("build-lexicons", "--data", dir.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.USAGE.code(), o.exit());
        assertTrue(o.err().contains("geonames"), o.err());
        assertEquals(ExitCode.USAGE.code(), CommandRun.of("build-lexicons", "--out", "x").exit());
    }

    @Test
    void buildsTheLexiconsAndListsWhatItWrote() throws IOException {
        Path data = LexiconSourceFixture.write(dir);
        Path out = dir.resolve("out");
        CommandRun o = CommandRun.of("build-lexicons", "--data", data.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK.code(), o.exit(), o.err());
        assertTrue(o.out().contains("places-countries.tsv\t2"), o.out());
        assertTrue(o.out().contains("places-cities.tsv\t3"), o.out());
        assertTrue(Files.readString(out.resolve("places-admin1.tsv")).contains("\tTexas\tADMIN_REGION\tUS\t"));
    }
}
