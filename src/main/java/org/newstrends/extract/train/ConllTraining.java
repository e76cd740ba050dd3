package org.newstrends.extract.train;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newstrends.extract.eval.ConllDocument;
import org.newstrends.extract.eval.ScoreTable;
import org.newstrends.extract.eval.Span;
import org.newstrends.extract.tagger.NerTagger;
import org.newstrends.extract.tagger.NerTrainer;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.NameType;
import org.newstrends.extract.text.SpanTagger;

/**
 * Trains the name tagger ({@link NerTrainer}) on CoNLL-2003 documents and prints, after every epoch, the training
 * errors and the exact-span figures of the raw tagger on a development set.
 */
public final class ConllTraining {

    /** Types scored on the development set (MISC is trained but not scored). */
    public static final Set<String> SCORED = Set.of("PER", "LOC", "ORG");

    private final NerTrainer trainer;
    private final PrintWriter log;

    /** A training run with {@code settings} that reports each epoch to {@code log}. */
    public ConllTraining(NerTrainer.Settings settings, PrintWriter log) {
        this.trainer = new NerTrainer(settings);
        this.log = log;
    }

    /** Trains on {@code train}, printing development-set figures on {@code dev} (may be empty) after every epoch. */
    public NerTagger train(List<ConllDocument> train, List<ConllDocument> dev) {
        List<NerTrainer.Example> examples = new ArrayList<>(train.size());
        for (ConllDocument d : train) examples.add(example(d));
        return trainer.train(examples, (epoch, tagger, wrongTokens, tokens, seconds) -> {
            ScoreTable scores = dev.isEmpty() ? null : evaluate(tagger, dev);
            log.printf(Locale.ROOT, "epoch %2d  train token errors %6d of %d  %5.1f s", epoch, wrongTokens, tokens, seconds);
            if (scores != null) {
                log.printf(Locale.ROOT, "  dev F1 PER %.4f LOC %.4f ORG %.4f micro %.4f (P %.4f R %.4f)",
                        scores.f1("PER"), scores.f1("LOC"), scores.f1("ORG"), scores.f1(null), scores.precision(null),
                        scores.recall(null));
            }
            log.println();
            log.flush();
        });
    }

    /** A CoNLL document as a training text with its gold names. */
    static NerTrainer.Example example(ConllDocument d) {
        List<EntitySpan> gold = new ArrayList<>(d.gold().size());
        for (Span s : d.gold()) gold.add(new EntitySpan(0, s.start(), s.end(), NameType.valueOf(s.type())));
        return new NerTrainer.Example(d.text(), gold);
    }

    /** Exact-span scores of {@code tagger} on {@code docs}, PER, LOC and ORG. */
    public static ScoreTable evaluate(SpanTagger tagger, List<ConllDocument> docs) {
        ScoreTable scores = new ScoreTable();
        for (ConllDocument d : docs) {
            Set<Span> gold = new TreeSet<>();
            for (Span s : d.gold()) {
                if (SCORED.contains(s.type())) gold.add(s);
            }
            Set<Span> predicted = new TreeSet<>();
            for (EntitySpan e : tagger.tag(List.of(FieldText.of(Field.TEXT, d.text())))) {
                if (SCORED.contains(e.type().name())) predicted.add(new Span(e.start(), e.end(), e.type().name()));
            }
            for (Span p : predicted) {
                if (gold.contains(p)) scores.truePositive(p.type());
                else scores.falsePositive(p.type());
            }
            for (Span g : gold) {
                if (!predicted.contains(g)) scores.falseNegative(g.type());
            }
        }
        return scores;
    }
}
