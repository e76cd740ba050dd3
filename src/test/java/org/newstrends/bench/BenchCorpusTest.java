package org.newstrends.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.sample.SampleGenerator;

/** The benchmark corpus is reused only when complete and of the same spec, and generated again otherwise. */
class BenchCorpusTest {
    @TempDir
    Path dir;

    @Test
    void aCompleteCorpusIsReusedAndAnyOtherGeneratedAgain() throws Exception {
        Path folder = dir.resolve("corpus");
        BenchCorpus made = BenchCorpus.prepare(folder, 1500, 7);
        assertFalse(made.reused());
        assertEquals(2, made.files());
        byte[] second = Files.readAllBytes(folder.resolve(SampleGenerator.articleFileName(1)));
        assertTrue(BenchCorpus.prepare(folder, 1500, 7).reused());

        Files.writeString(folder.resolve(SampleGenerator.articleFileName(1)), "cut");
        BenchCorpus cut = BenchCorpus.prepare(folder, 1500, 7);
        assertFalse(cut.reused(), "a file of another size is not the corpus");
        assertArrayEquals(second, Files.readAllBytes(folder.resolve(SampleGenerator.articleFileName(1))));

        Files.delete(folder.resolve(BenchCorpus.MARKER));
        assertFalse(BenchCorpus.prepare(folder, 1500, 7).reused(), "without the marker the corpus is not complete");
        assertFalse(BenchCorpus.prepare(folder, 1500, 8).reused(), "another seed is another corpus");
        assertEquals(made.bytes(), BenchCorpus.prepare(folder, 1500, 7).bytes());

        BenchCorpus smaller = BenchCorpus.prepare(folder, 900, 7);
        assertFalse(smaller.reused());
        assertEquals(1, smaller.files());
        assertFalse(Files.exists(folder.resolve(SampleGenerator.articleFileName(1))), "files of the larger corpus removed");
    }

    @Test
    void aFolderWithOtherFilesIsRefused() throws Exception {
        Files.writeString(dir.resolve("mine.csv"), "id,text\n");
        assertThrows(BenchCorpus.UnusableFolder.class, () -> BenchCorpus.prepare(dir, 10, 7));
        assertTrue(Files.exists(dir.resolve("mine.csv")));
    }
}
