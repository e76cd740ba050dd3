package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    private Path write(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "date 2024-01-01 x\n");
    }

    private InputListing list(String... paths) throws IOException {
        return InputFiles.list(new Configuration(), java.util.Arrays.stream(paths)
                .map(p -> new InputRoot(p, InputFormat.AUTO)).toList());
    }

    private static List<String> names(InputListing listing) {
        return listing.files().stream().map(InputFile::getName).toList();
    }

    private static List<String> idBases(InputListing listing) {
        return listing.files().stream().map(InputFile::getIdBase).toList();
    }

    @Test
    void walksFoldersRecursivelyAndReadsOnlyArticleFiles() throws IOException {
        for (String f : List.of("a.txt", "README.md", ".hidden.txt", "_SUCCESS", "b/x.jsonl.gz", "b/deeper/y.txt",
                "b/notes.csv", "b/t.tsv.gz", "c.ndjson", "d.json", "b/table.xlsx")) {
            write(f);
        }
        InputListing listing = InputFiles.list(new Configuration(), dir.toString());
        assertEquals(List.of(dir + "/a.txt", dir + "/b/deeper/y.txt", dir + "/b/notes.csv", dir + "/b/t.tsv.gz",
                dir + "/b/x.jsonl.gz", dir + "/c.ndjson", dir + "/d.json"), names(listing));
        assertEquals(List.of("a", "b/deeper/y", "b/notes", "b/t", "b/x", "c", "d"), idBases(listing));
        assertTrue(listing.files().get(0).getUri().startsWith("file:"));
        assertEquals(7, listing.fileCount());
        assertTrue(listing.warnings().isEmpty());
    }

    @Test
    void aFileNamedDirectlyIsReadWhateverItsName() throws IOException {
        Path f = write("_articles.dat");
        InputListing listing = InputFiles.list(new Configuration(), f.toString());
        assertEquals(List.of(f.toString()), names(listing));
        assertEquals(List.of("_articles.dat"), idBases(listing));
    }

    @Test
    void aMissingPathSaysWhichOne() throws IOException {
        FileNotFoundException e = assertThrows(FileNotFoundException.class,
                () -> InputFiles.list(new Configuration(), dir.resolve("nope").toString()));
        assertTrue(e.getMessage().contains("nope"));
        write("here.txt");
        assertEquals(List.of(1), list(dir.resolve("here.txt").toString(), dir.resolve("nope").toString()).missing());
    }

    @Test
    void aLinkToTheParentFolderGivesEachFileOnceWithAWarning() throws IOException {
        write("news/a.txt");
        write("news/deep/b.txt");
        Files.createSymbolicLink(dir.resolve("news/deep/up"), dir.resolve("news"));
        Files.createSymbolicLink(dir.resolve("news/loop"), Path.of("."));
        InputListing listing = list(dir.resolve("news").toString());
        assertEquals(List.of(dir + "/news/a.txt", dir + "/news/deep/b.txt"), names(listing));
        assertEquals(List.of(dir + "/news/deep/up is " + dir + "/news again", dir + "/news/loop is " + dir
                + "/news again"), listing.repeatedFolders());
        assertEquals(List.of("folder " + dir + "/news/deep/up is " + dir + "/news again: not walked again",
                "folder " + dir + "/news/loop is " + dir + "/news again: not walked again"), listing.warnings());
    }

    @Test
    void aNamedPipeIsARejectAndNeverOpened() throws Exception {
        write("pipes/a.txt");
        Path pipe = dir.resolve("pipes/feed.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
        InputListing listing = list(dir.resolve("pipes").toString());
        assertEquals(List.of(dir + "/pipes/a.txt"), names(listing));
        assertEquals(List.of(dir + "/pipes/feed.txt: " + InputFiles.NOT_A_FILE), listing.rejects().stream()
                .map(r -> r.getInput() + ": " + r.getReason()).toList());
    }

    @Test
    void aFileReachedByTwoLinksIsReadOnceUnderItsOwnName() throws IOException {
        write("data/z-real.txt");
        Files.createSymbolicLink(dir.resolve("data/a-link.txt"), dir.resolve("data/z-real.txt"));
        Files.createDirectories(dir.resolve("data/sub"));
        Files.createSymbolicLink(dir.resolve("data/sub/b-link.txt"), dir.resolve("data/z-real.txt"));
        InputListing listing = list(dir.resolve("data").toString());
        assertEquals(List.of(dir + "/data/z-real.txt"), names(listing));
        assertEquals(2, listing.repeatedFiles().size());
    }

    @Test
    void overlappingInputsReadEachFileOnce() throws IOException {
        write("data/a.txt");
        write("data/sub/b.txt");
        InputListing listing = list(dir.resolve("data").toString(), dir.resolve("data/sub").toString(),
                dir.resolve("data/a.txt").toString());
        assertEquals(List.of(dir + "/data/a.txt", dir + "/data/sub/b.txt"), names(listing));
        assertEquals(List.of(0, 0), listing.files().stream().map(InputFile::getInputIndex).toList());
        assertEquals(List.of(dir + "/data/sub is " + dir + "/data/sub again",
                dir + "/data/a.txt is " + dir + "/data/a.txt again"),
                List.of(listing.repeatedFolders().get(0), listing.repeatedFiles().get(0)));
    }

    @Test
    void theSameFileNameInTwoInputsGivesDifferentIdBases() throws IOException {
        write("2024/news.jsonl");
        write("2025/news.jsonl");
        write("2025/only.jsonl");
        InputListing listing = list(dir.resolve("2024").toString(), dir.resolve("2025").toString());
        assertEquals(List.of(dir + "/2024/news", dir + "/2025/news", "only"), idBases(listing));
        assertEquals(List.of(0, 1, 1), listing.files().stream().map(InputFile::getInputIndex).toList());
    }

    @Test
    void twoFilesThatDifferOnlyByExtensionKeepTheirWholeNames() throws IOException {
        write("news.txt");
        write("news.jsonl");
        write("other.csv");
        assertEquals(List.of("news.jsonl", "news.txt", "other"), idBases(list(dir.toString())));
    }

    @Test
    void aFolderOfParquetPartFilesIsOneParquetInput() throws IOException {
        for (String f : List.of("export/part-00000-a.snappy.parquet", "export/part-00001-a.snappy.parquet",
                "export/_SUCCESS", "export/.part-00000-a.snappy.parquet.crc", "mixed/loose.parquet", "mixed/b.csv",
                "parted/year=2024/part-0.parquet", "parted/year=2025/part-0.parquet")) {
            write(f);
        }
        Files.createFile(dir.resolve("export/part-00002-a.snappy.parquet"));
        InputListing listing = list(dir.toString());
        assertEquals(List.of(dir + "/mixed/b.csv"), names(listing));
        assertEquals(List.of(dir + "/export", dir + "/mixed/loose.parquet", dir + "/parted"),
                listing.parquet().stream().map(ParquetInput::name).toList());
        ParquetInput export = listing.parquet().get(0);
        assertEquals(2, export.fileUris().size());
        assertTrue(export.fileUris().get(0).endsWith("export/part-00000-a.snappy.parquet"));
        assertEquals("export", export.idBase());
        assertEquals("export", export.folderName());
        assertTrue(export.folderUri().contains("export"));
        ParquetInput loose = listing.parquet().get(1);
        assertNull(loose.folderUri());
        assertEquals("mixed/loose", loose.idBase());
        assertEquals("mixed", loose.folderName());
        assertEquals(2, listing.parquet().get(2).fileUris().size());
        assertEquals(List.of(dir + "/export/part-00002-a.snappy.parquet"),
                listing.fileRejects().stream().map(IngestRecord::getInput).toList());
        assertEquals(InputFiles.EMPTY_FILE, listing.fileRejects().get(0).getReason());
        assertEquals(1 + 2 + 1 + 2 + 1, listing.fileCount());
    }

    @Test
    void aBrokenLinkWithAnArticleNameIsListedSoItsReadFailureIsAReject() throws IOException {
        write("ok.txt");
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));
        assertEquals(List.of(dir + "/gone.txt", dir + "/ok.txt"), names(list(dir.toString())));
    }

    @Test
    void aFormatGivenForTheInputDecidesWhichFilesAreParquet() throws IOException {
        write("exp/a.txt");
        InputListing listing = InputFiles.list(new Configuration(), List.of(new InputRoot(dir.resolve("exp").toString(),
                InputFormat.PARQUET)));
        assertEquals(List.of(), listing.files());
        assertEquals(List.of(dir + "/exp"), listing.parquet().stream().map(ParquetInput::name).toList());
    }
}
