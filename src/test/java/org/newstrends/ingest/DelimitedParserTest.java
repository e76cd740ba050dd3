package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class DelimitedParserTest {
    @TempDir
    Path dir;

    @Test
    void anExportLikeTheBbcsWithABlankFirstHeaderAndMultiLineQuotedText() throws IOException {
        Path csv = write(dir, "bbc_news.csv", ",url,content,headline,publish_date,author\r\n"
                + "0,https://bbc/1,\"Denmark's PostNord said \"\"it is sad\"\".\r\nSecond paragraph, with a comma.\","
                + "Denmark post,2025-03-06 10:00:00,A. Writer\r\n"
                + "1,https://bbc/2,Plain text,No date,NaN,B\r\n"
                + "\r\n"
                + "2,https://bbc/3,\"Three\",Third,2025-03-07,\r\n");
        List<IngestRecord> records = read(csv);
        assertEquals(Arrays.asList(null, "invalid date 'NaN'", null), reasons(records));
        IngestRecord first = records.get(0);
        assertEquals("Denmark's PostNord said \"it is sad\".\r\nSecond paragraph, with a comma.", first.getText());
        assertEquals("Denmark post", first.getTitle());
        assertEquals(LocalDate.of(2025, 3, 6), first.getDate());
        assertEquals("https://bbc/1", first.getUrl());
        assertEquals(List.of("bbc_news#2", "bbc_news#4", "bbc_news#6"), ids(records));
        assertEquals(List.of(2L, 4L, 6L), positions(records), "each row at the line it starts on");
    }

    @Test
    void rowsWithTooFewOrTooManyCellsAreRejectedWithTheirLine() throws IOException {
        List<IngestRecord> records = read(write(dir, "cells.csv",
                "id,date,text\na,2024-06-14,fine\nb,2024-06-14\nc,2024-06-14,x,extra\nd,2024-06-14,\"fine, too\"\n"));
        assertEquals(Arrays.asList(null, "row has 2 cells, the header has 3", "row has 4 cells, the header has 3", null),
                reasons(records));
        assertEquals(List.of("a", "cells#3", "cells#4", "d"), ids(records), "a row that does not fit has no sure id");
        assertEquals(List.of(2L, 3L, 4L, 5L), positions(records));
    }

    @Test
    void headerNamesAreTrimmedAndOfDuplicatesTheFirstNonEmptyValueCounts() throws IOException {
        List<IngestRecord> records = read(write(dir, "dup.csv",
                " Title , text,text,Date\nT,,second body,2024-06-14\nT2,first body,second,2024-06-14\n"));
        assertEquals(List.of("second body", "first body"), texts(records));
        assertEquals("T", records.get(0).getTitle());
    }

    @Test
    void tabSeparatedValuesWithQuoting() throws IOException {
        List<IngestRecord> records = read(write(dir, "gdelt.tsv",
                "seendate\turl\ttitle\tcontent\n20240614103000\thttp://x\t\"A \"\"quoted\"\" title\"\tBody, with commas\n"
                        + "20240615103000\thttp://y\tTab\t\"two\tcells in one\nand a line\"\n"));
        assertEquals(Arrays.asList(null, null), reasons(records));
        assertEquals("A \"quoted\" title", records.get(0).getTitle());
        assertEquals(LocalDate.of(2024, 6, 14), records.get(0).getDate());
        assertEquals("two\tcells in one\nand a line", records.get(1).getText());
    }

    @Test
    void aQuoteLeftOpenAtTheEndOfTheFileIsARejectAndEarlierRowsCount() throws IOException {
        List<IngestRecord> records = read(write(dir, "open.csv",
                "date,text\n2024-06-14,ok\n2024-06-15,\"never closed\n2024-06-16,lost in the quote\n"));
        assertEquals(Arrays.asList(null, "unterminated quoted field: the file ends inside this row"), reasons(records));
        assertEquals(3, records.get(1).getPosition());
    }

    @Test
    void aRowLongerThanTheLimitIsSkippedItsQuotesFollowed() throws IOException {
        String longQuoted = "\"" + "a \"\"quoted\"\" word,\n".repeat(200) + "\"";
        List<IngestRecord> records = read(write(dir, "long.csv", "date,text\n2024-06-14," + longQuoted + "\n"
                + "2024-06-15,\"" + "x".repeat(3000) + "\"\"\n\"\n2024-06-16,next\n"), IngestFixtures.limit(100));
        assertEquals(Arrays.asList("article longer than max_article_chars (100 characters)",
                "article longer than max_article_chars (100 characters)", null), reasons(records));
        assertEquals("next", records.get(2).getText());
        assertEquals(205, records.get(2).getPosition());
    }

    @Test
    void aHeaderWithoutRowsIsAnEmptyFile() throws IOException {
        assertEquals(List.of("empty file (a header row and no records)"), reasons(read(write(dir, "h.csv", "date,text\n\n"))));
    }

    @Test
    void csvRowsAreMappedByTheSameNamesAsJson() throws IOException {
        List<IngestRecord> records = read(write(dir, "huff.csv",
                "link,headline,category,short_description,authors,date\nhttps://h/1,Headline,US,The description.,A,2022-09-23\n"));
        assertTrue(records.get(0).accepted(), records.get(0).getReason());
        assertEquals("Headline", records.get(0).getTitle());
        assertEquals("The description.", records.get(0).getText());
        assertEquals("huff", records.get(0).getId(), "one record: the file's id");
    }
}
