package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopSeriesTest {

    @Test
    void fillsEveryPeriodOfEveryTopEntityWithZeros() {
        EntityTotal hamas = new EntityTotal();
        hamas.setKind("actor");
        hamas.setKey("Hamas");
        hamas.setEntity("Hamas");
        hamas.setRank(1);
        EntityPeriodCount march = new EntityPeriodCount();
        march.setKind("actor");
        march.setKey("Hamas");
        march.setEntity("Hamas");
        march.setPeriodStart(LocalDate.of(2024, 3, 1));
        march.setArticles(2);
        march.setMentions(5);
        march.setPeriodArticles(4);
        march.setShare(0.5);
        List<LocalDate> periods = PeriodUnit.MONTH.periods(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1));
        List<EntityPeriodCount> dense = TopSeries.dense(List.of(hamas), List.of(march), periods,
                Map.of(LocalDate.of(2024, 1, 1), 3L, LocalDate.of(2024, 3, 1), 4L));
        assertEquals(3, dense.size());
        assertEquals(List.of(0L, 0L, 2L), dense.stream().map(EntityPeriodCount::getArticles).toList());
        assertEquals(List.of(3L, 0L, 4L), dense.stream().map(EntityPeriodCount::getPeriodArticles).toList());
        assertEquals(0.0, dense.get(1).getShare());
    }
}
