package org.newstrends.sample;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: the number of articles, the seed, the period and the number of deliberately
 * malformed records. The same spec always yields byte-identical files.
 *
 * @param articles  the number of well-formed articles, at least 1
 * @param seed      the seed of every random choice
 * @param start     the first day of the period
 * @param months    the length of the period in calendar months, 1 to {@value #MAX_MONTHS}
 * @param malformed the number of malformed records written to {@code malformed.txt}, 0 or more
 */
public record SampleSpec(int articles, long seed, LocalDate start, int months, int malformed) {
    /** The longest period that can be generated. */
    public static final int MAX_MONTHS = 240;

    /** Checks the values; a bad one raises {@link IllegalArgumentException} with a message for the user. */
    public SampleSpec {
        Objects.requireNonNull(start, "start");
        if (articles < 1) {
            throw new IllegalArgumentException("--articles must be at least 1, got " + articles);
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("--months must be between 1 and " + MAX_MONTHS + ", got " + months);
        }
        if (malformed < 0) {
            throw new IllegalArgumentException("--malformed must be 0 or more, got " + malformed);
        }
    }

    /** The period the articles are dated in. */
    public Timeline timeline() {
        return new Timeline(start, months);
    }
}
