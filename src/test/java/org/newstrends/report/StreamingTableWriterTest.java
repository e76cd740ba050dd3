package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingTableWriterTest {

    @TempDir
    Path dir;

    @Test
    void rejectsKeepTheirOrderAndQuoteCommasAndQuotes() throws IOException {
        long rows = StreamingTableWriter.writeRejects(dir, List.of(
                new RejectRow("data/a.txt", 3, "no date line"),
                new RejectRow("data/b.jsonl", 12, "bad JSON: unexpected ',' near \"text\"")).iterator());
        assertEquals(2, rows);
        CsvTable rejects = CsvTable.read(dir.resolve("rejects.csv"));
        assertEquals(List.of("input", "position", "reason"), rejects.header());
        assertEquals(List.of("data/a.txt", "3", "no date line"), rejects.rows().get(0));
        assertEquals(List.of("data/b.jsonl", "12", "bad JSON: unexpected ',' near \"text\""), rejects.rows().get(1));
    }

    @Test
    void noRejectsGivesAHeaderOnlyFile() throws IOException {
        assertEquals(0, StreamingTableWriter.writeRejects(dir, List.<RejectRow>of().iterator()));
        assertEquals("input,position,reason\n", Files.readString(dir.resolve("rejects.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void entityPeriodCountsAreTidyLongWithIsoDatesAndSixDecimalShares() throws IOException {
        LocalDate march = LocalDate.of(2024, 3, 1);
        long rows = StreamingTableWriter.writeEntityPeriodCounts(dir, List.of(
                new EntityPeriodRow("2024-03", march, "actor", "Lloyd Austin", "PERSON", "US", 5, 3, 8, 0.375),
                new EntityPeriodRow("2024-03", march, "theme", "MILITARY", "CONFLICT_SECURITY", null, 4, 1, 8,
                        0.125)).iterator());
        assertEquals(2, rows);
        String text = Files.readString(dir.resolve("tables/entity_period_counts.csv"), StandardCharsets.UTF_8);
        assertEquals("period,period_start,kind,entity,type,country,mentions,articles,period_articles,share\n"
                + "2024-03,2024-03-01,actor,Lloyd Austin,PERSON,US,5,3,8,0.375000\n"
                + "2024-03,2024-03-01,theme,MILITARY,CONFLICT_SECURITY,,4,1,8,0.125000\n", text);
    }

    @Test
    void entityTotalsHoldTheFullRanking() throws IOException {
        StreamingTableWriter.writeEntityTotals(dir, List.of(
                new EntityTotalRow("location", 1, "Kyiv, Ukraine", "CITY", "UA", 9, 4, 0.5)).iterator());
        CsvTable totals = CsvTable.read(dir.resolve("tables/entity_totals.csv"));
        assertEquals(List.of("kind", "rank", "entity", "type", "country", "mentions", "articles", "share"),
                totals.header());
        assertEquals(List.of("location", "1", "Kyiv, Ukraine", "CITY", "UA", "9", "4", "0.500000"),
                totals.rows().get(0));
        assertTrue(Files.readString(dir.resolve("tables/entity_totals.csv")).contains("\"Kyiv, Ukraine\""));
    }

    @Test
    void aliasesShowTheFormsMergedIntoEachEntity() throws IOException {
        long rows = StreamingTableWriter.writeAliases(dir, List.of(
                new AliasRow("actor", "Benjamin Netanyahu", "Netanyahu", 7, 5),
                new AliasRow("actor", "Benjamin Netanyahu", "Mr. Netanyahu", 2, 2),
                new AliasRow("location", "United States", "U.S.", 4, 3)).iterator());
        assertEquals(3, rows);
        CsvTable aliases = CsvTable.read(dir.resolve("tables/top_entity_aliases.csv"));
        assertEquals(List.of("kind", "entity", "alias", "mentions", "articles"), aliases.header());
        assertEquals(List.of("actor", "Benjamin Netanyahu", "Mr. Netanyahu", "2", "2"), aliases.rows().get(1));
        assertEquals(List.of("location", "United States", "U.S.", "4", "3"), aliases.rows().get(2));
    }
}
