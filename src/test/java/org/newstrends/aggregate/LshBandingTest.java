package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The banding chosen for a threshold and its S-curve, as docs/measures.md gives them. */
class LshBandingTest {
    @Test
    void defaultThresholdGetsTwelveBandsOfFiveAndMissesUnderOnePercentAtIt() {
        LshBanding banding = LshBanding.forThreshold(0.8);
        assertEquals(5, banding.rows());
        assertEquals(12, banding.bands());
        assertEquals(60, banding.hashes());
        assertEquals(0.9915, banding.candidateProbability(0.8), 1e-4);
        assertEquals(0.99998, banding.candidateProbability(0.9), 1e-5);
        assertEquals(0.0287, banding.candidateProbability(0.3), 1e-4);
        assertEquals(0.608, banding.steepestSimilarity(), 1e-3);
    }

    @Test
    void otherThresholdsGetTheFewestBandsThatKeepTheMissUnderOnePercent() {
        assertEquals(6, LshBanding.forThreshold(0.9).bands());
        assertEquals(26, LshBanding.forThreshold(0.7).bands());
        assertEquals(1, LshBanding.forThreshold(1.0).bands());
        for (double t : new double[] {0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}) {
            LshBanding b = LshBanding.forThreshold(t);
            assertTrue(1 - b.candidateProbability(t) <= LshBanding.MAX_MISS, "threshold " + t);
            assertTrue(Math.pow(1 - Math.pow(t, b.rows()), b.bands() - 1) > LshBanding.MAX_MISS, "fewest at " + t);
        }
        assertEquals(LshBanding.MAX_BANDS, LshBanding.forThreshold(0.3).bands());
    }

    @Test
    void bucketKeysDependOnTheBandAndOnlyOnItsValues() {
        LshBanding banding = LshBanding.forThreshold(0.8);
        double[] a = new double[60];
        double[] b = new double[60];
        for (int i = 0; i < 60; i++) {
            a[i] = 1000 + i;
            b[i] = i < 5 ? 1000 + i : 7;
        }
        assertEquals(banding.bucketKey(0, a), banding.bucketKey(0, b));
        assertNotEquals(banding.bucketKey(1, a), banding.bucketKey(1, b));
        double[] shifted = a.clone();
        shifted[5] = a[0];
        shifted[0] = a[5];
        assertNotEquals(banding.bucketKey(0, a), banding.bucketKey(0, shifted));
        assertNotEquals(banding.bucketKey(0, a), banding.bucketKey(1, a));
    }
}
