package org.newstrends.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a report folder ready for a run: creates it, and removes what an earlier run wrote there (the
 * {@code tables} and {@code charts} folders, the page, workbook, rejects and manifest) so no stale file
 * survives. Other files in the folder are left alone.
 */
final class ReportFolder {
    private static final List<String> GENERATED = List.of("tables", "charts", "index.html", "report.xlsx",
            "rejects.csv", "manifest.json");

    private ReportFolder() { }

    static void prepare(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : GENERATED) {
            Path p = dir.resolve(name);
            if (!Files.exists(p)) continue;
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
            }
        }
    }
}
