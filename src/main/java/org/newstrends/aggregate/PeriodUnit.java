package org.newstrends.aggregate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The periods articles are counted in. Each period is named by its first day ({@link #start}) and has a label
 * people read: {@code 2024-03-19} (day), {@code 2024-W12} (ISO week, Monday first), {@code 2024-03} (month),
 * {@code 2024-Q1} (quarter), {@code 2024} (year).
 */
public enum PeriodUnit {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The first day of the period that holds {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The label of the period starting on {@code start}. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
                    start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** Every period from the one holding {@code first} to the one holding {@code last}, in order. */
    public List<LocalDate> periods(LocalDate first, LocalDate last) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate end = start(last);
        for (LocalDate p = start(first); !p.isAfter(end); p = next(p)) out.add(p);
        return out;
    }

    /** The job-spec name of this unit ({@code month}). */
    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a job-spec value: {@code day}, {@code week}, {@code month}, {@code quarter} or {@code year}. */
    public static PeriodUnit parse(String value) {
        for (PeriodUnit u : values()) {
            if (u.specName().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT))) return u;
        }
        throw new IllegalArgumentException("period must be one of day, week, month, quarter, year (got '" + value + "')");
    }
}
