package org.newstrends.extract.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.extract.eval.ScoreTable;
import org.newstrends.extract.tagger.NerTagger;
import org.newstrends.extract.tagger.NerTrainer;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;

/** Trains the tagger on a small made-up CoNLL corpus and checks what it learnt, its log and its model file. */
class ConllTrainingTest {

    private static final NerTrainer.Settings SETTINGS = new NerTrainer.Settings(4, 16, 3);

    private static NerTagger train(StringWriter log) {
        return new ConllTraining(SETTINGS, new PrintWriter(log)).train(TinyCorpus.documents(6, 0), TinyCorpus.documents(1, 7));
    }

    private static List<String> tag(NerTagger tagger, String text) {
        List<FieldText> fields = List.of(FieldText.of(Field.TEXT, text));
        List<String> out = new ArrayList<>();
        for (EntitySpan s : tagger.tag(fields)) out.add(s.type() + " " + text.substring(s.start(), s.end()));
        return out;
    }

    @Test
    void learnsNamesItNeverSawFromTheirContext() {
        NerTagger tagger = train(new StringWriter());
        assertEquals(List.of("PER Laura Becker", "LOC Toronto"), tag(tagger, "Laura Becker visited Toronto on Monday ."));
        assertEquals(List.of("ORG Zenith Corp", "PER Robert King"), tag(tagger, "Zenith Corp hired Robert King last year ."));
    }

    @Test
    void printsDevelopmentFiguresEveryEpoch() {
        StringWriter log = new StringWriter();
        NerTagger tagger = train(log);
        String[] lines = log.toString().strip().split("\n");
        assertEquals(SETTINGS.epochs(), lines.length);
        assertTrue(lines[0].startsWith("epoch  1") && lines[0].contains("dev F1 PER"), lines[0]);
        ScoreTable dev = ConllTraining.evaluate(tagger, TinyCorpus.documents(1, 7));
        assertEquals(1.0, dev.f1(null), 1e-9, dev.format());
    }

    @Test
    void sameSeedGivesTheSameModelBytes(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.model");
        Path b = dir.resolve("b.model");
        train(new StringWriter()).save(a);
        train(new StringWriter()).save(b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void aSavedModelTagsAsTheTrainedOne(@TempDir Path dir) throws Exception {
        NerTagger trained = train(new StringWriter());
        Path file = dir.resolve("m.model");
        trained.save(file);
        NerTagger loaded = NerTagger.load(file);
        String text = "Maria Lopez , a spokesman for Hooli Corp , said the talks in Vienna would go on .";
        assertEquals(tag(trained, text), tag(loaded, text));
        assertEquals(List.of("PER Maria Lopez", "ORG Hooli Corp", "LOC Vienna"), tag(loaded, text));
    }

    @Test
    void refusesSettingsOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Settings(0, 18, 1));
        assertTrue(e.getMessage().contains("epochs"));
        assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Settings(5, 30, 1));
    }
}
