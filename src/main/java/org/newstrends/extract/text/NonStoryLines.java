package org.newstrends.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of an article's text that are not its story, and the mentions read in them that do not count: section
 * headings ("Bridging Divides in a Time of Crisis" on a line of its own between paragraphs, or run into the
 * paragraph it heads: "... crisis. Bridging Divides in a Time of Crisis The upcoming meeting ..."), bylines ("By
 * Jane Smith"), staff credits ("Reporting by ...; Editing by ...") and picture credits ("Photo: ...", "(AP
 * Photo/Evan Vucci)", "Copyright 2024 ..."). Every extraction method reads the same text, so the rule is applied
 * once to the mentions any of them found ({@link #storyMentions}).
 *
 * <p>A credit names who wrote or photographed the story, not who or where it is about: no mention inside one counts,
 * actor or location, and the writer named in a byline is no actor of the story. A heading is the editor's, but the
 * names it repeats are the story's: an actor mention in a heading counts only when the same entity is also named in
 * the title or in the story text outside headings and credits ("Netanyahu Under Pressure" keeps Netanyahu when the
 * story names him), and a location in a heading always counts.
 */
public final class NonStoryLines {

    /** What a part of the text is. */
    public enum Kind {
        /** A section heading. */
        HEADING,
        /** A byline, a staff credit or a picture credit. */
        CREDIT
    }

    /**
     * One part of a text that is not story.
     *
     * @param start offset of its first character
     * @param end offset after its last character
     * @param kind heading or credit
     */
    public record Part(int start, int end, Kind kind) {
        boolean overlaps(Mention m) {
            return m.start() < end && start < m.end();
        }
    }

    /** Words a title-case heading writes in lower case. */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in", "on",
            "at", "to", "for", "with", "by", "from", "as", "vs", "vs.", "v", "amid", "amidst", "over", "into", "after",
            "before", "about", "against", "between", "under", "beyond", "toward", "towards", "within", "without",
            "via", "per", "is", "are", "its", "than");
    /**
     * Capitalised words that open the sentence after a heading run into its paragraph; no single letter ("Class A
     * voting stock", "Plan B").
     */
    private static final Set<String> OPENERS = Set.of("The", "An", "This", "That", "These", "Those", "In", "As",
            "While", "Despite", "Although", "Though", "After", "Before", "Since", "With", "On", "At", "For", "It", "Its",
            "He", "She", "They", "We", "Our", "Their", "His", "Her", "When", "Amid", "Against", "Following",
            "But", "Yet", "According", "Over", "During", "Under");
    /** Lower-case words a byline may hold besides the names ("By Jane Smith, staff writer, in London"). */
    private static final Set<String> BYLINE_WORDS = Set.of("and", "in", "of", "for", "at", "the", "from", "with",
            "on", "staff", "writer", "writers", "correspondent", "reporter", "reporters", "editor", "contributor",
            "special", "senior", "chief", "political", "business", "sports", "foreign", "news", "updated",
            "published", "am", "pm", "a.m.", "p.m.", "de", "van", "von", "der", "da", "bin", "al");
    /** How a credit line opens (compared in lower case), or a credit in brackets. */
    private static final List<String> CREDIT_CUES = List.of("additional reporting by", "reporting by", "writing by",
            "written by", "editing by", "edited by", "compiled by", "photo by", "photos by", "photograph by",
            "photographs by", "photography by", "pictures by", "illustration by", "video by", "photo:", "photos:",
            "photo credit:", "image:", "images:", "image credit:", "picture:", "credit:", "illustration:",
            "copyright ", "\u00a9", "(c) ");
    /** Inside brackets, what makes a picture credit ("AP Photo/Evan Vucci", "Amir Cohen/Reuters"). */
    private static final List<String> PICTURE_MARKS = List.of("photo/", "/getty images", "getty images", "/reuters",
            "/afp", "/ap", "/epa", "/bloomberg", "reuters/", "afp/", "epa/");
    /** Longest line that can be a heading or a byline, in characters. */
    private static final int SHORT_LINE = 90;
    /** Least length of a line read as a paragraph when paragraphs are separated by single line breaks. */
    private static final int PARAGRAPH_LINE = 60;
    /** Most words of a heading. */
    private static final int HEADING_WORDS = 12;

    private NonStoryLines() { }

    /** The mentions of {@code mentions} that count as the story's: see the class description. */
    public static List<Mention> storyMentions(List<Mention> mentions, FieldText text) {
        List<Part> parts = find(text.text());
        if (parts.isEmpty()) return mentions;
        Set<String> namedInStory = new HashSet<>();
        for (Mention m : mentions) {
            if (m.isActor() && (m.textField() != text.field() || partOf(m, parts) == null)) {
                namedInStory.add(m.canonical().toLowerCase(Locale.ROOT));
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Part p = m.textField() == text.field() ? partOf(m, parts) : null;
            boolean dropped = p != null && (p.kind() == Kind.CREDIT
                    || m.isActor() && !namedInStory.contains(m.canonical().toLowerCase(Locale.ROOT)));
            if (!dropped) out.add(m);
        }
        return out;
    }

    private static Part partOf(Mention m, List<Part> parts) {
        for (Part p : parts) {
            if (p.overlaps(m)) return p;
        }
        return null;
    }

    /** The headings and credits of {@code text}, in text order. */
    public static List<Part> find(String text) {
        List<int[]> lines = lines(text);
        int lastText = lines.size() - 1;
        while (lastText >= 0 && blank(lines.get(lastText))) lastText--;
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            int s = lines.get(k)[0];
            int e = lines.get(k)[1];
            if (s == e) continue;
            int[] previous = k == 0 ? null : lines.get(k - 1);
            boolean opens = previous == null || blank(previous) || endsSentence(text, previous[1]);
            boolean afterShortLine = previous != null && previous[1] - previous[0] < PARAGRAPH_LINE;
            if ((opens || afterShortLine) && isCreditLine(text, s, e)) {
                parts.add(new Part(s, e, Kind.CREDIT));
            } else if (opens && k < lastText && standsAlone(text, lines, k) && isHeading(text, s, e)) {
                parts.add(new Part(s, e, Kind.HEADING));
            } else {
                inline(text, s, e, opens, parts);
            }
        }
        return List.copyOf(parts);
    }

    /** Each line as its trimmed {@code [start, end)}; a blank line is empty. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int i = 0;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            lines.add(new int[] {s, e});
            if (nl < 0) break;
            i = nl + 1;
        }
        return lines;
    }

    /**
     * True when line {@code k}, which more text follows, stands alone: a block of its own between blank lines (or
     * the text's start), or, where single line breaks separate paragraphs, a line after a paragraph's last line and
     * before a paragraph line that opens with a capital and is half as long again (a line of a text wrapped at a
     * fixed width is none; a line that the next continues after a dash, "LA PRESSE" / "- After Tunisia ...", is an
     * attribution, no heading).
     */
    private static boolean standsAlone(String text, List<int[]> lines, int k) {
        int[] next = lines.get(k + 1);
        if (blank(next)) return k == 0 || blank(lines.get(k - 1));
        int length = lines.get(k)[1] - lines.get(k)[0];
        int nextLength = next[1] - next[0];
        return nextLength >= PARAGRAPH_LINE && 2 * nextLength >= 3 * length
                && Character.isUpperCase(text.charAt(next[0])) && (k == 0 || endsParagraph(text, lines.get(k - 1)));
    }

    private static boolean blank(int[] line) {
        return line[0] == line[1];
    }

    private static boolean endsParagraph(String text, int[] line) {
        return line[1] - line[0] >= PARAGRAPH_LINE && endsSentence(text, line[1]);
    }

    /**
     * A short line in title case without a sentence's end or a number (a dateline "ESCHEN 1996-08-31", a score and a
     * table row are none): every word capitalised but the minor ones.
     */
    private static boolean isHeading(String text, int s, int e) {
        if (e - s > SHORT_LINE) return false;
        char first = text.charAt(s);
        char last = text.charAt(e - 1);
        if (!Character.isUpperCase(first) && first != '"' && first != '\u201c') return false;
        if (last == '.' || last == ',' || last == ';' || last == '!') return false;
        List<int[]> words = words(text, s, e);
        if (words.size() > HEADING_WORDS) return false;
        int capitalised = 0;
        for (int[] w : words) {
            String core = core(text, w);
            if (core.isEmpty()) continue;
            char c = core.charAt(0);
            if (Character.isDigit(c)) return false;
            if (Character.isUpperCase(c)) {
                capitalised++;
            } else if (!MINOR.contains(core.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return capitalised > 0;
    }

    /**
     * The headings run into a paragraph ("Bridging Divides in a Time of Crisis The upcoming meeting ...") and the
     * credits in brackets or after a sentence inside line {@code [s, e)}.
     */
    private static void inline(String text, int s, int e, boolean opens, List<Part> parts) {
        boolean sentenceStart = opens;
        int i = s;
        while (i < e) {
            while (i < e && Character.isWhitespace(text.charAt(i))) i++;
            int end = i;
            while (end < e && !Character.isWhitespace(text.charAt(end))) end++;
            if (end == i) break;
            if (sentenceStart && Character.isUpperCase(text.charAt(i))) {
                if (startsWithCue(text, i, e)) {
                    parts.add(new Part(i, e, Kind.CREDIT));
                    return;
                }
                List<int[]> words = words(text, i, e, HEADING_WORDS + 2);
                int run = headingRun(text, words, 0);
                if (run > 0) {
                    int runEnd = words.get(run - 1)[1];
                    parts.add(new Part(i, runEnd, Kind.HEADING));
                    i = runEnd;
                    sentenceStart = false;
                    continue;
                }
            }
            sentenceStart = endsSentence(text, end);
            i = end;
        }
        bracketedCredits(text, s, e, parts);
    }

    /**
     * Where the sentence after a title-case run opening at word {@code from} starts, or {@code from} when there is
     * none: at least two capitalised words, minor words between them, then an opener followed by a lower-case word.
     */
    private static int headingRun(String text, List<int[]> words, int from) {
        int capitalised = 0;
        for (int i = from; i < words.size() && i - from <= HEADING_WORDS; i++) {
            int[] w = words.get(i);
            String word = text.substring(w[0], w[1]);
            String core = core(text, w);
            if (core.isEmpty() || Character.isDigit(core.charAt(0))) return from;
            boolean upper = Character.isUpperCase(core.charAt(0));
            if (upper && capitalised >= 2 && i > from && isOpener(text, w) && i + 1 < words.size()
                    && lowerWord(text, words.get(i + 1)) && capitalisedWord(text, words.get(i - 1))) {
                return i;
            }
            if (upper) {
                capitalised++;
            } else if (!MINOR.contains(core)) {
                return from;
            }
            char end = word.charAt(word.length() - 1);
            if (end == ':' && capitalised >= 2 && i + 1 < words.size() && isOpener(text, words.get(i + 1))) {
                return i + 1;
            }
            if (!Character.isLetterOrDigit(end) && end != ':' && end != '\'' && end != '\u2019') return from;
        }
        return from;
    }

    /** A sentence opener written bare: "The", not "The," nor a quotation's "\"These". */
    private static boolean isOpener(String text, int[] w) {
        String word = text.substring(w[0], w[1]);
        return OPENERS.contains(word);
    }

    private static boolean lowerWord(String text, int[] w) {
        String core = core(text, w);
        return !core.isEmpty() && Character.isLowerCase(core.charAt(0));
    }

    private static boolean capitalisedWord(String text, int[] w) {
        String core = core(text, w);
        return !core.isEmpty() && Character.isUpperCase(core.charAt(0));
    }

    /** True when the word or line ending at {@code end} ends a sentence (a quotation or bracket may close it). */
    private static boolean endsSentence(String text, int end) {
        char c = text.charAt(end - 1);
        if ((c == '"' || c == '\u201d' || c == ')') && end > 1) c = text.charAt(end - 2);
        return c == '.' || c == '!' || c == '?';
    }

    /** A whole line that is a byline or a credit. */
    private static boolean isCreditLine(String text, int s, int e) {
        boolean bracket = text.charAt(s) == '(';
        int from = bracket ? s + 1 : s;
        if ((bracket || !Character.isLowerCase(text.charAt(s))) && startsWithCue(text, from, e)) return true;
        return e - s <= SHORT_LINE && isByline(text, s, e);
    }

    private static boolean startsWithCue(String text, int from, int e) {
        for (String cue : CREDIT_CUES) {
            if (from + cue.length() > e || !text.regionMatches(true, from, cue, 0, cue.length())) continue;
            int next = from + cue.length();
            while (next < e && text.charAt(next) == ' ') next++;
            if (next >= e) return false;
            char c = text.charAt(next);
            if (cue.equals("copyright ")) return Character.isDigit(c) || c == '\u00a9';
            return !cue.endsWith(" by") || Character.isUpperCase(c);
        }
        return false;
    }

    /** "By Jane Smith", "BY JANE SMITH AND JOHN DOE", "By Jane Smith, staff writer": names after "By", nothing else. */
    private static boolean isByline(String text, int s, int e) {
        List<int[]> words = words(text, s, e);
        if (words.size() < 2 || !core(text, words.get(0)).equalsIgnoreCase("by")) return false;
        if (!text.startsWith("B", words.get(0)[0])) return false;
        if (!capitalisedWord(text, words.get(1))) return false;
        for (int i = 1; i < words.size(); i++) {
            String core = core(text, words.get(i));
            if (core.isEmpty() || Character.isUpperCase(core.charAt(0)) || Character.isDigit(core.charAt(0))) continue;
            if (!BYLINE_WORDS.contains(core)) return false;
        }
        return true;
    }

    /** Credits in brackets inside a line: "(Reporting by ...)", "(AP Photo/Evan Vucci)". */
    private static void bracketedCredits(String text, int s, int e, List<Part> parts) {
        for (int open = text.indexOf('(', s); open >= 0 && open < e; open = text.indexOf('(', open + 1)) {
            int close = text.indexOf(')', open);
            int end = close < 0 || close >= e ? e : close + 1;
            String inner = text.substring(open + 1, end).toLowerCase(Locale.ROOT);
            boolean credit = startsWithCue(text, open + 1, end);
            for (int i = 0; i < PICTURE_MARKS.size() && !credit; i++) credit = inner.contains(PICTURE_MARKS.get(i));
            if (credit) parts.add(new Part(open, end, Kind.CREDIT));
        }
    }

    /** The white-space separated words of {@code [s, e)}. */
    private static List<int[]> words(String text, int s, int e) {
        return words(text, s, e, Integer.MAX_VALUE);
    }

    /** The first {@code limit} white-space separated words of {@code [s, e)}. */
    private static List<int[]> words(String text, int s, int e, int limit) {
        List<int[]> words = new ArrayList<>();
        int i = s;
        while (i < e && words.size() < limit) {
            while (i < e && Character.isWhitespace(text.charAt(i))) i++;
            int start = i;
            while (i < e && !Character.isWhitespace(text.charAt(i))) i++;
            if (i > start) words.add(new int[] {start, i});
        }
        return words;
    }

    /** A word without the punctuation around it. */
    private static String core(String text, int[] w) {
        int s = w[0];
        int e = w[1];
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) s++;
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) e--;
        return text.substring(s, e);
    }
}
