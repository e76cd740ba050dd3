package org.newstrends.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The number of articles in one period; the report gets one row per period of the range, zeros included.
 *
 * @param period      the period label, e.g. {@code 2024-03}, {@code 2024-W12} or {@code 2024-03-19}
 * @param periodStart the first day of the period
 * @param articles    articles dated in the period
 * @param uniqueArticles articles unique counts keep (one per cluster of copies)
 * @param duplicateArticles {@code articles - uniqueArticles}
 * @param partial     true when the data covers the period only in part
 */
public record VolumeRow(String period, LocalDate periodStart, long articles, long uniqueArticles,
                        long duplicateArticles, boolean partial) implements Serializable {

    /** A period without copies, covered in full. */
    public VolumeRow(String period, LocalDate periodStart, long articles) {
        this(period, periodStart, articles, articles, 0, false);
    }

    /** Checks that the period is named and dated and the count is not negative. */
    public VolumeRow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(periodStart, "periodStart");
        if (articles < 0) {
            throw new IllegalArgumentException("articles must not be negative: " + articles);
        }
    }
}
