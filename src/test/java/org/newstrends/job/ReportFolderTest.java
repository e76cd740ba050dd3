package org.newstrends.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {

    @TempDir
    Path dir;

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void writeReport(Path folder, String marker) throws IOException {
        Files.createDirectories(folder.resolve("tables"));
        Files.writeString(folder.resolve("tables/article_volume.csv"), marker);
        Files.writeString(folder.resolve("manifest.json"), "{\"job\": \"" + marker + "\"}\n");
    }

    @Test
    void aMissingFolderGetsTheStagedReportAndNothingIsLeftBeside() throws IOException {
        Path target = dir.resolve("reports/news");
        ReportFolder folder = ReportFolder.open(target);
        Path staging = folder.stage();
        assertEquals(target.getParent(), staging.getParent());
        writeReport(staging, "new");
        assertFalse(Files.exists(target), "nothing in place before the commit");
        folder.commit();
        assertEquals("new", Files.readString(target.resolve("tables/article_volume.csv")));
        assertEquals(List.of("news"), entries(dir.resolve("reports")));
    }

    @Test
    void aPreviousReportIsReplacedAsAWhole() throws IOException {
        Path target = dir.resolve("news");
        writeReport(target, "old");
        Files.writeString(target.resolve("stale.png"), "from an older version");
        ReportFolder folder = ReportFolder.open(target);
        writeReport(folder.stage(), "new");
        folder.commit();
        assertEquals(List.of("manifest.json", "tables"), entries(target));
        assertEquals("new", Files.readString(target.resolve("tables/article_volume.csv")));
        assertEquals(List.of("news"), entries(dir));
    }

    @Test
    void aFailedRunLeavesThePreviousReportAsItWas() throws IOException {
        Path target = dir.resolve("news");
        writeReport(target, "old");
        ReportFolder folder = ReportFolder.open(target);
        writeReport(folder.stage(), "half");
        folder.abandon();
        assertEquals("old", Files.readString(target.resolve("tables/article_volume.csv")));
        assertEquals(List.of("news"), entries(dir));
    }

    @Test
    void aFolderOfOtherFilesIsRefusedAndLeftAlone() throws IOException {
        Path target = Files.createDirectories(dir.resolve("mine/charts"));
        Files.writeString(target.resolve("my-chart.png"), "mine");
        Files.writeString(dir.resolve("mine/notes.txt"), "mine");
        JobSpecException e = assertThrows(JobSpecException.class, () -> ReportFolder.open(dir.resolve("mine")));
        assertTrue(e.getMessage().contains("output folder " + dir.resolve("mine") + " holds other files ([charts,"
                + " notes.txt]) and no manifest.json of an earlier report"), e.getMessage());
        assertTrue(e.getMessage().contains("give an empty or new folder"), e.getMessage());
        assertEquals("mine", Files.readString(target.resolve("my-chart.png")));
    }

    @Test
    void anEmptyFolderIsFineAndAFileIsRefused() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        ReportFolder folder = ReportFolder.open(empty);
        writeReport(folder.stage(), "new");
        folder.commit();
        assertTrue(Files.exists(empty.resolve("manifest.json")));
        Path file = Files.writeString(dir.resolve("report"), "x");
        assertTrue(assertThrows(JobSpecException.class, () -> ReportFolder.open(file)).getMessage()
                .contains("is a file; give a folder"));
    }

    @Test
    void theNextRunCleansUpWhatAKilledRunLeft() throws IOException {
        Path target = dir.resolve("news");
        writeReport(target, "old");
        Path staging = Files.createDirectories(dir.resolve(".news.newstrends-staging/tables"));
        Files.writeString(staging.resolve("partial.csv"), "half");
        ReportFolder.open(target);
        assertEquals(List.of("news"), entries(dir));

        Files.move(target, dir.resolve(".news.newstrends-previous"));
        ReportFolder.open(target);
        assertEquals(List.of("news"), entries(dir), "killed between the two renames: the previous report is back");
        assertEquals("old", Files.readString(target.resolve("tables/article_volume.csv")));
    }
}
