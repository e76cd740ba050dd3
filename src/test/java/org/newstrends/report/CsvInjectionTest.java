package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class CsvInjectionTest {

    @Test
    void cellsBeginningWithAFormulaCharacterGetALeadingApostrophe() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CsvInjection.neutralise("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+Bahia Superior+", CsvInjection.neutralise("+Bahia Superior+"));
        assertEquals("'@SUM(1+1)", CsvInjection.neutralise("@SUM(1+1)"));
        assertEquals("'-2+3", CsvInjection.neutralise("-2+3"));
        assertEquals("'\tx", CsvInjection.neutralise("\tx"));
        assertEquals("'\rx", CsvInjection.neutralise("\rx"));
        assertEquals("''=x", CsvInjection.neutralise("'=x"));
    }

    @Test
    void ordinaryTextAndPlainNumbersStayAsTheyAre() {
        for (String text : new String[] {"Joe Biden", "", "-12", "-0.5", "12", "'quoted'", "a=b", " =x", "\nx"}) {
            assertEquals(text, CsvInjection.neutralise(text));
        }
    }

    @Test
    void restoreGivesBackExactlyTheOriginalText() {
        Random random = new Random(7);
        String alphabet = "'=+-@\t\r a1.";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String original = text.toString();
            assertEquals(original, CsvInjection.restore(CsvInjection.neutralise(original)), original);
        }
    }
}
