package org.newstrends.extract.actor;

import java.util.List;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Surface;
import org.newstrends.extract.text.Token;

/**
 * One token as actor finding sees it: the possessive "'s" cut off, with the facts of its case and of its line
 * (a headline in capitals, a heading in title case, a line of numbers such as a results table).
 */
final class NameToken {
    final String text;
    final String original;
    final int start;
    final int end;
    final boolean word;
    final boolean cap;
    final boolean allCaps;
    final boolean possessive;
    boolean sentenceStart;
    boolean newlineBefore;
    boolean shout;
    boolean numericLine;
    boolean headingLine;

    private NameToken(Token t) {
        String s = t.text();
        boolean poss = Surface.hasPossessive(s);
        this.original = s;
        this.text = poss ? s.substring(0, s.length() - 2) : s;
        this.start = t.start();
        this.end = poss ? t.end() - 2 : t.end();
        this.possessive = poss;
        char c = s.charAt(0);
        this.word = Character.isLetterOrDigit(c);
        this.cap = Character.isUpperCase(c);
        this.allCaps = t.allCaps();
        this.sentenceStart = t.sentenceStart();
    }

    /** The tokens of {@code field}, a line break opening a sentence, each line's kind marked on its tokens. */
    static NameToken[] of(FieldText field) {
        List<Token> tokens = field.tokens();
        NameToken[] p = new NameToken[tokens.size()];
        String text = field.text();
        int lineStart = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = new NameToken(tokens.get(i));
            int from = i == 0 ? 0 : p[i - 1].end;
            boolean newline = i == 0;
            for (int k = from; k < p[i].start && !newline; k++) {
                if (text.charAt(k) == '\n') newline = true;
            }
            p[i].newlineBefore = newline;
            if (newline) {
                p[i].sentenceStart = true;
                markLine(p, lineStart, i);
                lineStart = i;
            }
        }
        markLine(p, lineStart, p.length);
        return p;
    }

    /**
     * Marks a line as shouting (a headline in capitals) when most of its words are in capitals, as a heading when
     * nearly all its long words are capitalised and it ends without sentence punctuation or numbers, and as numeric
     * when numbers and symbols make up much of it.
     */
    private static void markLine(NameToken[] p, int from, int to) {
        int words = 0;
        int caps = 0;
        for (int i = from; i < to; i++) {
            if (!p[i].word || p[i].text.length() < 2 || !Character.isLetter(p[i].text.charAt(0))) continue;
            words++;
            if (p[i].allCaps) caps++;
        }
        boolean shout = caps >= 2 && caps * 10 >= words * 7;
        int longWords = 0;
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            if (p[i].word && p[i].text.length() >= 4 && Character.isLetter(p[i].text.charAt(0))) {
                longWords++;
                if (p[i].cap) capitalised++;
            }
        }
        String lastToken = to > from ? p[to - 1].text : "";
        boolean heading = longWords >= 3 && capitalised * 10 >= longWords * 8
                && !lastToken.equals(".") && !lastToken.equals("?") && !lastToken.equals("!");
        int numbers = 0;
        int symbols = 0;
        for (int i = from; i < to; i++) {
            if (Character.isDigit(p[i].text.charAt(0))) numbers++;
            else if (!p[i].word) symbols++;
        }
        heading &= numbers == 0;
        boolean numeric = numbers >= 2 && (numbers + symbols) * 10 >= (to - from) * 4;
        for (int i = from; i < to; i++) {
            p[i].shout = shout;
            p[i].numericLine = numeric;
            p[i].headingLine = heading;
        }
    }

    /** True for an initial with its dot ("M."). */
    boolean isInitial() {
        return text.length() == 2 && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.';
    }

    /** True for a quotation mark. */
    boolean isQuote() {
        return text.equals("\"") || text.equals("\u201c") || text.equals("\u201d") || text.equals("'")
                || text.equals("\u2018") || text.equals("\u2019");
    }

    /** True for "v", "vs" and their dotted forms, as results tables write them. */
    static boolean isVersus(String s) {
        return s.equals("v") || s.equals("vs") || s.equals("vs.") || s.equals("v.");
    }
}
