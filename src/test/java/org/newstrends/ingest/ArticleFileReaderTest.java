package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstrends.ingest.IngestFixtures.gzip;
import static org.newstrends.ingest.IngestFixtures.read;
import static org.newstrends.ingest.IngestFixtures.reasons;
import static org.newstrends.ingest.IngestFixtures.texts;
import static org.newstrends.ingest.IngestFixtures.utf8;
import static org.newstrends.ingest.IngestFixtures.write;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTest {
    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsARejectWhateverItsFormat() throws IOException {
        for (String name : List.of("e.txt", "e.jsonl", "e.json", "e.csv", "e.tsv", "e.txt.gz")) {
            assertEquals(List.of("empty file"), reasons(read(write(dir, name, new byte[0]))), name);
        }
        assertEquals(List.of("empty file"), reasons(read(write(dir, "blank.jsonl", "\n  \n\n"))));
        assertEquals(List.of("empty file"), reasons(read(write(dir, "blank.txt", "\n\n"))));
        assertEquals(List.of("empty file"), reasons(read(write(dir, "bom-only.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))));
        assertEquals(List.of("empty file"), reasons(read(write(dir, "empty-inside.jsonl.gz", gzip(new byte[0])))));
    }

    @Test
    void gzipIsReadByNameOrByItsMagicBytes() throws IOException {
        byte[] zipped = gzip(utf8("date 2024-06-01 Zipped article.\n"));
        List<IngestRecord> records = read(write(dir, "f.txt.gz", zipped));
        assertEquals("f", records.get(0).getId());
        assertEquals(List.of("Zipped article."), texts(records));
        assertEquals(List.of("Zipped article."), texts(read(write(dir, "misnamed.txt", zipped))));
    }

    @Test
    void aCorruptGzipIsARejectSayingWhy() throws IOException {
        List<IngestRecord> records = read(write(dir, "g.txt.gz", "not gzip at all"));
        assertEquals(1, records.size());
        assertTrue(records.get(0).getReason().startsWith("unreadable file: Not in GZIP format"), records.get(0).getReason());
    }

    @Test
    void aTruncatedGzipKeepsTheRecordsReadBeforeTheCut() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 20_000; i++) lines.append("{\"date\":\"2024-06-14\",\"text\":\"record ").append(i).append("\"}\n");
        byte[] zipped = gzip(utf8(lines.toString()));
        List<IngestRecord> records = read(write(dir, "cut.jsonl.gz", Arrays.copyOf(zipped, zipped.length / 2)));
        IngestRecord last = records.get(records.size() - 1);
        assertTrue(last.getReason().startsWith("unreadable file (records after this point are lost): "), last.getReason());
        List<IngestRecord> kept = records.subList(0, records.size() - 1);
        assertTrue(kept.size() > 1000, "records before the cut: " + kept.size());
        assertTrue(kept.stream().allMatch(IngestRecord::accepted));
        assertEquals(kept.size(), last.getPosition(), "the failure is reported after the last line read");
    }

    @Test
    void parquetIsLeftToSparksReader() throws IOException {
        List<IngestRecord> records = read(write(dir, "part-0.parquet", "PAR1"));
        assertEquals(List.of("a Parquet file is read by Spark's Parquet reader, not as a text file"), reasons(records));
    }

    @Test
    void aGigabyteLineIsSkippedWithoutBeingHeld() {
        long allocated = allocatedBy(() -> {
            InputStream in = IngestFixtures.repeated("{\"date\":\"2024-06-14\",\"text\":\"", (byte) 'x', GIB,
                    "\"}\n{\"date\":\"2024-06-15\",\"text\":\"after\"}\n");
            List<IngestRecord> records = ArticleFileReader.readAll("huge.jsonl", "huge", in, ReadOptions.of(InputFormat.AUTO));
            assertEquals(Arrays.asList("article longer than max_article_chars (1000000 characters)", null), reasons(records));
            assertEquals("after", records.get(1).getText());
        });
        assertTrue(allocated < 64L << 20, "allocated " + (allocated >> 20) + " MB while reading a 1 GB line");
    }

    @Test
    void hugeFieldsOfCsvJsonArraysAndSeedTextAreSkippedWithoutBeingHeld() {
        long size = 256L << 20;
        List<String[]> inputs = List.of(
                new String[] {"big.csv", "date,text\n2024-06-14,\"", "\"\n2024-06-15,after\n"},
                new String[] {"big.json", "[{\"date\":\"2024-06-14\",\"text\":\"", "\"},{\"date\":\"2024-06-15\",\"text\":\"after\"}]"},
                new String[] {"big.txt", "date 2024-06-14 ", "\ndate 2024-06-15 after\n"});
        for (String[] input : inputs) {
            long allocated = allocatedBy(() -> {
                List<IngestRecord> records = ArticleFileReader.readAll(input[0], "big",
                        IngestFixtures.repeated(input[1], (byte) 'y', size, input[2]), ReadOptions.of(InputFormat.AUTO));
                assertEquals(Arrays.asList("article longer than max_article_chars (1000000 characters)", null),
                        reasons(records), input[0]);
                assertEquals("after", records.get(1).getText(), input[0]);
            });
            assertTrue(allocated < 64L << 20, input[0] + ": allocated " + (allocated >> 20) + " MB for a 256 MB field");
        }
    }

    @Test
    void aRaisedLimitLetsALongArticleThrough() {
        ReadOptions raised = new ReadOptions(InputFormat.AUTO, FieldMapping.auto(), null, null, 3_000_000);
        List<IngestRecord> records = ArticleFileReader.readAll("long.txt", "long",
                IngestFixtures.repeated("date 2024-06-14 ", (byte) 'z', 2_500_000, "\n"), raised);
        assertEquals(2_500_000, records.get(0).getText().length());
    }

    @Test
    void recordsComeOutBeforeTheFileIsReadToItsEnd() {
        InputStream endless = IngestFixtures.repeated("{\"date\":\"2024-06-14\",\"text\":\"first\"}\n"
                + "{\"date\":\"2024-06-14\",\"text\":\"second\"}\n", (byte) '\n', Long.MAX_VALUE / 2, "");
        Iterator<IngestRecord> records = ArticleFileReader.read("endless.jsonl", "endless", endless,
                ReadOptions.of(InputFormat.AUTO));
        assertEquals("first", records.next().getText());
        assertEquals("second", records.next().getText());
    }

    /** The bytes this thread allocates while {@code work} runs. */
    private static long allocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
