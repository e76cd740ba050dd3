package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportDataTest {

    @Test
    void rankingsAreKeptInRankOrderWhateverOrderTheyArriveIn() {
        EntityTotalRow second = new EntityTotalRow("actor", 2, "B", "PERSON", "", 3, 2, 0.2);
        EntityTotalRow first = new EntityTotalRow("actor", 1, "A", "PERSON", "", 5, 4, 0.4);
        ReportData data = new ReportData("job", "month", 5, 10, List.of(), Map.of("actor", List.of(second, first)),
                List.of());
        assertEquals(List.of(first, second), data.top(EntityKind.ACTOR));
        assertTrue(data.top(EntityKind.THEME).isEmpty());
    }

    @Test
    void anUnknownPeriodUnitOrTopNBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReportData("job", "fortnight", 5, 0, List.of(), Map.of(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new ReportData("job", "week", 0, 0, List.of(), Map.of(), List.of()));
    }
}
