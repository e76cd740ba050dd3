package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The boilerplate limit and the sample its counts come from. */
class BoilerplateTest {
    @Test
    void limitGrowsWithTheCollection() {
        assertEquals(100, Boilerplate.limit(450));
        assertEquals(100, Boilerplate.limit(100_000));
        assertEquals(1000, Boilerplate.limit(1_000_000));
    }

    @Test
    void smallCollectionsAreCountedWholeAndLargeOnesFromAboutTwentyThousandArticles() {
        assertEquals(1.0, Boilerplate.sampleRate(20_000));
        assertEquals(0.2, Boilerplate.sampleRate(100_000), 1e-12);
        int sampled = 0;
        for (int i = 0; i < 100_000; i++) {
            String order = CopyFingerprint.orderKey(LocalDate.of(2024, 1, 1).plusDays(i % 700), "article-" + i);
            if (Boilerplate.sampled(order, 0.2)) sampled++;
            assertTrue(Boilerplate.sampled(order, 1.0));
        }
        assertEquals(20_000, sampled, 600);
    }
}
