package org.newstrends.extract.tagger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;

/**
 * Trains {@link NerTagger} on CoNLL-2003 documents as an averaged structured perceptron: each sentence is
 * decoded with the current weights, and where the best path differs from the gold tags, the gold path's
 * features gain and the predicted path's lose. The final weights are the average over all steps.
 * Deterministic for a given seed: documents are shuffled with it, nothing else is random. Knows no corpus format
 * and scores nothing: the caller gives texts with their gold names and hears of every epoch
 * ({@code org.newstrends.extract.train} trains on CoNLL-2003 and scores a development set).
 */
public final class NerTrainer {

    /**
     * One training text with its gold names.
     *
     * @param text the text, tagged as one field
     * @param gold its names, any type (offsets into {@code text}; the field index is not read)
     */
    public record Example(String text, List<EntitySpan> gold) { }

    /** Hears of every epoch as training goes. */
    public interface EpochListener {
        /**
         * Called after epoch {@code epoch} with the model averaged so far.
         *
         * @param wrongTokens training tokens whose predicted tag was wrong in this epoch
         * @param tokens training tokens of the epoch
         * @param seconds time the epoch took
         */
        void epochDone(int epoch, NerTagger averaged, int wrongTokens, int tokens, double seconds);
    }

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

    /** A trainer with {@code settings}. */
    public NerTrainer(Settings settings) {
        this.settings = settings;
    }

    /** Trains on {@code train}, telling {@code listener} of every epoch; returns the final averaged model. */
    public NerTagger train(List<Example> train, EpochListener listener) {
        WordLists lists = WordLists.shared();
        List<GoldTags> examples = new ArrayList<>();
        for (Example e : train) examples.add(GoldTags.of(e));
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
            for (GoldTags ex : examples) {
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
                            int fb = (i - from) * Workspace.MAX_FEATURES;
                            for (int k = 0; k < ws.featureCount[i - from]; k++) {
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
            listener.epochDone(epoch, averaged, wrongTokens, tokens, seconds);
        }
        return averaged;
    }

    private static float[] average(float[] w, double[] sum, long step) {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) avg[i] = (float) (w[i] - sum[i] / step);
        return avg;
    }

    /** One training text: the tagger's tokens and their gold BILOU tags. */
    private record GoldTags(TaggerText text, int[] gold) {
        static GoldTags of(Example e) {
            TaggerText text = TaggerText.of(List.of(FieldText.of(Field.TEXT, e.text())));
            int[] gold = new int[text.size];
            for (EntitySpan s : e.gold()) {
                int first = -1;
                int last = -1;
                for (int i = 0; i < text.size; i++) {
                    if (text.start[i] >= s.start() && text.end[i] <= s.end()) {
                        if (first < 0) first = i;
                        last = i;
                    }
                }
                if (first < 0) continue;
                for (int i = first; i <= last; i++) gold[i] = Tags.at(s.type(), i - first, last - first + 1);
            }
            return new GoldTags(text, gold);
        }
    }
}
