package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.extract.tagger.NerTagger;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.NameType;

class TrainNerCommandTest {

    /** Made-up sentences in CoNLL-2003 form: "NAME met NAME in PLACE ." with varying names. */
    private static String corpus(String[][] rows) {
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            out.append(r[0]).append(" X X B-PER\n").append(r[1]).append(" X X I-PER\n")
                    .append("met X X O\n")
                    .append(r[2]).append(" X X B-PER\n").append(r[3]).append(" X X I-PER\n")
                    .append("in X X O\n").append(r[4]).append(" X X B-LOC\n").append(". X X O\n\n");
        }
        return out.toString();
    }

    private static final String[][] TRAIN = {
        {"Peter", "Smith", "Anna", "Weber", "Boston"}, {"Maria", "Lopez", "John", "Carter", "Madrid"},
        {"David", "Brown", "Sarah", "Miller", "Chicago"}, {"James", "Wilson", "Linda", "Moore", "Berlin"},
        {"Paul", "Young", "Karen", "Hill", "Denver"}, {"Mark", "Green", "Laura", "Adams", "Lisbon"},
    };

    @Test
    void trainsPrintsEpochsAndWritesALoadableModel(@TempDir Path dir) throws IOException {
        Path train = dir.resolve("train.txt");
        Path dev = dir.resolve("dev.txt");
        Files.writeString(train, corpus(TRAIN).repeat(3));
        Files.writeString(dev, corpus(new String[][] {{"Robert", "King", "Susan", "Clark", "Vienna"}}));
        Path model = dir.resolve("out/ner.model");
        CommandRun run = CommandRun.of("train-ner", "--train", train.toString(), "--dev", dev.toString(),
                "--out", model.toString(), "--epochs", "3", "--bits", "16");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("epoch  3"), run.out());
        assertTrue(run.out().contains("dev F1 PER"), run.out());
        assertTrue(run.out().contains("model written to"), run.out());
        List<EntitySpan> spans = NerTagger.load(model).tag(List.of(FieldText.of(Field.TEXT, "Robert King met Susan Clark in Vienna .")));
        assertEquals(List.of(NameType.PER, NameType.PER, NameType.LOC), spans.stream().map(EntitySpan::type).toList());
    }

    @Test
    void badSettingsAreAUsageError(@TempDir Path dir) throws IOException {
        Path train = dir.resolve("train.txt");
        Files.writeString(train, corpus(TRAIN));
        Path model = dir.resolve("ner.model");
        CommandRun run = CommandRun.of("train-ner", "--train", train.toString(), "--out", model.toString(), "--epochs", "0");
        assertEquals(ExitCode.USAGE.code(), run.exit());
        assertTrue(run.err().contains("epochs must be"), run.err());
        assertFalse(Files.exists(model));
        CommandRun missing = CommandRun.of("train-ner", "--train", dir.resolve("absent.txt").toString(), "--out", model.toString());
        assertEquals(ExitCode.USAGE.code(), missing.exit());
        assertTrue(missing.err().contains("not a file"), missing.err());
    }
}
