package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstrends.ingest.IngestFixtures.ids;
import static org.newstrends.ingest.IngestFixtures.positions;
import static org.newstrends.ingest.IngestFixtures.read;
import static org.newstrends.ingest.IngestFixtures.reasons;
import static org.newstrends.ingest.IngestFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesParserTest {
    @TempDir
    Path dir;

    private List<IngestRecord> parse(String content) throws IOException {
        return read(write(dir, "in/news.jsonl", content));
    }

    @Test
    void readsFieldsAndIgnoresUnknownOnes() throws IOException {
        List<IngestRecord> records = parse("{\"id\":\"a1\",\"date\":\"2024-03-19\",\"title\":\"T\",\"text\":\"Body\","
                + "\"source\":\"wire\",\"url\":\"http://x\",\"extra\":[1,2]}\n");
        IngestRecord r = records.get(0);
        assertTrue(r.accepted());
        assertEquals("a1", r.getId());
        assertEquals(LocalDate.of(2024, 3, 19), r.getDate());
        assertEquals("T", r.getTitle());
        assertEquals("Body", r.getText());
        assertEquals("wire", r.getSource());
        assertEquals("http://x", r.getUrl());
    }

    @Test
    void timestampsCountOnTheirWrittenDateAndIdsDefaultToTheLine() throws IOException {
        List<IngestRecord> records = parse("\n{\"date\":\"2024-03-19T23:30:00-05:00\",\"text\":\"a\"}\n"
                + "{\"date\":\"2024-03-20 01:00:00\",\"text\":\"b\"}\n{\"published\":\"Thu, 21 Mar 2024 08:00:00 GMT\",\"body\":\"c\"}\n");
        assertEquals(List.of(LocalDate.of(2024, 3, 19), LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 21)),
                records.stream().map(IngestRecord::getDate).toList());
        assertEquals(List.of("news#2", "news#3", "news#4"), ids(records));
        assertEquals(List.of(2L, 3L, 4L), positions(records));
    }

    @Test
    void aFileOfOneRecordGivesItTheFilesId() throws IOException {
        assertEquals(List.of("news"), ids(parse("\n\n{\"date\":\"2024-03-19\",\"text\":\"only one\"}\n")));
    }

    @Test
    void badLinesAreRejectedWithReasonAndLine() throws IOException {
        List<IngestRecord> records = parse("{\"date\":\"2024-01-01\",\"text\":\"\"}\n[1]\n{oops\n"
                + "{\"date\":\"yesterday\",\"text\":\"t\"}\n{\"text\":\"t\"}\n{\"date\":\"2024-01-01\",\"text\":42}\n"
                + "{\"date\":{},\"text\":\"t\"}\n{\"date\":NaN,\"text\":\"t\"}\n{\"date\":\"2024-01-01\",\"text\":\"t\"} {}\n"
                + "\"just a string\"\n");
        assertEquals(List.of("no text", "not a JSON object (array)", "invalid JSON", "invalid date 'yesterday'",
                "missing date", "'text' is a number (42), expected text",
                "'date' is an object, expected a date", "invalid date 'NaN'", "invalid JSON", "not a JSON object (string)"),
                reasons(records).stream().map(r -> r.startsWith("invalid JSON") ? "invalid JSON" : r).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), positions(records));
        records.forEach(r -> assertNull(r.getDate()));
    }

    @Test
    void theFieldsMappingNamesTheColumns() throws IOException {
        ReadOptions options = new ReadOptions(InputFormat.AUTO, FieldMapping.of(Map.of(ArticleField.TEXT,
                List.of("story_text"), ArticleField.DATE, List.of("when"))), "dd/MM/yyyy", null, 1000);
        List<IngestRecord> records = read(write(dir, "m.jsonl",
                "{\"when\":\"14/06/2024\",\"story_text\":\"Mapped.\",\"text\":\"ignored\"}\n"
                        + "{\"when\":\"2024-06-15\",\"text\":\"no story_text\"}\n"), options);
        assertEquals("Mapped.", records.get(0).getText());
        assertEquals(LocalDate.of(2024, 6, 14), records.get(0).getDate());
        assertEquals("no text (looked for story_text, description, summary, short_description, lead)",
                records.get(1).getReason());
    }

    @Test
    void aLineLongerThanTheLimitIsRejectedAndTheNextLineRead() throws IOException {
        String big = "{\"date\":\"2024-01-01\",\"text\":\"" + "x".repeat(5000) + "\"}\n";
        List<IngestRecord> records = read(write(dir, "big.jsonl", big + big.replace("x".repeat(5000), "x".repeat(50))
                + "{\"date\":\"2024-01-02\",\"text\":\"" + "y".repeat(1500) + "\"}\n"), IngestFixtures.limit(1000));
        assertEquals(Arrays.asList("article longer than max_article_chars (1000 characters)", null,
                "article longer than max_article_chars (1000 characters)"), reasons(records));
    }
}
