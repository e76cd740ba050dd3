package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code evaluate themes} in-process on tiny labelled files and checks exit codes, counts and the table. */
class EvaluateThemesCommandTest {

    @TempDir
    Path dir;

    @Test
    void badUsageIsRefusedWithWhatToFix() {
        CommandRun none = CommandRun.of("evaluate", "themes");
        assertEquals(ExitCode.USAGE.code(), none.exit());
        assertTrue(none.err().contains("name at least one labelled set"), none.err());
        CommandRun missing = CommandRun.of("evaluate", "themes", "--huffpost", dir.resolve("none.jsonl").toString());
        assertEquals(ExitCode.USAGE.code(), missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
        CommandRun notFolder = CommandRun.of("evaluate", "themes", "--bbc", dir.resolve("none").toString());
        assertEquals(ExitCode.USAGE.code(), notFolder.exit());
    }

    @Test
    void printsWhatWasLeftOutAndTheConfusionPerCategory() throws IOException {
        Path huffpost = Files.writeString(dir.resolve("h.jsonl"), String.join("\n",
                "{\"headline\": \"Striker scores twice as United win the league\", \"short_description\": "
                        + "\"The club's goalkeeper saved a penalty in the final match of the season.\", \"category\": \"SPORTS\"}",
                "{\"headline\": \"A quiet day\", \"short_description\": \"Nothing happened.\", \"category\": \"SPORTS\"}",
                "{\"headline\": \"Town fair opens\", \"short_description\": \"Stalls and rides.\", \"category\": \"U.S. NEWS\"}") + "\n");
        Path errors = dir.resolve("errors.tsv");
        CommandRun run = CommandRun.of("evaluate", "themes", "--huffpost", huffpost.toString(), "--errors", errors.toString());
        assertEquals(ExitCode.OK.code(), run.exit(), run.err());
        assertTrue(run.out().contains("3 records read, 2 articles"), run.out());
        assertTrue(run.out().contains("1 with no counterpart {U.S. NEWS=1}"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("SPORT                      2  0.500  1.000 |")), run.out());
        List<String> wrong = Files.readAllLines(errors);
        assertEquals(1, wrong.size());
        assertTrue(wrong.get(0).endsWith("SPORTS\tSPORT\tnone\tA quiet day"), wrong.get(0));
    }
}
