package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SeedTextParserTest {

    private static List<IngestRecord> parse(String name, String content) {
        return ArticleFileReader.readAll(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                InputFormat.AUTO);
    }

    @Test
    void aSingleArticleFileTakesTheFileNameAsId() {
        List<IngestRecord> records = parse("data/000_abc.txt",
                " date 2024-03-19 US Defense Secretary Lloyd Austin met Yoav Gallant.\n\nSecond paragraph.\n");
        assertEquals(1, records.size());
        IngestRecord r = records.get(0);
        assertTrue(r.accepted());
        assertEquals("000_abc", r.getId());
        assertEquals(LocalDate.of(2024, 3, 19), r.getDate());
        assertEquals("US Defense Secretary Lloyd Austin met Yoav Gallant.\n\nSecond paragraph.", r.getText());
        assertEquals(1, r.getPosition());
    }

    @Test
    void manyArticlesWithTheTextOnTheSameOrTheNextLine() {
        List<IngestRecord> records = parse("a.txt",
                "date 2024-01-02\nFirst text.\n\ndate 2024-01-03 Second text.\n   date 2024-01-04\n\nThird.\n");
        assertEquals(3, records.size());
        assertEquals(List.of("a#1", "a#2", "a#3"), records.stream().map(IngestRecord::getId).toList());
        assertEquals(List.of("First text.", "Second text.", "Third."),
                records.stream().map(IngestRecord::getText).toList());
        assertEquals(List.of(1L, 4L, 5L), records.stream().map(IngestRecord::getPosition).toList());
    }

    @Test
    void badDatesAndEmptyArticlesAreRejectedWithTheirLine() {
        List<IngestRecord> records = parse("b.txt",
                "date 2024-02-30 Text of a bad date.\ndate 2024-02-01\n\ndate 2024/02/03 slashes\ndate 2024-02-04 ok\n");
        assertEquals(4, records.size());
        assertEquals("invalid date '2024-02-30' (expected YYYY-MM-DD)", records.get(0).getReason());
        assertEquals(1, records.get(0).getPosition());
        assertEquals("no text after the date line", records.get(1).getReason());
        assertEquals(2, records.get(1).getPosition());
        assertEquals("invalid date '2024/02/03' (expected YYYY-MM-DD)", records.get(2).getReason());
        assertNull(records.get(3).getReason());
    }

    @Test
    void textBeforeTheFirstDateLineIsRejectedNotLost() {
        List<IngestRecord> records = parse("c.txt", "\nSome stray header\ndate 2024-05-01 Body.\n");
        assertEquals(2, records.size());
        assertEquals("text before the first 'date YYYY-MM-DD' line", records.get(0).getReason());
        assertEquals(2, records.get(0).getPosition());
        assertTrue(records.get(1).accepted());
    }

    @Test
    void aFileWithoutAnyDateLineIsOneReject() {
        List<IngestRecord> records = parse("d.txt", "Just prose.\nMore prose.\n");
        assertEquals(1, records.size());
        assertFalse(records.get(0).accepted());
        assertTrue(records.get(0).getReason().startsWith("no 'date YYYY-MM-DD' line"));
    }

    @Test
    void proseStartingWithTheWordDateIsText() {
        List<IngestRecord> records = parse("e.txt", "date 2024-05-01 Body.\ndate night is popular\n");
        assertEquals(1, records.size());
        assertEquals("Body.\ndate night is popular", records.get(0).getText());
    }

    @Test
    void gzipIsReadTransparently() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("date 2024-06-01 Zipped article.\n".getBytes(StandardCharsets.UTF_8));
        }
        List<IngestRecord> records = ArticleFileReader.readAll("f.txt.gz",
                new ByteArrayInputStream(bytes.toByteArray()), InputFormat.AUTO);
        assertEquals(1, records.size());
        assertEquals("f", records.get(0).getId());
        assertEquals("Zipped article.", records.get(0).getText());
    }

    @Test
    void aCorruptGzipBecomesAReject() {
        List<IngestRecord> records = ArticleFileReader.readAll("g.txt.gz",
                new ByteArrayInputStream("not gzip at all".getBytes(StandardCharsets.UTF_8)), InputFormat.AUTO);
        assertEquals(1, records.size());
        assertTrue(records.get(0).getReason().startsWith("unreadable file"), records.get(0).getReason());
    }
}
