package org.newstrends.extract.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IntIntMapTest {

    @Test
    void keepsEveryKeyThroughGrowingAndForgetsThemWhenCleared() {
        IntIntMap map = new IntIntMap();
        for (int k = -5000; k < 5000; k++) map.put(k * 7919, (k & 3) + 1);
        map.put(0, 9);
        for (int k = -5000; k < 5000; k++) {
            if (k != 0) assertEquals((k & 3) + 1, map.get(k * 7919));
        }
        assertEquals(9, map.get(0), "a later put replaces the value");
        assertEquals(0, map.get(1), "absent");
        map.clear();
        assertEquals(0, map.get(7919));
        map.put(7919, 2);
        assertEquals(2, map.get(7919));
    }

    @Test
    void refusesZeroWhichMeansAbsent() {
        assertThrows(IllegalArgumentException.class, () -> new IntIntMap().put(3, 0));
    }
}
