package org.newstrends.extract.text;

import java.util.Locale;

/**
 * How names are written and compared, one rule for every extraction method: the possessive {@code 's} a name
 * carries ("Israel's", "U.S.'s", "ISRAEL'S", "Israel’s"), a trailing abbreviation dot ("Gen."), runs of white
 * space inside a name (a wrapped line), and the case keys lexicons are looked up by.
 */
public final class Surface {

    private Surface() { }

    /**
     * True when {@code s} ends in a possessive: an apostrophe ({@code '} or {@code ’}) and {@code s} or {@code S}
     * right after a character of the name (not after a space: "MOODY 'S" as a tokenised text writes it is left).
     */
    public static boolean hasPossessive(CharSequence s) {
        return possessiveStart(s, 0, s.length()) < s.length();
    }

    /** {@code s} without its possessive ({@link #hasPossessive}), else {@code s} itself. */
    public static String withoutPossessive(String s) {
        return s.substring(0, possessiveStart(s, 0, s.length()));
    }

    /**
     * Where the possessive that ends {@code text[from, to)} starts ({@link #hasPossessive}), or {@code to} when it
     * has none.
     */
    public static int possessiveStart(CharSequence text, int from, int to) {
        if (to - from < 3) return to;
        char s = text.charAt(to - 1);
        char apostrophe = text.charAt(to - 2);
        boolean possessive = (s == 's' || s == 'S') && (apostrophe == '\'' || apostrophe == '\u2019')
                && !Character.isWhitespace(text.charAt(to - 3));
        return possessive ? to - 2 : to;
    }

    /** The end offset of token {@code t} without its possessive. */
    public static int coreEnd(Token t) {
        return t.start() + possessiveStart(t.text(), 0, t.text().length());
    }

    /** {@code s} without one trailing dot ("Gen." is "Gen"); a lone "." stays. */
    public static String withoutTrailingDot(String s) {
        return s.length() > 1 && s.charAt(s.length() - 1) == '.' ? s.substring(0, s.length() - 1) : s;
    }

    /** Collapses runs of white space (a line break in a wrapped name) to one space and trims. */
    public static String normaliseSpaces(String s) {
        if (spacesNormalised(s)) return s;
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when every white space in {@code s} is one space between two other characters. */
    private static boolean spacesNormalised(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)
                    && (c != ' ' || i == 0 || i == n - 1 || Character.isWhitespace(s.charAt(i - 1)))) {
                return false;
            }
        }
        return true;
    }

    /** The key a name is looked up by in capitals ("WHITE HOUSE" for "White House"). */
    public static String upperKey(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** The key a name is looked up by ignoring case. */
    public static String lowerKey(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The key a title is looked up by: lower case, without a trailing dot ("Gen." and "gen" match alike). */
    public static String titleKey(String s) {
        return lowerKey(withoutTrailingDot(s));
    }

    /** The word with its first character as written and the rest in lower case ("CORP" is "Corp"). */
    public static String titleCase(String s) {
        return s.isEmpty() ? s : s.charAt(0) + lowerKey(s.substring(1));
    }

    /**
     * {@code s} in lower case with its length kept, so offsets into it stay valid ("İ" would grow under
     * {@link String#toLowerCase}).
     */
    public static String lowerCaseSameLength(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.length() == s.length()) return lower;
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) chars[i] = Character.toLowerCase(chars[i]);
        return new String(chars);
    }

    /** True when {@code s} holds at least one lower-case letter (names without one also match in capitals). */
    public static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) return true;
        }
        return false;
    }

    /** The number of letters in {@code s}. */
    public static int letterCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) n++;
        }
        return n;
    }
}
