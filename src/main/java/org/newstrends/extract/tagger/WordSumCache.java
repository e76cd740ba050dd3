package org.newstrends.extract.tagger;

import java.util.Arrays;

/**
 * The weight sums of the words one thread has tagged, by word, found by the word's hash and checked against
 * the word itself. Holds at most {@link #MAX_WORDS} words, then starts over; the sums are exact, so what it
 * holds never changes a result.
 */
final class WordSumCache {

    /** Distinct words kept before starting over (their sums take about 6 MB). */
    static final int MAX_WORDS = 1 << 14;

    private final String[] words = new String[MAX_WORDS * 2];
    private final int[][] sums = new int[MAX_WORDS * 2][];
    private int size;

    /** The sums of {@code word} (whose {@link TokenHash#exact} hash is {@code hash}), or null. */
    int[] get(String word, int hash) {
        int mask = words.length - 1;
        for (int i = slot(hash, mask); words[i] != null; i = (i + 1) & mask) {
            if (words[i].equals(word)) return sums[i];
        }
        return null;
    }

    /** Keeps the sums of a word {@link #get} did not find. */
    void put(String word, int hash, int[] wordSums) {
        if (size == MAX_WORDS) {
            Arrays.fill(words, null);
            Arrays.fill(sums, null);
            size = 0;
        }
        int mask = words.length - 1;
        int i = slot(hash, mask);
        while (words[i] != null) i = (i + 1) & mask;
        words[i] = word;
        sums[i] = wordSums;
        size++;
    }

    private static int slot(int hash, int mask) {
        return TokenHash.mix(hash, 29) & mask;
    }
}
