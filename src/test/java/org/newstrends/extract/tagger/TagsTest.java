package org.newstrends.extract.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.NameType;

class TagsTest {

    @Test
    void aNameOnceOpenedContinuesOrClosesInItsOwnType() {
        int bPer = Tags.tag(NameType.PER, 0);
        assertTrue(Tags.follows(bPer, Tags.tag(NameType.PER, 1)));
        assertTrue(Tags.follows(bPer, Tags.tag(NameType.PER, 2)));
        assertFalse(Tags.follows(bPer, Tags.OUTSIDE));
        assertFalse(Tags.follows(bPer, Tags.tag(NameType.LOC, 2)));
        assertFalse(Tags.follows(bPer, Tags.tag(NameType.PER, 0)));
    }

    @Test
    void aSentenceStartsOutsideAName() {
        assertTrue(Tags.follows(Tags.START, Tags.OUTSIDE));
        assertTrue(Tags.follows(Tags.START, Tags.tag(NameType.ORG, 3)));
        assertFalse(Tags.follows(Tags.START, Tags.tag(NameType.ORG, 1)));
        assertFalse(Tags.closes(Tags.tag(NameType.LOC, 0)));
        assertTrue(Tags.closes(Tags.tag(NameType.LOC, 2)));
    }

    @Test
    void thePredecessorsOfEachTagAreExactlyTheTagsItMayFollow() {
        int count = 0;
        for (int cur = 0; cur < Tags.COUNT; cur++) {
            int k = 0;
            for (int prev = 0; prev < Tags.COUNT; prev++) {
                if (!Tags.follows(prev, cur)) continue;
                assertEquals(prev, Tags.PREDECESSORS[cur][k++], "in ascending order");
            }
            assertEquals(k, Tags.PREDECESSORS[cur].length);
            count += k;
        }
        assertEquals(9 * 9 + 8 * 2, count, "O, B and U follow O, L and U; I and L follow B and I of their type");
    }

    @Test
    void namesTagsInBilou() {
        assertEquals("U-MISC", Tags.name(Tags.at(NameType.MISC, 0, 1)));
        assertEquals("B-PER", Tags.name(Tags.at(NameType.PER, 0, 3)));
        assertEquals("I-PER", Tags.name(Tags.at(NameType.PER, 1, 3)));
        assertEquals("L-PER", Tags.name(Tags.at(NameType.PER, 2, 3)));
        assertEquals(17, Tags.COUNT);
    }
}
