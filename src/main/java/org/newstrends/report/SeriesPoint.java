package org.newstrends.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One number an over-time chart draws: the value of one series in one period. The plain collected row that
 * every over-time chart is made from and that its CSV lists.
 *
 * @param period      the period label, e.g. {@code 2024-03}
 * @param periodStart the first day of the period
 * @param series      the series' name (an entity, a source, a query, a measure)
 * @param value       the value drawn; null for a gap (a period whose value is undefined)
 */
public record SeriesPoint(String period, LocalDate periodStart, String series, Double value) {

    /** Checks the period and series are given. */
    public SeriesPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(series, "series");
    }
}
