package org.newstrends.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.theme.ThemeCategory;

class CategoryConfusionTest {

    @Test
    void accuracyPerCategoryPrecisionAndMacroAverage() {
        CategoryConfusion c = new CategoryConfusion();
        c.add(ThemeCategory.POLITICS, Optional.of(ThemeCategory.POLITICS));
        c.add(ThemeCategory.POLITICS, Optional.of(ThemeCategory.SOCIETY));
        c.add(ThemeCategory.POLITICS, Optional.empty());
        c.add(ThemeCategory.POLITICS, Optional.of(ThemeCategory.POLITICS));
        c.add(ThemeCategory.SPORT, Optional.of(ThemeCategory.SPORT));
        c.add(ThemeCategory.SOCIETY, Optional.of(ThemeCategory.POLITICS));
        assertEquals(0.5, c.accuracy(ThemeCategory.POLITICS), 1e-9);
        assertEquals(2.0 / 3, c.precision(ThemeCategory.POLITICS), 1e-9);
        assertEquals(1.0, c.accuracy(ThemeCategory.SPORT), 1e-9);
        assertEquals(0.0, c.accuracy(ThemeCategory.SOCIETY), 1e-9);
        assertEquals(0.5, c.accuracy(), 1e-9);
        assertEquals((0.5 + 1.0 + 0.0) / 3, c.macroAccuracy(), 1e-9);
        assertEquals(1, c.count(ThemeCategory.POLITICS, Optional.empty()));
        String table = c.format();
        assertTrue(table.contains("POLITICS                   4  0.500  0.667 |    2    0    0    0    1"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("all                        6  0.500")), table);
        assertTrue(table.lines().noneMatch(l -> l.startsWith("HEALTH")), table);
    }

    @Test
    void addAllSumsTwoTables() {
        CategoryConfusion a = new CategoryConfusion();
        a.add(ThemeCategory.ECONOMY, Optional.of(ThemeCategory.ECONOMY));
        CategoryConfusion b = new CategoryConfusion();
        b.add(ThemeCategory.ECONOMY, Optional.empty());
        a.addAll(b);
        assertEquals(2, a.items(ThemeCategory.ECONOMY));
        assertEquals(0.5, a.accuracy(ThemeCategory.ECONOMY), 1e-9);
    }
}
