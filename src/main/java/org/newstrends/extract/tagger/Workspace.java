package org.newstrends.extract.tagger;

import java.util.Arrays;

/**
 * What tagging one article needs, reused from article to article by one thread: token hashes, word-list
 * matches, the article's memory of earlier decisions, feature indices, and the Viterbi tables.
 *
 * <p>Features of token {@code i}: the word as written and in lower case, its shape, prefixes and suffixes,
 * the two words and shapes either side, word and shape bigrams, the word and shape in sentence context
 * (sentence start, all-capital line), word-list matches of the token and its neighbours, the first and
 * last word of the capitalised run it belongs to, whether the article also writes the word in lower case,
 * and the type this word was given earlier in the article.
 */
final class Workspace {

    static final int MAX_FEATURES = 96;

    private static final int BOS = 0x2F0F0F0F;
    private static final int EOS = 0x3E1E1E1E;

    /** Arrays larger than this many tokens are given back after the article that needed them. */
    private static final int KEEP_TOKENS = 1 << 20;

    private final WordLists lists;
    private int capacity;
    private int sentenceCapacity;
    int[] exactHash;
    int[] lowerHash;
    int[] shapeHash;
    long[] listBits;
    boolean[] capitalised;
    int[] runFirst;
    int[] runLast;
    int[] tags;
    /** Per token of the sentence being tagged (index {@code i - from}): feature indices, their count, Viterbi tables. */
    int[] features;
    int[] featureCount;
    float[] scores;
    int[] back;
    float[] emission;
    private final IntIntMap lowerSeen = new IntIntMap();
    private final IntIntMap earlierType = new IntIntMap();

    Workspace(WordLists lists) {
        this.lists = lists;
        ensure(256);
        ensureSentence(256);
    }

    private void ensure(int n) {
        if (n <= capacity) return;
        capacity = Math.max(n, capacity * 2);
        exactHash = new int[capacity];
        lowerHash = new int[capacity];
        shapeHash = new int[capacity];
        listBits = new long[capacity];
        capitalised = new boolean[capacity];
        runFirst = new int[capacity];
        runLast = new int[capacity];
        tags = new int[capacity];
    }

    /** Makes room for a sentence of {@code n} tokens: the per-sentence tables are indexed from its first token. */
    private void ensureSentence(int n) {
        if (n <= sentenceCapacity) return;
        sentenceCapacity = Math.max(n, sentenceCapacity * 2);
        features = new int[sentenceCapacity * MAX_FEATURES];
        featureCount = new int[sentenceCapacity];
        scores = new float[sentenceCapacity * Tags.COUNT];
        back = new int[sentenceCapacity * Tags.COUNT];
        emission = new float[sentenceCapacity * Tags.COUNT];
    }

    /** Gives back the arrays a very long earlier article needed, so the thread does not keep them. */
    private void shrinkFor(int n) {
        if (capacity > KEEP_TOKENS && n < capacity / 4) capacity = 0;
        if (sentenceCapacity > KEEP_TOKENS) {
            sentenceCapacity = 0;
            ensureSentence(256);
        }
    }

    /** Prepares the article-wide facts of {@code t}; the article's memory starts empty. */
    void prepare(TaggerText t) {
        int n = t.size;
        shrinkFor(n + 1);
        ensure(n + 1);
        lowerSeen.clear();
        earlierType.clear();
        for (int i = 0; i < n; i++) {
            String w = t.words[i];
            exactHash[i] = TokenHash.exact(w);
            lowerHash[i] = TokenHash.lower(w);
            shapeHash[i] = TokenHash.shape(w);
            char c = w.charAt(0);
            capitalised[i] = Character.isUpperCase(c);
            if (Character.isLowerCase(c)) lowerSeen.put(lowerHash[i], 1);
        }
        lists.annotate(t, exactHash, lowerHash, listBits);
        for (int i = 0; i < n; ) {
            if (!capitalised[i]) {
                runFirst[i] = -1;
                runLast[i] = -1;
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && capitalised[j + 1] && !t.sentenceStart[j + 1] && t.field[j + 1] == t.field[i]) j++;
            for (int k = i; k <= j; k++) {
                runFirst[k] = i;
                runLast[k] = j;
            }
            i = j + 1;
        }
    }

    /** The end (exclusive) of the sentence starting at {@code from}. */
    int sentenceEnd(TaggerText t, int from) {
        int j = from + 1;
        while (j < t.size && !t.sentenceStart[j]) j++;
        return j;
    }

    /**
     * Computes the feature indices of tokens [from, to), one sentence, into {@link #features} (token {@code i}
     * at {@code (i - from) * MAX_FEATURES}, its count at {@code featureCount[i - from]}).
     */
    void computeFeatures(TaggerText t, int from, int to, int mask) {
        ensureSentence(to - from);
        for (int i = from; i < to; i++) {
            int base = (i - from) * MAX_FEATURES;
            int k = 0;
            int[] f = features;
            int lw = lowerHash[i];
            int sh = shapeHash[i];
            String w = t.words[i];
            int lm1 = i - 1 >= from ? lowerHash[i - 1] : BOS;
            int lm2 = i - 2 >= from ? lowerHash[i - 2] : BOS;
            int lp1 = i + 1 < to ? lowerHash[i + 1] : EOS;
            int lp2 = i + 2 < to ? lowerHash[i + 2] : EOS;
            int sm1 = i - 1 >= from ? shapeHash[i - 1] : BOS;
            int sp1 = i + 1 < to ? shapeHash[i + 1] : EOS;
            int ctx = (i == from ? 1 : 0) | (t.shout[i] ? 2 : 0);
            f[base + k++] = idx(1, 0, mask);
            f[base + k++] = idx(2, exactHash[i], mask);
            f[base + k++] = idx(3, lw, mask);
            f[base + k++] = idx(4, sh, mask);
            for (int p = 1; p <= 3; p++) {
                int h = TokenHash.prefix(w, p);
                if (h != 0) f[base + k++] = idx(4 + p, h, mask);
            }
            for (int s = 1; s <= 4; s++) {
                int h = TokenHash.suffix(w, s);
                if (h != 0) f[base + k++] = idx(7 + s, h, mask);
            }
            f[base + k++] = idx(12, lm1, mask);
            f[base + k++] = idx(13, lp1, mask);
            f[base + k++] = idx(14, lm2, mask);
            f[base + k++] = idx(15, lp2, mask);
            f[base + k++] = idx(16, sm1, mask);
            f[base + k++] = idx(17, sp1, mask);
            f[base + k++] = idx(18, TokenHash.mix(sm1, sh), mask);
            f[base + k++] = idx(19, TokenHash.mix(sh, sp1), mask);
            f[base + k++] = idx(20, TokenHash.mix(lm1, lw), mask);
            f[base + k++] = idx(21, TokenHash.mix(lw, lp1), mask);
            f[base + k++] = idx(22, TokenHash.mix(ctx, sh), mask);
            f[base + k++] = idx(23, TokenHash.mix(ctx, lw), mask);
            f[base + k++] = idx(24, TokenHash.mix(sm1, TokenHash.mix(sh, sp1)), mask);
            k = listFeatures(f, base, k, 25, listBits[i], mask);
            if (i - 1 >= from) k = listFeatures(f, base, k, 26, listBits[i - 1], mask);
            if (i + 1 < to) k = listFeatures(f, base, k, 27, listBits[i + 1], mask);
            if (capitalised[i]) {
                boolean seenLower = lowerSeen.get(lw) != 0;
                f[base + k++] = idx(28, (seenLower ? 4 : 0) | ctx, mask);
                f[base + k++] = idx(29, earlierType.get(lw), mask);
                int first = runFirst[i];
                int last = runLast[i];
                int len = Math.min(last - first + 1, 4);
                f[base + k++] = idx(30, lowerHash[last], mask);
                f[base + k++] = idx(31, lowerHash[first], mask);
                f[base + k++] = idx(32, len * 8 + Math.min(i - first, 3) * 2 + (i == last ? 1 : 0), mask);
            }
            featureCount[i - from] = k;
        }
    }

    private static int listFeatures(int[] f, int base, int k, int template, long bits, int mask) {
        while (bits != 0 && k < MAX_FEATURES) {
            int b = Long.numberOfTrailingZeros(bits);
            f[base + k++] = idx(template, b, mask);
            bits &= bits - 1;
        }
        return k;
    }

    private static int idx(int template, int value, int mask) {
        return TokenHash.mix(template, value) & mask;
    }

    /**
     * Viterbi decoding of tokens [from, to) under first-order transitions and BILOU constraints, into
     * {@link #tags}. {@code weights} holds {@link Tags#COUNT} scores per feature index.
     */
    void decode(int from, int to, float[] weights, float[] transitions) {
        final int nt = Tags.COUNT;
        for (int i = from; i < to; i++) {
            int eb = (i - from) * nt;
            Arrays.fill(emission, eb, eb + nt, 0f);
            int fb = (i - from) * MAX_FEATURES;
            for (int k = 0, c = featureCount[i - from]; k < c; k++) {
                int wb = features[fb + k] * nt;
                for (int tg = 0; tg < nt; tg++) emission[eb + tg] += weights[wb + tg];
            }
        }
        viterbi(from, to, transitions);
    }

    /**
     * Like {@link #decode(int, int, float[], float[])}, with the 16-bit weights of a trained model, summed as
     * integers.
     */
    void decode(int from, int to, TaggerModel model) {
        final int nt = Tags.COUNT;
        int[] sum = sums;
        float scale = model.scale;
        short[] weights = model.weights;
        for (int i = from; i < to; i++) {
            Arrays.fill(sum, 0);
            int fb = (i - from) * MAX_FEATURES;
            for (int k = 0, c = featureCount[i - from]; k < c; k++) {
                int wb = features[fb + k] * nt;
                for (int tg = 0; tg < nt; tg++) sum[tg] += weights[wb + tg];
            }
            int eb = (i - from) * nt;
            for (int tg = 0; tg < nt; tg++) emission[eb + tg] = sum[tg] * scale;
        }
        viterbi(from, to, model.transitions);
    }

    private final int[] sums = new int[Tags.COUNT];

    private void viterbi(int from, int to, float[] transitions) {
        final int nt = Tags.COUNT;
        for (int tg = 0; tg < nt; tg++) {
            int s = tg;
            scores[s] = Tags.follows(Tags.START, tg) ? emission[s] + transitions[Tags.START * nt + tg]
                    : Float.NEGATIVE_INFINITY;
            back[s] = -1;
        }
        for (int i = from + 1; i < to; i++) {
            int pb = (i - 1 - from) * nt;
            int cb = (i - from) * nt;
            for (int tg = 0; tg < nt; tg++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p : Tags.PREDECESSORS[tg]) {
                    float s = scores[pb + p] + transitions[p * nt + tg];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                scores[cb + tg] = best + emission[cb + tg];
                back[cb + tg] = arg;
            }
        }
        int lb = (to - 1 - from) * nt;
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int tg = 0; tg < nt; tg++) {
            if (Tags.closes(tg) && scores[lb + tg] > best) {
                best = scores[lb + tg];
                arg = tg;
            }
        }
        for (int i = to - 1; i >= from; i--) {
            tags[i] = arg;
            arg = back[(i - from) * nt + arg];
        }
    }

    /** Remembers the types given to the capitalised words of tokens [from, to), for later sentences. */
    void remember(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!capitalised[i]) continue;
            int tg = tags[i];
            earlierType.put(lowerHash[i], tg == Tags.OUTSIDE ? 1 : 2 + Tags.type(tg).ordinal());
        }
    }
}
