package org.newstrends.extract.tagger;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.newstrends.extract.eval.ConllDocument;
import org.newstrends.extract.eval.ScoreTable;
import org.newstrends.extract.eval.Span;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.NameType;
import org.newstrends.extract.text.SpanTagger;

/**
 * Trains {@link NerTagger} on CoNLL-2003 documents as an averaged structured perceptron: each sentence is
 * decoded with the current weights, and where the best path differs from the gold tags, the gold path's
 * features gain and the predicted path's lose. The final weights are the average over all steps.
 * Deterministic for a given seed: documents are shuffled with it, nothing else is random.
 */
public final class NerTrainer {

    /** Types scored on the development set (MISC is trained but not scored). */
    public static final Set<String> SCORED = Set.of("PER", "LOC", "ORG");

    /**
     * How to train.
     *
     * @param epochs passes over the training documents
     * @param bits the feature table has 2^bits rows
     * @param seed seed of the document shuffle
     */
    public record Settings(int epochs, int bits, long seed) {
        /** Checks the ranges. */
        public Settings {
            if (epochs < 1 || epochs > 100) throw new IllegalArgumentException("epochs must be 1..100 (got " + epochs + ")");
            if (bits < 16 || bits > 22) throw new IllegalArgumentException("bits must be 16..22 (got " + bits + ")");
        }
    }

    private final Settings settings;
    private final PrintWriter log;

    /** A trainer that reports each epoch to {@code log}. */
    public NerTrainer(Settings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log;
    }

    /** Trains on {@code train}, printing development-set figures on {@code dev} after every epoch. */
    public NerTagger train(List<ConllDocument> train, List<ConllDocument> dev) {
        WordLists lists = WordLists.shared();
        List<Example> examples = new ArrayList<>();
        for (ConllDocument d : train) examples.add(Example.of(d));
        int nt = Tags.COUNT;
        int mask = (1 << settings.bits()) - 1;
        float[] w = new float[(mask + 1) * nt];
        double[] wSum = new double[w.length];
        float[] tr = new float[(nt + 1) * nt];
        double[] trSum = new double[tr.length];
        Workspace ws = new Workspace(lists);
        long step = 1;
        NerTagger averaged = null;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            long t0 = System.nanoTime();
            Collections.shuffle(examples, new Random(settings.seed() * 1_000_003L + epoch));
            int wrongTokens = 0;
            int tokens = 0;
            for (Example ex : examples) {
                TaggerText text = ex.text;
                ws.prepare(text);
                for (int from = 0; from < text.size; ) {
                    int to = ws.sentenceEnd(text, from);
                    ws.computeFeatures(text, from, to, mask);
                    ws.decode(from, to, w, tr);
                    int prevGold = Tags.START;
                    int prevPred = Tags.START;
                    for (int i = from; i < to; i++) {
                        int gold = ex.gold[i];
                        int pred = ws.tags[i];
                        tokens++;
                        if (gold != pred) {
                            wrongTokens++;
                            int fb = i * Workspace.MAX_FEATURES;
                            for (int k = 0; k < ws.featureCount[i]; k++) {
                                int row = ws.features[fb + k] * nt;
                                w[row + gold] += 1f;
                                wSum[row + gold] += step;
                                w[row + pred] -= 1f;
                                wSum[row + pred] -= step;
                            }
                        }
                        if (gold != pred || prevGold != prevPred) {
                            tr[prevGold * nt + gold] += 1f;
                            trSum[prevGold * nt + gold] += step;
                            tr[prevPred * nt + pred] -= 1f;
                            trSum[prevPred * nt + pred] -= step;
                        }
                        prevGold = gold;
                        prevPred = pred;
                    }
                    ws.remember(from, to);
                    step++;
                    from = to;
                }
            }
            averaged = new NerTagger(new TaggerModel(settings.bits(), average(w, wSum, step), average(tr, trSum, step)), lists);
            double seconds = (System.nanoTime() - t0) / 1e9;
            ScoreTable dev1 = dev.isEmpty() ? null : evaluate(averaged, dev);
            log.printf(Locale.ROOT, "epoch %2d  train token errors %6d of %d  %5.1f s", epoch, wrongTokens, tokens, seconds);
            if (dev1 != null) {
                log.printf(Locale.ROOT, "  dev F1 PER %.4f LOC %.4f ORG %.4f micro %.4f (P %.4f R %.4f)",
                        dev1.f1("PER"), dev1.f1("LOC"), dev1.f1("ORG"), dev1.f1(null), dev1.precision(null), dev1.recall(null));
            }
            log.println();
            log.flush();
        }
        return averaged;
    }

    private static float[] average(float[] w, double[] sum, long step) {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) avg[i] = (float) (w[i] - sum[i] / step);
        return avg;
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

    /** One training document: the tagger's tokens and their gold BILOU tags. */
    private record Example(TaggerText text, int[] gold) {
        static Example of(ConllDocument d) {
            TaggerText text = TaggerText.of(List.of(FieldText.of(Field.TEXT, d.text())));
            int[] gold = new int[text.size];
            for (Span s : d.gold()) {
                NameType type = NameType.valueOf(s.type());
                int first = -1;
                int last = -1;
                for (int i = 0; i < text.size; i++) {
                    if (text.start[i] >= s.start() && text.end[i] <= s.end()) {
                        if (first < 0) first = i;
                        last = i;
                    }
                }
                if (first < 0) continue;
                for (int i = first; i <= last; i++) gold[i] = Tags.at(type, i - first, last - first + 1);
            }
            return new Example(text, gold);
        }
    }
}
