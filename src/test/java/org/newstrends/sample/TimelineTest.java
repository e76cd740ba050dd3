package org.newstrends.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private final Timeline nineMonths = new Timeline(LocalDate.of(2024, 1, 1), 9);

    @Test
    void coversWholeCalendarMonths() {
        assertEquals(LocalDate.of(2024, 10, 1), nineMonths.end());
        assertEquals(274, nineMonths.days());
        assertEquals(LocalDate.of(2024, 9, 30), nineMonths.day(273));
    }

    @Test
    void placesEventsByShareOfThePeriod() {
        assertEquals(5, nineMonths.monthAt(0.6));
        assertEquals(LocalDate.of(2024, 6, 16), nineMonths.dayOfMonth(nineMonths.monthAt(0.6), 16));
        assertEquals(8, nineMonths.monthAt(1.0));
    }

    @Test
    void clampsEventDaysIntoThePeriod() {
        Timeline fromMidMonth = new Timeline(LocalDate.of(2024, 3, 20), 1);
        assertEquals(LocalDate.of(2024, 3, 20), fromMidMonth.dayOfMonth(0, 7));
        assertEquals(LocalDate.of(2024, 4, 19), fromMidMonth.dayOfMonth(1, 28));
    }

    @Test
    void rejectsAnEmptyPeriod() {
        assertThrows(IllegalArgumentException.class, () -> new Timeline(LocalDate.of(2024, 1, 1), 0));
    }
}
