package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.extract.theme.ActorThemeCues;
import org.newstrends.extract.theme.LearnedThemeWeights;
import org.newstrends.extract.theme.ThemeModel;
import org.newstrends.extract.theme.ThemeTaxonomy;

/** Runs {@code train-themes} in-process on a tiny labelled file and checks its output and the weights it writes. */
class TrainThemesCommandTest {

    @TempDir
    Path dir;

    @Test
    void badOptionsAreRefused() {
        CommandRun none = CommandRun.of("train-themes", "--out", dir.resolve("w.tsv").toString());
        assertEquals(ExitCode.USAGE.code(), none.exit());
        assertTrue(none.err().contains("name at least one labelled set"), none.err());
        CommandRun badGrid = CommandRun.of("train-themes", "--out", dir.resolve("w.tsv").toString(), "--labelled",
                dir.toString(), "--theme-strengths", "strong");
        assertEquals(ExitCode.USAGE.code(), badGrid.exit());
        assertTrue(badGrid.err().contains("not a number: 'strong'"), badGrid.err());
    }

    @Test
    void crossValidatesAndWritesWeightsTheShippedTaxonomyAccepts() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lines.add("{\"title\": \"Minister pledges more school places before election\", \"text\": \"The government said "
                    + "the party manifesto would promise every school more teachers.\", \"category\": \"POLITICS\"}");
            lines.add("{\"title\": \"School choir wins prize\", \"text\": \"Pupils and teachers at the school sang.\", "
                    + "\"category\": \"SOCIETY\"}");
            lines.add("{\"title\": \"Broadband users download more music\", \"text\": \"Internet users with broadband "
                    + "download songs to their iPod players.\", \"category\": \"SCIENCE_TECH\"}");
        }
        Path labelled = Files.write(dir.resolve("l.jsonl"), lines);
        Path out = dir.resolve("weights.tsv");
        CommandRun run = CommandRun.of("train-themes", "--labelled", labelled.toString(), "--out", out.toString(), "--folds", "2",
                "--theme-strengths", "0.01", "--term-strengths", "inf", "--class-balance", "1", "--iterations", "50");
        assertEquals(ExitCode.OK.code(), run.exit(), run.err());
        assertTrue(run.out().contains("12 examples"), run.out());
        assertTrue(run.out().contains("curated weights"), run.out());
        assertTrue(run.out().contains("chosen (the simplest within one standard error of the best)"), run.out());
        assertTrue(run.out().contains("chosen settings, held out: labelled"), run.out());
        String written = Files.readString(out);
        assertTrue(written.startsWith("# Learned theme feature weights"), written);
        assertTrue(written.contains("# Trained on labelled: l.jsonl, 12 articles."), written);
        ThemeModel curated = ThemeModel.curated(ThemeTaxonomy.fromResource(), ActorThemeCues.fromResource());
        try (Reader reader = Files.newBufferedReader(out)) {
            LearnedThemeWeights.read(reader, out.toString()).applyTo(curated);
        }
    }
}
