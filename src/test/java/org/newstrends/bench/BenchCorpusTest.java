package org.newstrends.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus is reused only when complete and of the same spec, and generated again otherwise. */
class BenchCorpusTest {
    @TempDir
    Path dir;

    @Test
    void aCompleteCorpusIsReusedAndAnyOtherGeneratedAgain() throws Exception {
        Path folder = dir.resolve("corpus");
        BenchCorpus made = BenchCorpus.prepare(folder, 1500, 7);
        assertFalse(made.reused());
        List<Path> files = articleFiles(folder);
        assertEquals(files.size(), made.files());
        assertTrue(files.size() > 1, files.toString());
        Path some = files.get(files.size() - 1);
        byte[] second = Files.readAllBytes(some);
        assertTrue(BenchCorpus.prepare(folder, 1500, 7).reused());

        Files.writeString(some, "cut");
        BenchCorpus cut = BenchCorpus.prepare(folder, 1500, 7);
        assertFalse(cut.reused(), "a file of another size is not the corpus");
        assertArrayEquals(second, Files.readAllBytes(some));

        Files.delete(folder.resolve(BenchCorpus.MARKER));
        assertFalse(BenchCorpus.prepare(folder, 1500, 7).reused(), "without the marker the corpus is not complete");
        assertFalse(BenchCorpus.prepare(folder, 1500, 8).reused(), "another seed is another corpus");
        assertEquals(made.bytes(), BenchCorpus.prepare(folder, 1500, 7).bytes());

        BenchCorpus smaller = BenchCorpus.prepare(folder, 300, 7);
        assertFalse(smaller.reused());
        assertEquals(articleFiles(folder).size(), smaller.files());
        assertTrue(smaller.bytes() < made.bytes());
        assertTrue(BenchCorpus.prepare(folder, 300, 7).reused(), "what is left is exactly the smaller corpus");
    }

    private static List<Path> articleFiles(Path folder) throws java.io.IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith("articles-"))
                    .sorted().toList();
        }
    }

    @Test
    void aFolderWithOtherFilesIsRefused() throws Exception {
        Files.writeString(dir.resolve("mine.csv"), "id,text\n");
        assertThrows(BenchCorpus.UnusableFolder.class, () -> BenchCorpus.prepare(dir, 10, 7));
        assertTrue(Files.exists(dir.resolve("mine.csv")));
    }
}
