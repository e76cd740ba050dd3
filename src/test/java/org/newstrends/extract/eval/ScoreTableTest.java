package org.newstrends.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreTableTest {

    @Test
    void computesPrecisionRecallAndF1PerTypeAndMicro() {
        ScoreTable t = new ScoreTable();
        for (int i = 0; i < 3; i++) t.truePositive("PER");
        t.falsePositive("PER");
        t.truePositive("LOC");
        t.falseNegative("LOC");
        assertEquals(0.75, t.precision("PER"), 1e-9);
        assertEquals(1.0, t.recall("PER"), 1e-9);
        assertEquals(0.5, t.recall("LOC"), 1e-9);
        assertEquals(0.8, t.precision(null), 1e-9);
        assertEquals(0.8, t.recall(null), 1e-9);
        assertEquals(0.8, t.f1(null), 1e-9);
        assertEquals(0.0, t.f1("ORG"), 1e-9);
        assertTrue(t.format().contains("micro"));
    }
}
