package org.newstrends.extract.tagger;

import org.newstrends.extract.text.Surface;
import java.util.List;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Token;

/**
 * The tokens of an article as the tagger reads them: the project's tokens of each field, with a possessive
 * ("Israel's") split into the name and {@code 's} as CoNLL-2003 writes it, and sentence starts and
 * all-capital lines marked. Arrays, not objects, so tagging allocates little.
 */
final class TaggerText {

    private static final int SHORT_LINE = 6;

    final int size;
    final String[] words;
    final int[] field;
    final int[] start;
    final int[] end;
    /** True where a new sentence (the unit of decoding) begins. */
    final boolean[] sentenceStart;
    /** True for tokens of a line written in capitals (a headline). */
    final boolean[] shout;

    private TaggerText(int capacity) {
        words = new String[capacity];
        field = new int[capacity];
        start = new int[capacity];
        end = new int[capacity];
        sentenceStart = new boolean[capacity];
        shout = new boolean[capacity];
        size = 0;
    }

    private TaggerText(TaggerText b, int size) {
        this.size = size;
        this.words = b.words;
        this.field = b.field;
        this.start = b.start;
        this.end = b.end;
        this.sentenceStart = b.sentenceStart;
        this.shout = b.shout;
    }

    /** The tagger's tokens of {@code fields}, field after field. */
    static TaggerText of(List<FieldText> fields) {
        int capacity = 0;
        for (FieldText f : fields) capacity += f.tokens().size() * 2;
        TaggerText b = new TaggerText(Math.max(capacity, 1));
        int n = 0;
        for (int fi = 0; fi < fields.size(); fi++) {
            FieldText f = fields.get(fi);
            String text = f.text();
            List<Token> tokens = f.tokens();
            int fieldFirst = n;
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                String s = t.text();
                if (s.equals("'") && k + 1 < tokens.size() && tokens.get(k + 1).text().equals("s")
                        && tokens.get(k + 1).start() == t.end()) {
                    n = add(b, n, "'s", fi, t.start(), t.end() + 1, t.sentenceStart(), text, fieldFirst);
                    k++;
                    continue;
                }
                int cut = possessiveCut(s);
                if (cut > 0) {
                    n = add(b, n, s.substring(0, cut), fi, t.start(), t.start() + cut, t.sentenceStart(), text, fieldFirst);
                    n = add(b, n, "'s", fi, t.start() + cut, t.end(), false, text, fieldFirst);
                } else {
                    n = add(b, n, s, fi, t.start(), t.end(), t.sentenceStart(), text, fieldFirst);
                }
            }
            markShouting(b, text, fieldFirst, n);
            int lineFirst = fieldFirst;
            for (int i = fieldFirst + 1; i < n; i++) {
                if (!newlineBetween(text, b.end[i - 1], b.start[i])) continue;
                if (!b.sentenceStart[i] && lineStartsSentence(b, i, i - lineFirst)) b.sentenceStart[i] = true;
                lineFirst = i;
            }
        }
        return new TaggerText(b, n);
    }

    /** Length of the name before a possessive {@code 's} ending the token, or 0. */
    private static int possessiveCut(String s) {
        return Surface.hasPossessive(s) ? s.length() - 2 : 0;
    }

    private static int add(TaggerText b, int n, String word, int fi, int s, int e, boolean tokenizerStart,
                           String text, int fieldFirst) {
        b.words[n] = word;
        b.field[n] = fi;
        b.start[n] = s;
        b.end[n] = e;
        b.sentenceStart[n] = n == fieldFirst || tokenizerStart;
        return n + 1;
    }

    /**
     * A token first on its line opens a sentence when the line before ends as a sentence, a dateline or a
     * table row does (in sentence punctuation, a closing bracket or a number), when it is short (a list
     * entry), or when either line is a headline in capitals. Hard-wrapped text ("Securities and Exchange" /
     * "Commission") keeps its names whole.
     */
    private static boolean lineStartsSentence(TaggerText b, int n, int previousLineTokens) {
        if (previousLineTokens <= SHORT_LINE) return true;
        String prev = b.words[n - 1];
        char last = prev.charAt(prev.length() - 1);
        return Character.isDigit(last) || ".!?:;)\"'".indexOf(last) >= 0 || b.shout[n - 1] || b.shout[n];
    }

    private static boolean newlineBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') return true;
        }
        return false;
    }

    /** Marks the tokens of each line of [from, to) that is mostly written in capitals. */
    private static void markShouting(TaggerText b, String text, int from, int to) {
        int lineFrom = from;
        for (int i = from; i <= to; i++) {
            boolean lineEnds = i == to || (i > from && newlineBetween(text, b.end[i - 1], b.start[i]));
            if (!lineEnds) continue;
            int letters = 0;
            int caps = 0;
            for (int k = lineFrom; k < i; k++) {
                String w = b.words[k];
                if (w.length() < 2 || !Character.isLetter(w.charAt(0))) continue;
                letters++;
                if (noLowerCase(w)) caps++;
            }
            boolean shouting = letters >= 2 && caps * 4 >= letters * 3;
            for (int k = lineFrom; k < i; k++) b.shout[k] = shouting;
            lineFrom = i;
        }
    }

    private static boolean noLowerCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) return false;
        }
        return true;
    }
}
