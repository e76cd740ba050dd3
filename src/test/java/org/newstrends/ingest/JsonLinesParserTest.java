package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {

    private static List<IngestRecord> parse(String content) {
        return ArticleFileReader.readAll("in/news.jsonl",
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), InputFormat.AUTO);
    }

    @Test
    void readsFieldsAndIgnoresUnknownOnes() {
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
    void timestampsCountOnTheirWrittenDateAndIdsDefaultToTheLine() {
        List<IngestRecord> records = parse("\n{\"date\":\"2024-03-19T23:30:00-05:00\",\"text\":\"a\"}\n"
                + "{\"date\":\"2024-03-20T01:00:00Z\",\"text\":\"b\"}\n{\"date\":\"2024-03-21T08:00:00\",\"text\":\"c\"}\n");
        assertEquals(3, records.size());
        assertEquals(List.of(LocalDate.of(2024, 3, 19), LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 21)),
                records.stream().map(IngestRecord::getDate).toList());
        assertEquals("news#2", records.get(0).getId());
        assertEquals(2, records.get(0).getPosition());
    }

    @Test
    void badLinesAreRejectedWithReasonAndLine() {
        List<IngestRecord> records = parse("{\"date\":\"2024-01-01\"}\n[1]\n{oops\n{\"date\":\"yesterday\",\"text\":\"t\"}\n"
                + "{\"text\":\"t\"}\n{\"date\":\"2024-01-01\",\"text\":\"  \"}\n");
        assertEquals(6, records.size());
        assertEquals("no text", records.get(0).getReason());
        assertEquals("not a JSON object", records.get(1).getReason());
        assertTrue(records.get(2).getReason().startsWith("invalid JSON"));
        assertTrue(records.get(3).getReason().startsWith("invalid date 'yesterday'"));
        assertEquals("missing date", records.get(4).getReason());
        assertEquals("no text", records.get(5).getReason());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), records.stream().map(IngestRecord::getPosition).toList());
        records.forEach(r -> assertNull(r.getDate()));
    }
}
