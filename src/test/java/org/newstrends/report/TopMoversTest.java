package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TopMoversTest {

    @Test
    void aLastPeriodWithoutArticlesIsSkippedAndUnchangedSharesAreNoMove() {
        List<TopMover> movers = TopMovers.find(ReportFixtures.lastPeriodEmpty(), EntityKind.ACTOR, 5);
        assertEquals(List.of("Rising Star", "Fading Name"),
                movers.stream().map(TopMover::entity).toList());
        TopMover rising = movers.get(0);
        assertEquals("2024-01", rising.previousPeriod());
        assertEquals("2024-02", rising.period());
        assertEquals(0.1, rising.previousShare(), 1e-9);
        assertEquals(0.5, rising.share(), 1e-9);
        assertEquals("rising", rising.direction());
        assertEquals("falling", movers.get(1).direction());
        assertEquals(-0.4, movers.get(1).change(), 1e-9);
    }

    @Test
    void theLimitAppliesPerDirection() {
        List<TopMover> movers = TopMovers.find(ReportFixtures.realistic(), EntityKind.ACTOR, 1);
        assertEquals(2, movers.size());
        assertEquals("Emmanuel Macron", movers.get(0).entity());
        assertEquals("Benjamin Netanyahu", movers.get(1).entity());
    }

    @Test
    void oneLonePeriodHasNoMovers() {
        assertTrue(TopMovers.find(ReportFixtures.singlePeriodNoThemes(), EntityKind.ACTOR, 5).isEmpty());
    }
}
