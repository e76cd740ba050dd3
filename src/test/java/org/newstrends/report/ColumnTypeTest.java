package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ColumnTypeTest {

    @Test
    void decimalsHaveSixPlacesAndADotWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.333333", ColumnType.DECIMAL.format(1.0 / 3));
            assertEquals("1.000000", ColumnType.DECIMAL.format(1));
            assertEquals("0.000000", ColumnType.DECIMAL.format(-0.0));
            assertEquals("0.000001", ColumnType.DECIMAL.format(0.0000005));
            assertEquals("0.123457", ColumnType.DECIMAL.format(0.1234565));
            assertEquals("12.500000", ColumnType.DECIMAL.format(12.5));
            assertEquals("", ColumnType.DECIMAL.format(Double.NaN));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void decimalsRoundLikePercentSixF() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            double value = random.nextDouble() * Math.pow(10, random.nextInt(5));
            assertEquals(String.format(Locale.ROOT, "%.6f", value), ColumnType.DECIMAL.format(value));
        }
    }

    @Test
    void integersDatesAndNullsAreWrittenPlainly() {
        assertEquals("1234567", ColumnType.INTEGER.format(1_234_567L));
        assertEquals("2024-03-04", ColumnType.DATE.format(LocalDate.of(2024, 3, 4)));
        assertEquals("", ColumnType.TEXT.format(null));
    }
}
