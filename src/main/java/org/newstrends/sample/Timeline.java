package org.newstrends.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The calendar a generated collection covers: {@code months} calendar months from {@code start}
 * (inclusive) to {@code start.plusMonths(months)} (exclusive). Storylines place their events by
 * month offset within it, so the same storyline shape fits any start date and length.
 */
public record Timeline(LocalDate start, int months) {

    /** Validates the period: a start date and at least one month. */
    public Timeline {
        Objects.requireNonNull(start, "start");
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, got " + months);
        }
    }

    /** The first day after the period. */
    public LocalDate end() {
        return start.plusMonths(months);
    }

    /** The number of days in the period. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end());
    }

    /** The day {@code index} days after the start. */
    public LocalDate day(int index) {
        return start.plusDays(index);
    }

    /** The month offset (0 = the start's month) that lies at {@code fraction} of the period, clamped to the period. */
    public int monthAt(double fraction) {
        return Math.max(0, Math.min(months - 1, (int) Math.floor(fraction * months)));
    }

    /** The given day of the month {@code monthOffset} months after the start's month, clamped into the period. */
    public LocalDate dayOfMonth(int monthOffset, int dayOfMonth) {
        YearMonth month = YearMonth.from(start).plusMonths(monthOffset);
        LocalDate date = month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        if (date.isBefore(start)) {
            return start;
        }
        LocalDate last = end().minusDays(1);
        return date.isAfter(last) ? last : date;
    }

    /** Months elapsed from the start to {@code date}, with the day of month as a fraction. */
    public double monthsSinceStart(LocalDate date) {
        YearMonth first = YearMonth.from(start);
        YearMonth month = YearMonth.from(date);
        double whole = first.until(month, ChronoUnit.MONTHS);
        return whole + (date.getDayOfMonth() - 1) / (double) month.lengthOfMonth()
                - (start.getDayOfMonth() - 1) / (double) first.lengthOfMonth();
    }

    /** Where {@code date} lies in the period, from 0 (start) towards 1 (end). */
    public double progress(LocalDate date) {
        return ChronoUnit.DAYS.between(start, date) / (double) days();
    }
}
