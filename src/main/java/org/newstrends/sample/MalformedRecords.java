package org.newstrends.sample;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes deliberately bad records in the seed text format, so that a demo run shows rejects. The kinds
 * cycle in this order: an impossible day ({@code date 2024-02-30}), a date line with no text, an
 * impossible month ({@code date 2024-13-05}) and a date before 1800 ({@code date 1799-03-19}). (A date not in
 * ISO form, {@code date 19/03/2024}, does not open a record at all: the line would be text.)
 * Every record is separated from the next by a blank line and counts as exactly one rejected record.
 */
public final class MalformedRecords {
    /** The number of different kinds of bad record. */
    public static final int KINDS = 4;

    private final Timeline timeline;
    private final Storyline textSource;

    /** Bad records whose dates are derived from {@code timeline}. */
    public MalformedRecords(Timeline timeline) {
        this.timeline = timeline;
        this.textSource = new BackgroundNews();
    }

    /** Writes bad record number {@code index} (its kind is {@code index % KINDS}). */
    public void write(int index, SplittableRandom random, Writer out) throws IOException {
        LocalDate day = timeline.day(random.nextInt(timeline.days()));
        int year = day.getYear();
        switch (index % KINDS) {
            case 0 -> out.write("date " + year + "-02-30 " + textSource.write(day, random));
            case 1 -> out.write("date " + day);
            case 2 -> out.write("date " + year + "-13-05\n" + textSource.write(day, random));
            default -> out.write(String.format(Locale.ROOT, "date 1799-%02d-%02d %s", day.getMonthValue(),
                    Math.min(day.getDayOfMonth(), 28), textSource.write(day, random)));
        }
        out.write("\n\n");
    }
}
