package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSinkTest {

    @TempDir
    Path dir;

    private <R> long write(Table<R> table, List<R> rows) throws IOException {
        try (ReportSink sink = ReportSink.open(dir)) {
            return sink.write(table, rows.iterator());
        }
    }

    @Test
    void rejectsKeepTheirOrderAndQuoteCommasAndQuotes() throws IOException {
        long rows = write(Tables.REJECTS, List.of(
                new RejectRow("data/a.txt", 3, "no date line"),
                new RejectRow("data/b.jsonl", 12, "bad JSON: unexpected ',' near \"text\"")));
        assertEquals(2, rows);
        CsvTable rejects = CsvTable.read(dir.resolve("rejects.csv"));
        assertEquals(List.of("input", "position", "reason"), rejects.header());
        assertEquals(List.of("data/a.txt", "3", "no date line"), rejects.rows().get(0));
        assertEquals(List.of("data/b.jsonl", "12", "bad JSON: unexpected ',' near \"text\""), rejects.rows().get(1));
    }

    @Test
    void noRejectsGivesAHeaderOnlyFile() throws IOException {
        assertEquals(0, write(Tables.REJECTS, List.of()));
        assertEquals("input,position,reason\n", Files.readString(dir.resolve("rejects.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void entityPeriodCountsAreTidyLongWithIsoDatesAndSixDecimalShares() throws IOException {
        LocalDate march = LocalDate.of(2024, 3, 1);
        long rows = write(Tables.ENTITY_PERIOD_COUNTS, List.of(
                new EntityPeriodRow("2024-03", march, "actor", "Lloyd Austin", "PERSON", "US", 5, 3, 8, 0.375),
                new EntityPeriodRow("2024-03", march, "theme", "MILITARY", "CONFLICT_SECURITY", null, 4, 1, 8,
                        0.125)));
        assertEquals(2, rows);
        String text = Files.readString(dir.resolve("tables/entity_period_counts.csv"), StandardCharsets.UTF_8);
        assertEquals("period,period_start,kind,entity,type,country,mentions,articles,unique_articles,period_articles,"
                + "share,unique_share,period_unique_articles\n"
                + "2024-03,2024-03-01,actor,Lloyd Austin,PERSON,US,5,3,3,8,0.375000,0.375000,8\n"
                + "2024-03,2024-03-01,theme,MILITARY,CONFLICT_SECURITY,,4,1,1,8,0.125000,0.125000,8\n", text);
    }

    @Test
    void entityTotalsHoldTheFullRanking() throws IOException {
        write(Tables.ENTITY_TOTALS, List.of(new EntityTotalRow("location", 1, "Kyiv, Ukraine", "CITY", "UA", 9, 4, 0.5)));
        CsvTable totals = CsvTable.read(dir.resolve("tables/entity_totals.csv"));
        assertEquals(List.of("kind", "rank", "entity", "type", "country", "mentions", "articles", "unique_articles",
                "share"), totals.header());
        assertEquals(List.of("location", "1", "Kyiv, Ukraine", "CITY", "UA", "9", "4", "4", "0.500000"),
                totals.rows().get(0));
        assertTrue(Files.readString(dir.resolve("tables/entity_totals.csv")).contains("\"Kyiv, Ukraine\""));
    }

    @Test
    void aliasesShowTheFormsMergedIntoEachEntity() throws IOException {
        long rows = write(Tables.TOP_ENTITY_ALIASES, List.of(
                new AliasRow("actor", "Benjamin Netanyahu", "Netanyahu", 7, 5),
                new AliasRow("actor", "Benjamin Netanyahu", "Mr. Netanyahu", 2, 2),
                new AliasRow("location", "United States", "U.S.", 4, 3)));
        assertEquals(3, rows);
        CsvTable aliases = CsvTable.read(dir.resolve("tables/top_entity_aliases.csv"));
        assertEquals(List.of("kind", "entity", "alias", "mentions", "articles"), aliases.header());
        assertEquals(List.of("actor", "Benjamin Netanyahu", "Mr. Netanyahu", "2", "2"), aliases.rows().get(1));
        assertEquals(List.of("location", "United States", "U.S.", "4", "3"), aliases.rows().get(2));
    }

    @Test
    void textFromTheInputThatASpreadsheetWouldRunGetsALeadingApostropheAndNumbersStayNumbers() throws IOException {
        write(Tables.TOP_ENTITY_ALIASES, List.of(
                new AliasRow("actor", "=HYPERLINK(\"http://x\",\"y\")", "+Bahia Superior+", 1, 1),
                new AliasRow("actor", "@SUM(1+1)", "-2+3", 2, 1),
                new AliasRow("actor", "\tTabbed", "\rReturned", 3, 1),
                new AliasRow("actor", "-12", "Plain name", 4, 1)));
        String text = Files.readString(dir.resolve("tables/top_entity_aliases.csv"), StandardCharsets.UTF_8);
        assertTrue(text.contains("actor,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+Bahia Superior+,1,1\n"), text);
        CsvTable aliases = CsvTable.read(dir.resolve("tables/top_entity_aliases.csv"));
        assertEquals(List.of("actor", "'@SUM(1+1)", "'-2+3", "2", "1"), aliases.rows().get(1));
        assertEquals(List.of("actor", "'\tTabbed", "'\rReturned", "3", "1"), aliases.rows().get(2));
        assertEquals(List.of("actor", "-12", "Plain name", "4", "1"), aliases.rows().get(3));
        assertEquals("=HYPERLINK(\"http://x\",\"y\")", CsvInjection.restore(aliases.rows().get(0).get(1)));
    }

    @Test
    void negativeNumbersAreNotNeutralised() throws IOException {
        LocalDate may = LocalDate.of(2024, 5, 1);
        write(Tables.TRENDS, List.of(new AnalysisRows.TrendRow("actor", "-5", "PERSON", may, may.plusDays(30),
                may.plusMonths(1), may.plusMonths(1).plusDays(29), 10, 5, 0.5, 0.25, -0.25, 4.5, "falling")));
        CsvTable trends = CsvTable.read(dir.resolve("tables/trends.csv"));
        assertEquals(List.of("actor", "-5", "PERSON", "2024-05-01", "2024-05-31", "2024-06-01", "2024-06-30", "10",
                "5", "0.500000", "0.250000", "-0.250000", "4.500000", "falling"), trends.rows().get(0));
    }

    @Test
    void pivotHeadersNamedAfterEntitiesAreNeutralisedToo() throws IOException {
        try (ReportSink sink = ReportSink.open(dir)) {
            sink.write(Tables.ACTORS_BY_PERIOD_ARTICLES, List.of("=SUM(A1:A9)", "Joe Biden"), List.of(
                    new PivotRow("2024-03", LocalDate.of(2024, 3, 1), 10, List.of(4L, 6L))).iterator());
        }
        assertEquals("period,period_start,period_articles,'=SUM(A1:A9),Joe Biden\n2024-03,2024-03-01,10,4,6\n",
                Files.readString(dir.resolve("tables/actors_by_period_articles.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void filesAreUtf8WithoutByteOrderMark() throws IOException {
        write(Tables.ENTITY_TOTALS, List.of(new EntityTotalRow("actor", 1, "Recep Tayyip Erdoğan", "PERSON", "TR", 3, 2,
                0.5)));
        byte[] bytes = Files.readAllBytes(dir.resolve("tables/entity_totals.csv"));
        assertEquals('k', bytes[0]);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("Recep Tayyip Erdoğan"));
    }

    @Test
    void aTableIsWrittenOnceAndNothingAfterTheReportIsSaved() throws IOException {
        try (ReportSink sink = ReportSink.open(dir)) {
            sink.write(Tables.REJECTS, List.<RejectRow>of().iterator());
            assertThrows(IllegalStateException.class, () -> sink.write(Tables.REJECTS, List.<RejectRow>of().iterator()));
            ReportWriter.write(sink, ReportFixtures.singlePeriodNoThemes());
            assertThrows(IllegalStateException.class,
                    () -> sink.write(Tables.ENTITY_TOTALS, List.<EntityTotalRow>of().iterator()));
            assertEquals(0, sink.rows(Tables.REJECTS));
            assertEquals(-1, sink.rows(Tables.ENTITY_TOTALS));
            assertFalse(sink.wrote(Tables.ENTITY_TOTALS));
        }
    }
}
