package org.newstrends.report;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;

/**
 * A date axis for the periods of a report whose tick unit and label format follow from the number of periods and
 * the plot's width, so that labels stay apart and readable from a handful of periods to several hundred: days
 * ({@code 4 Mar}), weeks, months ({@code Mar 2024}), quarters or years ({@code 2024}), never finer than a period.
 * Periods are placed at their first day, in UTC.
 */
final class DateTicks {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final long DAY_MILLIS = 86_400_000L;
    /** Pixels of free space wanted between two tick labels. */
    private static final int GAP = 36;

    /** One candidate spacing: a unit count, its length in days (roughly) and its label pattern and width. */
    private record Step(DateTickUnitType unit, int count, double days, String pattern, int labelPixels) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(DateTickUnitType.DAY, 1, 1, "d MMM", 52),
            new Step(DateTickUnitType.DAY, 2, 2, "d MMM", 52),
            new Step(DateTickUnitType.DAY, 7, 7, "d MMM", 52),
            new Step(DateTickUnitType.DAY, 14, 14, "d MMM", 52),
            new Step(DateTickUnitType.MONTH, 1, 30.4, "MMM yyyy", 76),
            new Step(DateTickUnitType.MONTH, 2, 60.9, "MMM yyyy", 76),
            new Step(DateTickUnitType.MONTH, 3, 91.3, "MMM yyyy", 76),
            new Step(DateTickUnitType.MONTH, 6, 182.6, "MMM yyyy", 76),
            new Step(DateTickUnitType.YEAR, 1, 365.25, "yyyy", 40),
            new Step(DateTickUnitType.YEAR, 2, 730.5, "yyyy", 40),
            new Step(DateTickUnitType.YEAR, 5, 1826.25, "yyyy", 40),
            new Step(DateTickUnitType.YEAR, 10, 3652.5, "yyyy", 40),
            new Step(DateTickUnitType.YEAR, 50, 18262.5, "yyyy", 40));

    private DateTicks() {
    }

    /** Milliseconds since the epoch of {@code date}'s midnight in UTC: the x value of a period. */
    static long x(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /**
     * A date axis over {@code periods} (labelled with their unit) whose ticks suit a plot about
     * {@code plotWidth} pixels wide; the range spans half a period before the first and after the last.
     */
    static DateAxis axis(ChartPeriods periods, int plotWidth) {
        String periodUnit = periods.unit();
        DateAxis axis = new DateAxis(ChartLabels.capitalised(periodUnit));
        axis.setTimeZone(UTC);
        axis.setTickMarkPosition(DateTickMarkPosition.START);
        if (periods.size() == 0) {
            return axis;
        }
        LocalDate first = periods.starts().get(0);
        LocalDate last = periods.starts().get(periods.size() - 1);
        double halfPeriod = periodDays(periodUnit) * DAY_MILLIS / 2.0;
        axis.setRange(x(first) - halfPeriod, x(last) + halfPeriod);
        Step step = step(periodUnit, first, last, plotWidth);
        boolean spansYears = first.getYear() != last.getYear();
        String pattern = step.pattern().equals("d MMM") && spansYears ? "d MMM yyyy" : step.pattern();
        SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ROOT);
        format.setTimeZone(UTC);
        axis.setTickUnit(new DateTickUnit(step.unit(), step.count(), format));
        return axis;
    }

    /** The smallest spacing at least one period long whose labels fit side by side in {@code plotWidth}. */
    private static Step step(String periodUnit, LocalDate first, LocalDate last, int plotWidth) {
        double spanDays = Math.max(1, last.toEpochDay() - first.toEpochDay() + periodDays(periodUnit));
        double minDays = periodDays(periodUnit) * 0.99;
        for (Step step : STEPS) {
            double ticks = spanDays / step.days();
            boolean fits = ticks * (labelPixels(step, first, last) + GAP) <= plotWidth;
            if (step.days() >= minDays && fits) {
                return step;
            }
        }
        return STEPS.get(STEPS.size() - 1);
    }

    private static int labelPixels(Step step, LocalDate first, LocalDate last) {
        boolean withYear = step.pattern().equals("d MMM") && first.getYear() != last.getYear();
        return withYear ? step.labelPixels() + 40 : step.labelPixels();
    }

    /** The length of one period in days (months and years on average). */
    static double periodDays(String periodUnit) {
        return switch (periodUnit) {
            case "day" -> 1;
            case "week" -> 7;
            case "month" -> 30.4;
            case "quarter" -> 91.3;
            default -> 365.25;
        };
    }
}
