package org.newstrends.extract.tagger;

/** Allocation-free hashes of token text that the tagger's features and word lists share. */
final class TokenHash {

    private TokenHash() { }

    /** Hash of the token as written. */
    static int exact(String s) {
        return s.hashCode();
    }

    /** Hash of the token in lower case with every digit read as 0 ("1996" and "2024" alike). */
    static int lower(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) h = 31 * h + fold(s.charAt(i));
        return h;
    }

    /** Hash of the first {@code k} characters, folded as in {@link #lower}; 0 when the token is shorter. */
    static int prefix(String s, int k) {
        if (s.length() < k) return 0;
        int h = 7 + k;
        for (int i = 0; i < k; i++) h = 31 * h + fold(s.charAt(i));
        return h;
    }

    /** Hash of the last {@code k} characters, folded as in {@link #lower}; 0 when the token is shorter. */
    static int suffix(String s, int k) {
        int n = s.length();
        if (n < k) return 0;
        int h = 11 + k;
        for (int i = n - k; i < n; i++) h = 31 * h + fold(s.charAt(i));
        return h;
    }

    /**
     * Hash of the word's shape: upper-case letters as X, lower-case as x, digits as d, other characters as
     * themselves, runs of one class written once ("McDonald" = "XxXx", "1996-08-30" = "d-d-d").
     */
    static int shape(String s) {
        int h = 3;
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
                    : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'l' : c;
            if (k != last) h = 31 * h + k;
            last = k;
        }
        return h * 31 + Math.min(s.length(), 5);
    }

    private static char fold(char c) {
        if (c >= '0' && c <= '9') return '0';
        return Character.toLowerCase(c);
    }

    /** Mixes two hashes into a well-spread 32-bit value. */
    static int mix(int a, int b) {
        long h = (a * 0x9E3779B97F4A7C15L) ^ (b + 0x632BE59BD9B4E019L);
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (int) h;
    }

    /** Extends a phrase hash by one token hash. */
    static long extend(long phrase, int token) {
        long h = (phrase ^ token) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
