package org.newstrends.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One rule for how names are written and compared, whatever the extraction method. */
class SurfaceTest {

    @Test
    void aPossessiveIsCutHoweverItIsWritten() {
        assertEquals("Israel", Surface.withoutPossessive("Israel's"));
        assertEquals("Israel", Surface.withoutPossessive("Israel\u2019s"));
        assertEquals("ISRAEL", Surface.withoutPossessive("ISRAEL'S"));
        assertEquals("U.S.", Surface.withoutPossessive("U.S.'s"));
        assertEquals("1985", Surface.withoutPossessive("1985's"));
        assertEquals("'s", Surface.withoutPossessive("'s"));
        assertEquals("Gates", Surface.withoutPossessive("Gates"));
        assertFalse(Surface.hasPossessive("O'Brien"));
        assertTrue(Surface.hasPossessive("Moody's"));
    }

    @Test
    void thePossessiveOfATokenOrASpanEndsWhereTheNameDoes() {
        assertEquals(16, Surface.coreEnd(new Token("Israel's", 10, 18, false)));
        assertEquals(18, Surface.coreEnd(new Token("Israeli", 11, 18, false)));
        String text = "in Netanyahu's plan";
        assertEquals(12, Surface.possessiveStart(text, 3, 14));
        assertEquals(19, Surface.possessiveStart(text, 15, 19));
        assertEquals(8, Surface.possessiveStart("MOODY 'S", 0, 8));
    }

    @Test
    void trailingDotsSpacesAndCaseKeys() {
        assertEquals("Gen", Surface.withoutTrailingDot("Gen."));
        assertEquals(".", Surface.withoutTrailingDot("."));
        assertEquals("New York", Surface.normaliseSpaces("  New \n  York "));
        assertEquals("Securities and Exchange Commission", Surface.normaliseSpaces("Securities and\nExchange  Commission"));
        assertEquals("Gaza", Surface.normaliseSpaces("Gaza"));
        assertEquals("", Surface.normaliseSpaces(" \n "));
        assertEquals("gen", Surface.titleKey("Gen."));
        assertEquals("Corp", Surface.titleCase("CORP"));
        assertEquals("WHITE HOUSE", Surface.upperKey("White House"));
        assertEquals("istanbul".length(), Surface.lowerCaseSameLength("\u0130stanbul").length());
        assertTrue(Surface.hasLowerCase("U.S.-made"));
        assertFalse(Surface.hasLowerCase("NATO"));
        assertEquals(3, Surface.letterCount("U.S.A."));
    }
}
