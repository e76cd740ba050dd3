package org.newstrends.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanIndexTest {

    @Test
    void endsAreExclusiveAndNestedOrUnsortedSpansCount() {
        SpanIndex index = SpanIndex.of(List.of(new int[] {40, 50}, new int[] {10, 30}, new int[] {12, 14}));
        assertTrue(index.overlaps(29, 31));
        assertFalse(index.overlaps(30, 40));
        assertTrue(index.overlaps(20, 21), "inside the long span although a shorter one starts later");
        assertFalse(index.overlaps(0, 10));
        assertTrue(index.overlaps(49, 60));
        assertFalse(index.overlaps(50, 60));
        assertFalse(SpanIndex.of(List.of()).overlaps(0, 100));
    }

    @Test
    void answersAsAScanOfEverySpanWould() {
        Random random = new Random(7);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int start = random.nextInt(5_000);
            spans.add(new int[] {start, start + 1 + random.nextInt(40)});
        }
        SpanIndex index = SpanIndex.of(spans);
        for (int q = 0; q < 5_000; q++) {
            int start = random.nextInt(5_100);
            int end = start + 1 + random.nextInt(10);
            boolean scan = spans.stream().anyMatch(s -> start < s[1] && end > s[0]);
            assertEquals(scan, index.overlaps(start, end), "range " + start + ".." + end);
        }
    }
}
