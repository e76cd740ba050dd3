package org.newstrends.aggregate;

import java.util.Arrays;
import java.util.List;

/**
 * Word shingles: every run of {@value #WORDS} consecutive words of an article's {@link CopyText compared text},
 * each hashed to a number below {@link #FEATURES}, as a sorted array without repeats. Near copies share most of
 * their shingles; the Jaccard similarity of two arrays is the share they have in common.
 */
public final class Shingles {
    /** Words per shingle. */
    public static final int WORDS = 5;
    /** The size of the hashed shingle space (the dimension of the vectors MinHash reads). */
    public static final int FEATURES = 1 << 28;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Shingles() { }

    /** The hashed shingles of {@code words}: one shingle of all words when there are fewer than {@value #WORDS}. */
    public static int[] of(List<String> words) {
        if (words.isEmpty()) return new int[0];
        long[] wordHashes = new long[words.size()];
        for (int w = 0; w < wordHashes.length; w++) wordHashes[w] = wordHash(words.get(w));
        int n = Math.max(1, words.size() - WORDS + 1);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            long h = FNV_OFFSET;
            for (int w = i; w < Math.min(words.size(), i + WORDS); w++) {
                h = (Long.rotateLeft(h, 23) ^ wordHashes[w]) * GOLDEN;
            }
            h ^= h >>> 31;
            out[i] = (int) ((h ^ (h >>> 29)) & (FEATURES - 1));
        }
        Arrays.sort(out);
        return distinct(out);
    }

    /** FNV-1a over the characters of one word: each word is hashed once, its shingles combine the hashes. */
    private static long wordHash(String word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) h = (h ^ word.charAt(i)) * FNV_PRIME;
        return h;
    }

    /** The shingles of an article's text. */
    public static int[] ofText(String text) {
        return of(CopyText.words(text));
    }

    /** {@code shingles} without the members of {@code common} (sorted, without repeats). */
    public static int[] without(int[] shingles, java.util.Set<Integer> common) {
        if (common.isEmpty()) return shingles;
        int[] out = new int[shingles.length];
        int n = 0;
        for (int s : shingles) if (!common.contains(s)) out[n++] = s;
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** |a ∩ b| for two sorted arrays without repeats. */
    public static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** The Jaccard similarity |a ∩ b| / |a ∪ b| of two sorted arrays without repeats; 0 when both are empty. */
    public static double jaccard(int[] a, int[] b) {
        int common = common(a, b);
        int union = a.length + b.length - common;
        return union == 0 ? 0.0 : common / (double) union;
    }

    private static int[] distinct(int[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) sorted[n++] = sorted[i];
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
}
