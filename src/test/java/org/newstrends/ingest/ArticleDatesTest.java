package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleDatesTest {
    private static final Clock JULY_2024 = Clock.fixed(Instant.parse("2024-07-01T12:00:00Z"), ZoneOffset.UTC);
    private static final ArticleDates AS_WRITTEN = new ArticleDates(null, null, JULY_2024);
    private static final ArticleDates IN_TOKYO = new ArticleDates(null, ZoneId.of("Asia/Tokyo"), JULY_2024);

    private static LocalDate date(ArticleDates dates, Object value) {
        ArticleDates.Reading r = dates.read(value);
        assertNull(r.problem(), () -> "problem with " + value + ": " + r.problem());
        return r.date();
    }

    private static String problem(ArticleDates dates, Object value) {
        ArticleDates.Reading r = dates.read(value);
        assertNull(r.date(), () -> value + " read as " + r.date());
        return r.problem();
    }

    @Test
    void isoDatesAndDateTimesWithOrWithoutOffsetZoneOrFraction() {
        LocalDate june14 = LocalDate.of(2024, 6, 14);
        for (String v : new String[] {"2024-06-14", " 2024-06-14 ", "2024-06-14T10:30", "2024-06-14T10:30:00",
                "2024-06-14T10:30:00.123456", "2024-06-14T10:30:00Z", "2024-06-14T10:30:00.5+02:00",
                "2024-06-14T23:30:00-05:00", "2024-06-14T10:30:00+0200", "2024-06-14T10:30:00+02",
                "2024-06-14T10:30:00+02:00[Europe/Paris]", "2024-06-14 10:30:00", "2024-06-14 10:30:00+00:00",
                "2024-06-14 10:30:00 +00:00", "2024-06-14t10:30:00z"}) {
            assertEquals(june14, date(AS_WRITTEN, v), v);
        }
    }

    @Test
    void rfc1123And2822() {
        LocalDate june16 = LocalDate.of(2024, 6, 16);
        for (String v : new String[] {"Sun, 16 Jun 2024 10:00:00 GMT", "Sun, 16 Jun 2024 10:00:00 +0000",
                "16 Jun 2024 10:00 -0500", "Sun, 16 Jun 2024 22:00:00 EST", "Sun, 16 Jun 2024 10:00:00 UT",
                "Sunday, 16 June 2024 10:00:00 PDT", "Mon, 16 Jun 2024 10:00:00 GMT"}) {
            assertEquals(june16, date(AS_WRITTEN, v), v);
        }
    }

    @Test
    void writtenMonthsDigitsAndGdelt() {
        LocalDate june14 = LocalDate.of(2024, 6, 14);
        for (String v : new String[] {"June 14, 2024", "Jun 14, 2024", "june 14 2024", "14 June 2024", "14 Jun 2024",
                "20240614", "20240614103000"}) {
            assertEquals(june14, date(AS_WRITTEN, v), v);
        }
    }

    @Test
    void unixSecondsAndMillisecondsInNumbersOrDigitStrings() {
        long seconds = Instant.parse("2024-06-14T10:30:00Z").getEpochSecond();
        LocalDate june14 = LocalDate.of(2024, 6, 14);
        assertEquals(june14, date(AS_WRITTEN, seconds));
        assertEquals(june14, date(AS_WRITTEN, seconds * 1000));
        assertEquals(june14, date(AS_WRITTEN, seconds + 0.25));
        assertEquals(june14, date(AS_WRITTEN, Long.toString(seconds)));
        assertEquals(june14, date(AS_WRITTEN, Long.toString(seconds * 1000)));
        assertEquals(june14, date(AS_WRITTEN, 20240614), "a number shaped like yyyyMMdd is that day");
        assertEquals(june14, date(AS_WRITTEN, 20240614103000L));
    }

    @Test
    void dateAndTimeValuesOfParquetColumns() {
        Instant instant = Instant.parse("2024-06-14T20:00:00Z");
        LocalDate june14 = LocalDate.of(2024, 6, 14);
        assertEquals(june14, date(AS_WRITTEN, java.sql.Date.valueOf(june14)));
        assertEquals(june14, date(AS_WRITTEN, Timestamp.from(instant)));
        assertEquals(june14, date(AS_WRITTEN, instant));
        assertEquals(june14, date(AS_WRITTEN, june14));
        assertEquals(june14, date(AS_WRITTEN, LocalDateTime.of(2024, 6, 14, 23, 0)));
        assertEquals(june14, date(AS_WRITTEN, OffsetDateTime.parse("2024-06-14T23:00:00-04:00")));
        assertEquals(LocalDate.of(2024, 6, 15), date(IN_TOKYO, Timestamp.from(instant)));
    }

    @Test
    void countedOnTheDateAsWrittenOrInTheJobsTimezone() {
        String lateInNewYork = "2024-06-14T23:30:00-04:00";
        assertEquals(LocalDate.of(2024, 6, 14), date(AS_WRITTEN, lateInNewYork));
        assertEquals(LocalDate.of(2024, 6, 15), date(IN_TOKYO, lateInNewYork));
        assertEquals(LocalDate.of(2024, 6, 15), date(IN_TOKYO, "Fri, 14 Jun 2024 23:30:00 -0400"));
        assertEquals(LocalDate.of(2024, 6, 15), date(IN_TOKYO, "20240614200000"), "GDELT times are UTC");
        assertEquals(LocalDate.of(2024, 6, 14), date(IN_TOKYO, "2024-06-14T23:30:00"),
                "a local time has no zone to convert from");
        assertEquals(LocalDate.of(2024, 6, 14), date(IN_TOKYO, "2024-06-14"));
    }

    @Test
    void theInputsPatternIsTriedAfterTheBuiltInForms() {
        ArticleDates dayFirst = new ArticleDates("d/M/yyyy", null, JULY_2024);
        assertEquals(LocalDate.of(2024, 6, 14), date(dayFirst, "14/6/2024"));
        assertEquals(LocalDate.of(2024, 6, 14), date(dayFirst, "2024-06-14"));
        assertEquals("invalid date '31/2/2024'", problem(dayFirst, "31/2/2024"));
        ArticleDates withTime = new ArticleDates("dd.MM.yyyy HH:mm xxx", ZoneId.of("UTC"), JULY_2024);
        assertEquals(LocalDate.of(2024, 6, 13), date(withTime, "14.06.2024 01:00 +02:00"));
        assertEquals("invalid date '14/6/2024'", problem(AS_WRITTEN, "14/6/2024"));
    }

    @Test
    void aBadPatternSaysWhatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReadOptions(InputFormat.CSV, FieldMapping.auto(), "dd/MM/yyyy {", null, 10));
        assertTrue(e.getMessage().startsWith("date_format 'dd/MM/yyyy {' is not a java.time pattern"), e.getMessage());
    }

    @Test
    void everyRefusalQuotesTheValue() {
        assertEquals("invalid date 'NaN'", problem(AS_WRITTEN, "NaN"));
        assertEquals("invalid date 'NaN'", problem(AS_WRITTEN, Double.NaN));
        assertEquals("invalid date 'yesterday'", problem(AS_WRITTEN, "yesterday"));
        assertEquals("invalid date '2024-02-30'", problem(AS_WRITTEN, "2024-02-30"));
        assertEquals("invalid date '2024-06-14T25:00'", problem(AS_WRITTEN, "2024-06-14T25:00"));
        assertEquals("invalid date '12345'", problem(AS_WRITTEN, "12345"));
        assertEquals("date '1799-12-31' is before 1800", problem(AS_WRITTEN, "1799-12-31"));
        assertEquals("date '2024-07-03' is after tomorrow", problem(AS_WRITTEN, "2024-07-03"));
        assertEquals(LocalDate.of(2024, 7, 2), date(AS_WRITTEN, "2024-07-02"));
        assertEquals(LocalDate.of(1800, 1, 1), date(AS_WRITTEN, "1800-01-01"));
        String longValue = "x".repeat(500);
        assertEquals("invalid date '" + "x".repeat(80) + "...'", problem(AS_WRITTEN, longValue));
    }

    @Test
    void seedDateLinesTakeOnlyIsoDates() {
        assertEquals(LocalDate.of(2024, 6, 14), AS_WRITTEN.readIsoDate("2024-06-14").date());
        assertEquals("invalid date '2024-13-05' (expected YYYY-MM-DD)", AS_WRITTEN.readIsoDate("2024-13-05").problem());
        assertEquals("date '1799-03-19' is before 1800", AS_WRITTEN.readIsoDate("1799-03-19").problem());
    }
}
