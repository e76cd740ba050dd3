package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdBasesTest {

    @Test
    void filesNamedDirectlyInTwoInputsAreToldApartByTheirFolders() {
        assertEquals(List.of("a/news", "b/news"), IdBases.assign(List.of(
                new IdBases.Entry(0, "news.jsonl", "a/news.jsonl", true),
                new IdBases.Entry(1, "news.jsonl", "b/news.jsonl", true))));
    }

    @Test
    void whatStillMeetsAfterThePrefixIsNumberedByInput() {
        assertEquals(List.of("news", "news~2"), IdBases.assign(List.of(
                new IdBases.Entry(0, "news.txt", "news.txt", true),
                new IdBases.Entry(1, "news.jsonl", "news.jsonl", true))));
    }

    @Test
    void extensionsGoCompressedOrNot() {
        assertEquals("2024/jan", IdBases.withoutExtension("2024/jan.txt.gz"));
        assertEquals("x.snappy", IdBases.withoutExtension("x.snappy.parquet"));
        assertEquals("notes.md", IdBases.withoutExtension("notes.md"));
        assertEquals("", IdBases.withoutExtension(""));
    }
}
