package org.newstrends.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word and punctuation tokens with character offsets.
 *
 * <p>Keeps together what news names are made of: abbreviations with dots ("U.S.", "U.N.", "Mr."),
 * possessives ("Israel's" stays one token; callers strip the suffix), hyphenated names ("Austin-Gallant",
 * "al-Sisi"), accented letters ("São Paulo", "Zelenskyy"), apostrophes inside names ("O'Brien"),
 * numbers with separators ("1,200", "3.5"). Marks the first token of each sentence.
 */
public final class Tokenizer {

    private Tokenizer() { }

    /** Tokenizes {@code text}; never null, empty for null or blank text. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) return tokens;
        int n = text.length();
        int i = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n' && blankLineAhead(text, i)) sentenceStart = true;
                i++;
                continue;
            }
            int start = i;
            int end;
            if (Character.isLetterOrDigit(c)) {
                end = wordEnd(text, i);
            } else {
                end = i + 1;
            }
            String t = text.substring(start, end);
            tokens.add(new Token(t, start, end, sentenceStart));
            sentenceStart = endsSentence(t, text, end);
            i = end;
        }
        return tokens;
    }

    private static boolean blankLineAhead(String text, int newline) {
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return true;
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '&') && j + 1 < n
                    && Character.isLetterOrDigit(text.charAt(j + 1)) && j > i) {
                j++;
            } else if ((c == '.' || c == ',') && j + 1 < n && Character.isDigit(text.charAt(j + 1))
                    && Character.isDigit(text.charAt(j - 1))) {
                j++;
            } else if (c == '.' && isAbbreviationDot(text, i, j)) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * A dot belongs to the word for single-letter segments ("U.S.", "U.N.") and for common title
     * abbreviations ("Mr.", "Dr.", "Gen.").
     */
    private static boolean isAbbreviationDot(String text, int wordStart, int dot) {
        int segStart = dot;
        while (segStart > wordStart && text.charAt(segStart - 1) != '.') segStart--;
        int segLen = dot - segStart;
        if (segLen == 1 && Character.isLetter(text.charAt(segStart))
                && Character.isUpperCase(text.charAt(segStart))) {
            return true;
        }
        if (segStart == wordStart) {
            String word = text.substring(wordStart, dot);
            return Abbreviations.TITLES.contains(word);
        }
        return false;
    }

    private static boolean endsSentence(String token, String text, int end) {
        if (token.equals("!") || token.equals("?")) return true;
        if (token.equals(".")) return true;
        if (token.endsWith(".") && token.length() > 1) {
            String bare = token.substring(0, token.length() - 1);
            if (Abbreviations.TITLES.contains(bare)) return false;
            // "U.S." at the end of a sentence: a following capital after the space decides
            int k = end;
            while (k < text.length() && text.charAt(k) == ' ') k++;
            return k >= text.length() || text.charAt(k) == '\n';
        }
        return false;
    }

    /** Abbreviations that keep their dot. */
    static final class Abbreviations {
        static final java.util.Set<String> TITLES = java.util.Set.of(
                "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Maj",
                "Sgt", "Adm", "Cmdr", "St", "Jr", "Sr", "Rev", "Hon", "Pres", "Inc", "Corp", "Ltd", "Co",
                "No", "vs", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec");
    }
}
