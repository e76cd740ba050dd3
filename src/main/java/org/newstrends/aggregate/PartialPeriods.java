package org.newstrends.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which periods the data covers only in part (docs/measures.md, "Partial periods"): the covered range runs from
 * the job's {@code from} (else the first article's date) to its {@code to} (else the last article's date); a
 * period is partial when it starts before that range or ends after it. Only the first and the last period can be.
 */
public final class PartialPeriods {
    private PartialPeriods() { }

    /** True when the period of {@code unit} starting on {@code periodStart} reaches outside [{@code from}, {@code to}]. */
    public static boolean isPartial(PeriodUnit unit, LocalDate periodStart, LocalDate from, LocalDate to) {
        LocalDate lastDay = unit.next(periodStart).minusDays(1);
        return periodStart.isBefore(from) || lastDay.isAfter(to);
    }

    /**
     * One volume row per period from the one holding {@code from} to the one holding {@code to}, zeros where
     * {@code volume} has none, each flagged partial or not; in period order.
     */
    public static List<PeriodVolume> dense(PeriodUnit unit, Map<LocalDate, PeriodVolume> volume, LocalDate from,
                                           LocalDate to) {
        List<PeriodVolume> out = new ArrayList<>();
        for (LocalDate p : unit.periods(from, to)) {
            PeriodVolume v = volume.get(p);
            long articles = v == null ? 0 : v.getArticles();
            long unique = v == null ? 0 : v.getUniqueArticles();
            out.add(new PeriodVolume(p, articles, unique, isPartial(unit, p, from, to)));
        }
        return out;
    }
}
