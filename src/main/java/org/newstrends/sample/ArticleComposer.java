package org.newstrends.sample;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Assembles an article from a lead paragraph and a shuffled selection of body paragraphs, aiming at a
 * random length between {@link #MIN_WORDS} and {@link #MAX_WORDS} words; and sets the slots every
 * storyline shares (dateline, day of the week).
 */
public final class ArticleComposer {
    /** The fewest words an article has. */
    public static final int MIN_WORDS = 120;
    /** The most words an article has. */
    public static final int MAX_WORDS = 450;

    private static final int SHORTEST_TARGET = 150;
    private static final int LONGEST_TARGET = 420;

    private ArticleComposer() { }

    /**
     * A {@link Phrases} for one article dated {@code date} with the shared slots set:
     * {@code dateline} (often empty, else e.g. "SANTIAGO, June 16 — " or "SANTIAGO — "), {@code weekday}
     * (the article's day of the week) and {@code yesterday} (the day before's).
     */
    public static Phrases begin(LocalDate date, SplittableRandom random, String datelineCity) {
        Phrases phrases = new Phrases(random);
        String monthName = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String city = datelineCity.toUpperCase(Locale.ROOT);
        double roll = random.nextDouble();
        String dateline;
        if (roll < 0.35) {
            dateline = city + ", " + monthName + " " + date.getDayOfMonth() + " — ";
        } else if (roll < 0.55) {
            dateline = city + " — ";
        } else {
            dateline = "";
        }
        return phrases.put("dateline", dateline)
                .put("weekday", date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .put("yesterday", date.minusDays(1).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    /**
     * The article text: one of {@code leads}, then body paragraphs in random order until the target
     * length is reached, never beyond {@link #MAX_WORDS} words.
     *
     * @throws IllegalStateException if the paragraphs cannot reach {@link #MIN_WORDS} words
     */
    public static String compose(Phrases phrases, List<String> leads, List<String> bodies) {
        SplittableRandom random = phrases.random();
        int target = random.nextInt(SHORTEST_TARGET, LONGEST_TARGET + 1);
        List<String> paragraphs = new ArrayList<>();
        String lead = phrases.fill(phrases.pick(leads));
        paragraphs.add(lead);
        int words = countWords(lead);
        for (int index : shuffledIndexes(bodies.size(), random)) {
            if (words >= target) {
                break;
            }
            Set<String> introducedBefore = phrases.introducedPeople();
            String paragraph = phrases.fill(bodies.get(index));
            int paragraphWords = countWords(paragraph);
            if (words + paragraphWords <= MAX_WORDS) {
                paragraphs.add(paragraph);
                words += paragraphWords;
            } else {
                phrases.restore(introducedBefore);
            }
        }
        if (words < MIN_WORDS) {
            throw new IllegalStateException("too little material for an article of " + MIN_WORDS + " words: " + lead);
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * The paragraphs of a text block: separated by blank lines; the lines of a paragraph are joined with
     * spaces, and the spaces that line breaks leave beside a '|' or brace of an alternative are dropped.
     */
    public static List<String> paragraphs(String textBlock) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : textBlock.strip().split("\\n\\s*\\n")) {
            String joined = String.join(" ", Arrays.stream(block.split("\\n")).map(String::strip).toList());
            joined = joined.replace("| ", "|").replace(" |", "|").replace("{ ", "{").replace(" }", "}");
            if (!joined.isEmpty()) {
                paragraphs.add(joined);
            }
        }
        return List.copyOf(paragraphs);
    }

    /** The number of whitespace-separated words in {@code text}. */
    public static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static int[] shuffledIndexes(int size, SplittableRandom random) {
        int[] indexes = new int[size];
        for (int i = 0; i < size; i++) {
            indexes[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = indexes[i];
            indexes[i] = indexes[j];
            indexes[j] = swap;
        }
        return indexes;
    }

    /** A span of months in words: "a month", "two months", ..., "11 months" (at least a month). */
    public static String monthsSpelled(long months) {
        String[] small = {"a month", "a month", "two months", "three months", "four months", "five months",
            "six months", "seven months", "eight months", "nine months"};
        return months < small.length ? small[(int) Math.max(0, months)] : months + " months";
    }

    /** Concatenates paragraph pools, for storylines that mix shared and phase-specific material. */
    @SafeVarargs
    public static List<String> concat(List<String>... pools) {
        List<String> all = new ArrayList<>();
        for (List<String> pool : pools) {
            all.addAll(pool);
        }
        return List.copyOf(all);
    }
}
