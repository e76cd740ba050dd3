package org.newstrends.aggregate;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a phrase in text as whole words: the phrase's words in order, separated by any whitespace (a line break
 * included), not inside a longer word; optionally ignoring case. Plain Java.
 */
public final class PhraseMatcher implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Pattern pattern;

    /** A matcher of {@code phrase}; {@code ignoreCase} for watch queries, false for entity names. */
    public PhraseMatcher(String phrase, boolean ignoreCase) {
        String[] words = phrase.strip().split("\\s+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) regex.append("\\s+");
            regex.append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{N}])");
        int flags = Pattern.UNICODE_CHARACTER_CLASS | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        this.pattern = Pattern.compile(regex.toString(), flags);
    }

    /** True when {@code text} (may be null) holds the phrase. */
    public boolean foundIn(String text) {
        return text != null && pattern.matcher(text).find();
    }

    /** How often {@code text} (may be null) holds the phrase. */
    public int count(String text) {
        if (text == null) return 0;
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Override
    public String toString() {
        return pattern.pattern().toLowerCase(Locale.ROOT);
    }
}
