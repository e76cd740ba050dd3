package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trend, spike, co-occurrence and partial-period measures as plain arithmetic. */
class ScoresTest {
    @Test
    void logLikelihoodOfTheWorkedExample() {
        assertEquals(6.062279945122155, TrendScore.logLikelihood(2, 22, 12, 32), 1e-12);
        assertEquals(0.0, TrendScore.logLikelihood(5, 50, 10, 100), 1e-12, "same proportion");
        assertEquals(0.0, TrendScore.logLikelihood(0, 0, 3, 10));
        assertTrue(TrendScore.logLikelihood(0, 100, 1, 100) < 3.84, "one article more is not significant");
        assertTrue(TrendScore.logLikelihood(10, 1000, 40, 1000) > 10.83);
    }

    @Test
    void robustZScoreUsesMedianMadAndAFloor() {
        assertEquals(9.0, SpikeScore.score(10, new double[] {1, 1, 1}), 1e-12, "flat history: floor sqrt(1)");
        assertEquals((30 - 20) / Math.sqrt(20), SpikeScore.score(30, new double[] {20, 20, 20}), 1e-12, "floor sqrt(20)");
        double[] history = {10, 12, 8, 30, 11};
        double mad = 1.4826 * 1;
        assertEquals((40 - 11) / Math.max(mad, Math.sqrt(11)), SpikeScore.score(40, history), 1e-12);
        assertEquals(2.5, SpikeScore.median(new double[] {4, 1, 2, 3}));
    }

    @Test
    void spikesNeedHistorySupportAndScore() {
        List<SpikeScore.Found> found = SpikeScore.find(new long[] {1, 1, 1, 10, 1, 4}, 5);
        assertEquals(1, found.size());
        assertEquals(3, found.get(0).index());
        assertEquals(1.0, found.get(0).expected());
        assertEquals(List.of(), SpikeScore.find(new long[] {0, 0, 50}, 5), "two earlier periods are too few");
    }

    @Test
    void windowsCoverTheLastPeriodsAndTheirUniqueArticles() {
        List<LocalDate> periods = PeriodUnit.MONTH.periods(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 20));
        Map<LocalDate, Long> unique = Map.of(LocalDate.of(2024, 3, 1), 5L, LocalDate.of(2024, 4, 1), 7L,
                LocalDate.of(2024, 5, 1), 11L, LocalDate.of(2024, 6, 1), 13L);
        Trends.Windows w = Trends.windows(PeriodUnit.MONTH, periods, unique, 2);
        assertEquals(LocalDate.of(2024, 3, 1), w.previousFrom());
        assertEquals(LocalDate.of(2024, 5, 1), w.currentFrom());
        assertEquals(LocalDate.of(2024, 6, 30), w.currentTo());
        assertEquals(12, w.previousArticles());
        assertEquals(24, w.currentArticles());
        assertEquals(null, Trends.windows(PeriodUnit.MONTH, periods, unique, 4));
    }

    @Test
    void partialPeriodsAreThoseReachingOutsideTheCoveredRange() {
        LocalDate from = LocalDate.of(2024, 1, 15);
        LocalDate to = LocalDate.of(2024, 3, 31);
        assertTrue(PartialPeriods.isPartial(PeriodUnit.MONTH, LocalDate.of(2024, 1, 1), from, to));
        assertEquals(false, PartialPeriods.isPartial(PeriodUnit.MONTH, LocalDate.of(2024, 3, 1), from, to));
        assertEquals(false, PartialPeriods.isPartial(PeriodUnit.DAY, from, from, to));
        List<PeriodVolume> dense = PartialPeriods.dense(PeriodUnit.MONTH,
                Map.of(LocalDate.of(2024, 1, 1), new PeriodVolume(LocalDate.of(2024, 1, 1), 4, 3, false)), from, to);
        assertEquals(3, dense.size());
        assertEquals(1, dense.get(0).getDuplicateArticles());
        assertEquals(0, dense.get(1).getArticles());
        assertTrue(dense.get(0).isPartial());
    }

    @Test
    void dateRangeSaysWhyAnArticleIsOutside() {
        DateRange range = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertTrue(range.contains(LocalDate.of(2024, 12, 31)));
        assertEquals("date 2023-12-31 is before 'from' 2024-01-01", range.reason(LocalDate.of(2023, 12, 31)));
        assertEquals("date 2025-01-01 is after 'to' 2024-12-31", range.reason(LocalDate.of(2025, 1, 1)));
        assertTrue(DateRange.ALL.contains(LocalDate.of(1900, 1, 1)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
    }
}
