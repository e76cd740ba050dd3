package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstrends.ingest.IngestFixtures.ids;
import static org.newstrends.ingest.IngestFixtures.positions;
import static org.newstrends.ingest.IngestFixtures.read;
import static org.newstrends.ingest.IngestFixtures.reasons;
import static org.newstrends.ingest.IngestFixtures.texts;
import static org.newstrends.ingest.IngestFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedTextParserTest {
    @TempDir
    Path dir;

    private List<IngestRecord> parse(String name, String content) throws IOException {
        return read(write(dir, name, content));
    }

    @Test
    void aSingleArticleFileTakesTheFileNameAsId() throws IOException {
        List<IngestRecord> records = parse("000_abc.txt",
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
    void manyArticlesWithTheTextOnTheSameOrTheNextLine() throws IOException {
        List<IngestRecord> records = parse("a.txt",
                "date 2024-01-02\nFirst text.\n\ndate 2024-01-03 Second text.\n   date 2024-01-04\n\nThird.\n\n\n");
        assertEquals(List.of("a#1", "a#2", "a#3"), ids(records));
        assertEquals(List.of("First text.", "Second text.", "Third."), texts(records));
        assertEquals(List.of(1L, 4L, 5L), positions(records));
    }

    @Test
    void onlyALineWhoseSecondWordIsADateOpensAnArticle() throws IOException {
        List<IngestRecord> records = parse("e.txt", "date 2024-05-01 Body.\ndate 10 days later, talks resumed.\n"
                + "date night is popular\ndate 2024/02/03 slashes\ndate\ndate 2024-05-01x\n");
        assertEquals(1, records.size(), "no bogus article and no bogus reject");
        assertEquals("Body.\ndate 10 days later, talks resumed.\ndate night is popular\ndate 2024/02/03 slashes\ndate\n"
                + "date 2024-05-01x", records.get(0).getText());
        assertEquals("e", records.get(0).getId());
    }

    @Test
    void badDatesAndEmptyArticlesAreRejectedWithTheirLine() throws IOException {
        List<IngestRecord> records = parse("b.txt",
                "date 2024-02-30 Text of a bad date.\ndate 2024-02-01\n\ndate 1799-02-03 old\ndate 2024-02-04 ok\n");
        assertEquals(Arrays.asList("invalid date '2024-02-30' (expected YYYY-MM-DD)", "no text after the date line",
                "date '1799-02-03' is before 1800", null), reasons(records));
        assertEquals(List.of(1L, 2L, 4L, 5L), positions(records));
    }

    @Test
    void textBeforeTheFirstDateLineIsRejectedNotLost() throws IOException {
        List<IngestRecord> records = parse("c.txt", "\nSome stray header\ndate 2024-05-01 Body.\n");
        assertEquals(2, records.size());
        assertEquals("text before the first 'date YYYY-MM-DD' line", records.get(0).getReason());
        assertEquals(2, records.get(0).getPosition());
        assertTrue(records.get(1).accepted());
        assertEquals("c", records.get(1).getId());
    }

    @Test
    void aFileWithoutAnyDateLineIsOneReject() throws IOException {
        List<IngestRecord> records = parse("d.txt", "Just prose.\nMore prose.\n");
        assertEquals(1, records.size());
        assertFalse(records.get(0).accepted());
        assertTrue(records.get(0).getReason().startsWith("no 'date YYYY-MM-DD' line"));
    }

    @Test
    void windowsAndOldMacLineEndsAreLineEnds() throws IOException {
        List<IngestRecord> records = parse("w.txt", "date 2024-05-01\r\nFirst.\r\n\r\ndate 2024-05-02 Second.\rMore.\r");
        assertEquals(List.of("First.", "Second.\nMore."), texts(records));
        assertEquals(List.of(1L, 4L), positions(records));
    }

    @Test
    void anArticleLongerThanTheLimitIsRejectedAndTheNextOneRead() throws IOException {
        String big = "word ".repeat(400);
        List<IngestRecord> records = read(write(dir, "big.txt", "date 2024-05-01 start\n" + big + "\n" + big + "\n"
                + "date 2024-05-02 next\n"), IngestFixtures.limit(1000));
        assertEquals(Arrays.asList("article longer than max_article_chars (1000 characters)", null), reasons(records));
        assertEquals("next", records.get(1).getText());
    }

    @Test
    void markupInSeedTextIsStripped() throws IOException {
        List<IngestRecord> records = parse("m.txt", "date 2024-05-01 <p>Marks &amp; Spencer</p><p>Next.</p>\n");
        assertEquals("Marks & Spencer\n\nNext.", records.get(0).getText());
        assertNull(records.get(0).getTitle());
    }
}
