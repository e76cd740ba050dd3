package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void walksDirectoriesRecursivelyAndReadsOnlyArticleFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/deeper"));
        for (String f : List.of("a.txt", "README.md", ".hidden.txt", "_SUCCESS", "b/x.jsonl.gz", "b/deeper/y.txt",
                "b/notes.csv")) {
            Files.writeString(dir.resolve(f), "date 2024-01-01 x\n");
        }
        List<InputFile> files = InputFiles.list(new Configuration(), dir.toString());
        assertEquals(List.of(dir + "/a.txt", dir + "/b/deeper/y.txt", dir + "/b/x.jsonl.gz"),
                files.stream().map(InputFile::getName).toList());
        assertTrue(files.get(0).getUri().startsWith("file:"));
    }

    @Test
    void aFileNamedDirectlyIsReadWhateverItsName() throws IOException {
        Path f = Files.writeString(dir.resolve("articles.dat"), "date 2024-01-01 x\n");
        assertEquals(1, InputFiles.list(new Configuration(), f.toString()).size());
    }

    @Test
    void aMissingPathSaysWhichOne() {
        FileNotFoundException e = assertThrows(FileNotFoundException.class,
                () -> InputFiles.list(new Configuration(), dir.resolve("nope").toString()));
        assertTrue(e.getMessage().contains("nope"));
    }
}
