package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstrends.ingest.IngestFixtures.concat;
import static org.newstrends.ingest.IngestFixtures.gzip;
import static org.newstrends.ingest.IngestFixtures.ids;
import static org.newstrends.ingest.IngestFixtures.read;
import static org.newstrends.ingest.IngestFixtures.texts;
import static org.newstrends.ingest.IngestFixtures.utf16be;
import static org.newstrends.ingest.IngestFixtures.utf16le;
import static org.newstrends.ingest.IngestFixtures.utf8;
import static org.newstrends.ingest.IngestFixtures.utf8WithBom;
import static org.newstrends.ingest.IngestFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encodings, through the files users have: what Windows editors and Excel write. */
class TextBytesTest {
    private static final String SEED = "date 2024-06-14 Caf\u00e9 owners in Z\u00fcrich \u2013 \u201cquoted\u201d \ud83d\ude00.\n";
    private static final String TEXT = "Caf\u00e9 owners in Z\u00fcrich \u2013 \u201cquoted\u201d \ud83d\ude00.";
    private static final String CSV = "id,date,text\r\nr1,2024-06-14,\"" + TEXT + "\"\r\n";

    @TempDir
    Path dir;

    @Test
    void aUtf8ByteOrderMarkIsNeitherTextNorPartOfTheFirstColumnName() throws IOException {
        assertEquals(List.of(TEXT), texts(read(write(dir, "bom.txt", utf8WithBom(SEED)))));
        List<IngestRecord> csv = read(write(dir, "bom.csv", utf8WithBom(CSV)));
        assertEquals(List.of("r1"), ids(csv), "the first header is 'id', not '\\uFEFFid'");
        assertEquals(List.of(TEXT), texts(read(write(dir, "bom.jsonl",
                utf8WithBom("{\"date\":\"2024-06-14\",\"text\":\"" + TEXT + "\"}\n")))));
        assertEquals(List.of(TEXT), texts(read(write(dir, "bom.json.gz",
                gzip(utf8WithBom("[{\"date\":\"2024-06-14\",\"text\":\"" + TEXT + "\"}]"))))));
    }

    @Test
    void utf16WithAByteOrderMarkInEitherByteOrder() throws IOException {
        assertEquals(List.of(TEXT), texts(read(write(dir, "le.txt", utf16le(SEED)))));
        assertEquals(List.of(TEXT), texts(read(write(dir, "be.txt", utf16be(SEED)))));
        List<IngestRecord> csv = read(write(dir, "excel.csv", utf16le(CSV)));
        assertEquals(List.of("r1"), ids(csv));
        assertEquals(List.of(TEXT), texts(csv));
        assertEquals(List.of(TEXT), texts(read(write(dir, "le.tsv.gz", gzip(utf16le(CSV.replace(',', '\t')))))));
        assertFalse(csv.get(0).isDecodedAsCp1252());
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252AndOnlyTheirRecordIsFlagged() throws IOException {
        byte[] jsonl = concat(utf8("{\"date\":\"2024-06-14\",\"text\":\"Caf\u00e9 (UTF-8)\"}\n"),
                "{\"date\":\"2024-06-14\",\"text\":\"Caf\u00e9 \u2013 na\u00efve (1252)\"}\n".getBytes(IngestFixtures.CP1252),
                utf8("{\"date\":\"2024-06-14\",\"text\":\"plain\"}\n"));
        List<IngestRecord> records = read(write(dir, "mixed.jsonl", jsonl));
        assertEquals(List.of("Caf\u00e9 (UTF-8)", "Caf\u00e9 \u2013 na\u00efve (1252)", "plain"), texts(records));
        assertEquals(List.of(false, true, false), records.stream().map(IngestRecord::isDecodedAsCp1252).toList());
    }

    @Test
    void aMultiLineCsvRowIsFlaggedWhenAnyOfItsLinesIsWindows1252() throws IOException {
        byte[] csv = concat(utf8("date,text\n2024-06-14,\"first line\n"), "second: \u00e9t\u00e9\"\n".getBytes(IngestFixtures.CP1252),
                utf8("2024-06-15,\u00e9t\u00e9 in UTF-8\n"));
        List<IngestRecord> records = read(write(dir, "mixed.csv", csv));
        assertEquals(List.of("first line\nsecond: \u00e9t\u00e9", "\u00e9t\u00e9 in UTF-8"), texts(records));
        assertEquals(List.of(true, false), records.stream().map(IngestRecord::isDecodedAsCp1252).toList());
    }

    @Test
    void seedArticlesAndJsonArrayElementsAreFlaggedOnTheirOwn() throws IOException {
        byte[] seed = concat(utf8("date 2024-06-14 one\n"), "date 2024-06-15 caf\u00e9\n".getBytes(IngestFixtures.CP1252),
                utf8("date 2024-06-16 three\n"));
        assertEquals(List.of(false, true, false),
                read(write(dir, "s.txt", seed)).stream().map(IngestRecord::isDecodedAsCp1252).toList());
        byte[] array = concat(utf8("[{\"date\":\"2024-06-14\",\"text\":\"caf\u00e9\"},"),
                "{\"date\":\"2024-06-14\",\"text\":\"caf\u00e9\"}]".getBytes(IngestFixtures.CP1252));
        List<IngestRecord> records = read(write(dir, "a.json", array));
        assertEquals(List.of("caf\u00e9", "caf\u00e9"), texts(records));
        assertEquals(List.of(false, true), records.stream().map(IngestRecord::isDecodedAsCp1252).toList());
        assertTrue(records.get(1).accepted());
    }
}
