package org.newstrends.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text two articles are compared by when looking for copies: the article's text without agency lines
 * (credit lines such as "Reporting by ...", "(c) 2024 Agency", a line in brackets, a leading wire tag or
 * dateline such as "LONDON (Wire) — "), lower-cased, every run of characters other than letters and digits
 * made one space. Plain Java; the same text always gives the same words.
 */
public final class CopyText {
    /** The longest line, in words, that can be an agency line. */
    static final int AGENCY_LINE_MAX_WORDS = 12;

    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^\\s*(by|reporting by|writing by|editing by|additional reporting|compiled by|copyright|©|\\(c\\)"
                    + "|source:|distributed by|via)(\\s|$|\\b).*");
    private static final Pattern BRACKETED_LINE = Pattern.compile("^\\s*[\\[(][^\\])]*[\\])]\\s*$");
    private static final Pattern LEADING_TAG = Pattern.compile(
            "^\\s*(?:\\p{Lu}[\\p{Lu} .,'-]*?)?\\s*(?:\\([^)]{1,40}\\))?\\s*(?:,\\s*\\p{Lu}\\p{Ll}+\\.? \\d{1,2})?"
                    + "\\s*[—–-]+\\s+");
    private static final Pattern HAS_WIRE_OR_CAPS = Pattern.compile("^\\s*(\\p{Lu}{2,}|\\()");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CopyText() { }

    /** The compared form of {@code text}: agency lines dropped, lower case, words separated by one space. */
    public static String normalized(String text) {
        if (text == null) return "";
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank() || isAgencyLine(line)) continue;
            kept.add(kept.isEmpty() ? withoutLeadingTag(line) : line);
        }
        String joined = String.join(" ", kept).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(joined).replaceAll(" ").strip();
    }

    /** The words of {@code text}'s compared form, in order. */
    public static List<String> words(String text) {
        String normalized = normalized(text);
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    /** True when {@code line} is a credit line or a line in brackets of at most {@value #AGENCY_LINE_MAX_WORDS} words. */
    static boolean isAgencyLine(String line) {
        if (wordsMoreThan(line, AGENCY_LINE_MAX_WORDS)) return false;
        return CREDIT_LINE.matcher(line).matches() || BRACKETED_LINE.matcher(line).matches();
    }

    /**
     * True when {@code line} has more than {@code max} runs of characters other than ASCII white space (the words
     * of {@code \\s+}), counting no further.
     */
    static boolean wordsMoreThan(String line, int max) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
            if (!space && !inWord && ++words > max) return true;
            inWord = !space;
        }
        return false;
    }

    /** The first line without a leading wire tag or dateline ("LONDON (Wire) — ", "SANTIAGO, June 16 — "). */
    static String withoutLeadingTag(String line) {
        if (!HAS_WIRE_OR_CAPS.matcher(line).find()) return line;
        java.util.regex.Matcher m = LEADING_TAG.matcher(line);
        return m.find() && m.end() < line.length() ? line.substring(m.end()) : line;
    }
}
