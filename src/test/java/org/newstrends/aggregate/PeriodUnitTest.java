package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodUnitTest {

    private static final LocalDate D = LocalDate.of(2024, 3, 19);

    @Test
    void startsAndLabels() {
        assertEquals("2024-03-19", PeriodUnit.DAY.label(PeriodUnit.DAY.start(D)));
        assertEquals(LocalDate.of(2024, 3, 18), PeriodUnit.WEEK.start(D));
        assertEquals("2024-W12", PeriodUnit.WEEK.label(PeriodUnit.WEEK.start(D)));
        assertEquals("2024-03", PeriodUnit.MONTH.label(PeriodUnit.MONTH.start(D)));
        assertEquals(LocalDate.of(2024, 1, 1), PeriodUnit.QUARTER.start(D));
        assertEquals("2024-Q1", PeriodUnit.QUARTER.label(PeriodUnit.QUARTER.start(D)));
        assertEquals("2024", PeriodUnit.YEAR.label(PeriodUnit.YEAR.start(D)));
    }

    @Test
    void isoWeeksCrossTheYearBoundary() {
        LocalDate newYearsEve = LocalDate.of(2024, 12, 31);
        assertEquals(LocalDate.of(2024, 12, 30), PeriodUnit.WEEK.start(newYearsEve));
        assertEquals("2025-W01", PeriodUnit.WEEK.label(PeriodUnit.WEEK.start(newYearsEve)));
        assertEquals("2020-W53", PeriodUnit.WEEK.label(PeriodUnit.WEEK.start(LocalDate.of(2021, 1, 3))));
    }

    @Test
    void periodsCoverTheRangeWithoutGaps() {
        assertEquals(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)),
                PeriodUnit.MONTH.periods(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 1)));
        assertEquals(List.of(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 1, 1)),
                PeriodUnit.QUARTER.periods(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 2, 1)));
        assertEquals(1, PeriodUnit.DAY.periods(D, D).size());
    }

    @Test
    void parsesSpecNamesAndExplainsBadOnes() {
        assertEquals(PeriodUnit.WEEK, PeriodUnit.parse(" Week "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PeriodUnit.parse("monthly"));
        assertEquals("period must be one of day, week, month, quarter, year (got 'monthly')", e.getMessage());
    }
}
