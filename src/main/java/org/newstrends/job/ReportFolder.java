package org.newstrends.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newstrends.report.ManifestWriter;

/**
 * The report folder of a run, replaced as a whole and only when the run succeeds. The report is written into a
 * staging folder beside the target ({@code .NAME.newstrends-staging}, same parent, so moving it is a rename);
 * {@link #commit()} renames the previous report aside ({@code .NAME.newstrends-previous}), renames the staging
 * folder into place and deletes the previous one. A failed or killed run therefore leaves the previous report as it
 * was; the next run deletes a stale staging folder and, if a run was killed between the two renames, puts the
 * previous report back first. A target that holds other files and no {@code manifest.json} of an earlier report is
 * refused, so newstrends never deletes files it did not write.
 */
final class ReportFolder {
    private final Path target;
    private final Path staging;
    private final Path previous;

    private ReportFolder(Path target) {
        this.target = target;
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        this.staging = parent.resolve("." + name + ".newstrends-staging");
        this.previous = parent.resolve("." + name + ".newstrends-previous");
    }

    /**
     * The report folder {@code dir}, checked before any work: fails with {@link JobSpecException} when it is a file
     * or a folder of other files; tidies what a killed run left beside it.
     */
    static ReportFolder open(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (absolute.getParent() == null) throw new JobSpecException("output cannot be the root folder " + dir);
        ReportFolder folder = new ReportFolder(absolute);
        folder.recover();
        folder.check(dir);
        return folder;
    }

    /** The final place of the report. */
    Path target() {
        return target;
    }

    /** A new, empty staging folder to write the report into. */
    Path stage() throws IOException {
        deleteTree(staging);
        Files.createDirectories(staging);
        return staging;
    }

    /** Moves the staged report into place, replacing the previous one. */
    void commit() throws IOException {
        if (Files.exists(target)) Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(previous);
    }

    /** Deletes the staging folder after a failure; the previous report stays as it was. */
    void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // the run already failed: that failure is what gets reported, the next run removes the rest
        }
    }

    private void recover() throws IOException {
        if (Files.exists(previous)) {
            if (Files.exists(target)) {
                deleteTree(previous);
            } else {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        deleteTree(staging);
    }

    private void check(Path shown) throws IOException {
        if (!Files.exists(target)) return;
        if (!Files.isDirectory(target)) {
            throw new JobSpecException("output " + shown + " is a file; give a folder for the report");
        }
        if (Files.exists(target.resolve(ManifestWriter.FILE_NAME))) return;
        List<Path> entries;
        try (Stream<Path> list = Files.list(target)) {
            entries = list.limit(3).toList();
        }
        if (!entries.isEmpty()) {
            throw new JobSpecException("output folder " + shown + " holds other files (" + entries.stream()
                    .map(p -> p.getFileName().toString()).sorted().toList() + (entries.size() == 3 ? ", ..." : "")
                    + ") and no manifest.json of an earlier report; newstrends replaces its output folder as a whole,"
                    + " so give an empty or new folder (--output or 'output' in the job spec)");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
