package org.newstrends.extract.tagger;

/**
 * Phrase hashes (see {@link TokenHash#extend}) to bit sets of word-list classes, in open addressing so a
 * lookup allocates nothing. A phrase's proper prefixes carry {@link #PREFIX} so matching can stop early.
 */
final class PhraseIndex {

    /** Set on every proper prefix of a stored phrase. */
    static final int PREFIX = 1 << 30;

    private long[] keys = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;

    /** Adds {@code bits} to the phrase of token hashes {@code tokens}, and marks its prefixes. */
    void add(int[] tokens, int bits) {
        long h = start();
        for (int i = 0; i < tokens.length; i++) {
            h = TokenHash.extend(h, tokens[i]);
            put(h, i == tokens.length - 1 ? bits : PREFIX);
        }
    }

    /** The bits of phrase hash {@code h}, 0 when absent. */
    int get(long h) {
        if (h == 0) h = 1;
        int mask = keys.length - 1;
        int i = slot(h, mask);
        while (true) {
            long k = keys[i];
            if (k == h) return values[i];
            if (k == 0) return 0;
            i = (i + 1) & mask;
        }
    }

    /** The hash a phrase starts from. */
    static long start() {
        return 0x51ED270B27C4A3F1L;
    }

    private void put(long h, int bits) {
        if (h == 0) h = 1;
        if ((size + 1) * 2 > keys.length) grow();
        int mask = keys.length - 1;
        int i = slot(h, mask);
        while (keys[i] != 0 && keys[i] != h) i = (i + 1) & mask;
        if (keys[i] == 0) {
            keys[i] = h;
            size++;
        }
        values[i] |= bits;
    }

    private static int slot(long h, int mask) {
        return (int) (h ^ (h >>> 29)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) put(oldKeys[i], oldValues[i]);
        }
    }
}
