package org.newstrends.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The invented outlets of a generated collection, each written to a folder of its own (the seed text format has
 * no source field; an article's source is its folder's name). The wire agency's stories are syndicated: some
 * are copied by other outlets the same day ({@link #copies}), exactly (perhaps with an agency line added) or
 * with a few words changed.
 */
public final class Outlets {
    /** The wire agency whose stories other outlets copy. */
    public static final String WIRE = "meridian-wire";
    /** The outlet that alone covers the tech company's launch (a one-source spike). */
    public static final String LAUNCH_OUTLET = "capital-times";
    /** Every outlet, in folder order. */
    public static final List<String> ALL = List.of(LAUNCH_OUTLET, "harbour-herald", WIRE, "northern-post",
            "the-daily-ledger");
    /** The share of the wire's stories that are copied. */
    static final double SYNDICATED = 0.35;
    /** The share of copies that are exact (the others have a few words changed). */
    static final double EXACT = 0.5;

    private static final List<String> COPIERS = ALL.stream().filter(o -> !o.equals(WIRE)).toList();
    private static final String[] AGENCY_TAGS = {"(Meridian Wire) — ", "MERIDIAN WIRE — "};
    private static final String[] CREDITS = {"Reporting by Meridian Wire staff; editing by the news desk",
        "(c) Meridian Wire", "Source: Meridian Wire"};
    private static final String[] INSERTED = {"reportedly", "also", "meanwhile", "now", "still"};

    private Outlets() { }

    /** The outlet of an original article: the storyline's exclusive one, else the wire (40%) or another one. */
    static String pick(String exclusive, SplittableRandom random) {
        if (exclusive != null) return exclusive;
        return random.nextDouble() < 0.4 ? WIRE : COPIERS.get(random.nextInt(COPIERS.size()));
    }

    /** A copy of a wire story: the outlet that prints it and its text. */
    record Copy(String outlet, String text, boolean exact) { }

    /** The copies of an original of {@code outlet} with {@code text}: none unless it is a syndicated wire story. */
    static List<Copy> copies(String outlet, String text, SplittableRandom random) {
        List<Copy> out = new ArrayList<>();
        if (!WIRE.equals(outlet) || random.nextDouble() >= SYNDICATED) return out;
        List<String> outlets = new ArrayList<>(COPIERS);
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String copier = outlets.remove(random.nextInt(outlets.size()));
            boolean exact = random.nextDouble() < EXACT;
            out.add(new Copy(copier, exact ? withAgencyLines(text, random) : withWordsChanged(text, random), exact));
        }
        return out;
    }

    /** {@code text} with an agency tag before it or a credit line after it (or both). */
    static String withAgencyLines(String text, SplittableRandom random) {
        int form = random.nextInt(3);
        String tagged = form != 1 ? AGENCY_TAGS[random.nextInt(AGENCY_TAGS.length)] + text : text;
        return form != 0 ? tagged + "\n" + CREDITS[random.nextInt(CREDITS.length)] : tagged;
    }

    /** {@code text} with two words inserted far apart: a near copy (5-word shingles overlap about 0.92). */
    static String withWordsChanged(String text, SplittableRandom random) {
        String[] words = text.split(" ", -1);
        if (words.length < 40) return text;
        int first = 10 + random.nextInt(words.length / 2 - 10);
        int second = words.length / 2 + random.nextInt(words.length / 2 - 5);
        words[first] = INSERTED[random.nextInt(INSERTED.length)] + " " + words[first];
        words[second] = INSERTED[random.nextInt(INSERTED.length)] + " " + words[second];
        return String.join(" ", words);
    }
}
