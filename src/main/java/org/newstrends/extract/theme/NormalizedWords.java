package org.newstrends.extract.theme;

import org.newstrends.extract.text.Surface;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.newstrends.extract.text.Token;

/**
 * The tokens of one field as the theme matcher sees them: lower case, possessive "'s" removed, and a
 * hyphenated word that the taxonomy does not list ("Israel-Palestine") split into its parts, each with
 * its own offsets. Punctuation stays in the sequence so that a phrase never spans it.
 */
final class NormalizedWords {

    private String[] words;
    private int[] starts;
    private int[] ends;
    private int size;

    private NormalizedWords(int capacity) {
        words = new String[Math.max(capacity, 4)];
        starts = new int[words.length];
        ends = new int[words.length];
    }

    /** Normalises {@code tokens}; {@code vocabulary} holds the hyphenated words kept whole. */
    static NormalizedWords of(List<Token> tokens, Set<String> vocabulary) {
        NormalizedWords out = new NormalizedWords(tokens.size() + 8);
        for (Token token : tokens) {
            String text = token.text();
            int start = token.start();
            if (!Character.isLetterOrDigit(text.charAt(0))) {
                out.add(text, start, token.end());
                continue;
            }
            String word = Surface.withoutPossessive(Surface.lowerCaseSameLength(text));
            if (word.indexOf('-') > 0 && !vocabulary.contains(word)) {
                int partStart = 0;
                for (int k = 0; k <= word.length(); k++) {
                    if (k == word.length() || word.charAt(k) == '-') {
                        if (k > partStart) out.add(word.substring(partStart, k), start + partStart, start + k);
                        partStart = k + 1;
                    }
                }
            } else {
                out.add(word, start, start + word.length());
            }
        }
        return out;
    }

    private void add(String word, int start, int end) {
        if (size == words.length) {
            int capacity = size * 2;
            words = Arrays.copyOf(words, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        words[size] = word;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    String word(int i) {
        return words[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }
}
