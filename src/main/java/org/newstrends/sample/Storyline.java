package org.newstrends.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One strand of the generated news: how often it is written about on each day, and how to write one of
 * its articles. {@link Storylines} lists the planted ones and the trends they should show.
 */
public interface Storyline {

    /** A short name for the storyline, e.g. {@code election}. */
    String name();

    /** How much this storyline is written about on {@code date}, relative to the others (0 = not at all). */
    double weight(LocalDate date);

    /** The text of one article of this storyline dated {@code date}: paragraphs separated by a blank line. */
    String write(LocalDate date, SplittableRandom random);

    /** The one outlet that covers this storyline on {@code date} (a one-source spike), or null for any outlet. */
    default String exclusiveOutlet(LocalDate date) {
        return null;
    }
}
