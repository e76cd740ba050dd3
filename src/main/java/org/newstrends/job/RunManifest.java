package org.newstrends.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newstrends.report.Manifest;
import org.newstrends.report.ManifestWriter;

/** Writes the {@code manifest.json} of a coverage run: its inputs, spec, counts and versions. */
final class RunManifest {
    /** The project's version, as the build and the launcher name it. */
    static final String VERSION = "0.1.0";

    private RunManifest() { }

    /**
     * What reading the inputs gave, for the manifest's counts: every record read is an article or a reject
     * ({@code recordsRead = articles + rejected}), and what a user needs to reconcile them with the files.
     *
     * @param recordsRead records read
     * @param articles records counted as articles
     * @param rejected records in {@code rejects.csv}
     * @param inputFiles files read
     * @param decodedAsCp1252 records whose bytes were not UTF-8 and were read as Windows-1252
     * @param repeatedFiles files reached again through a link or a second input, read only once
     * @param repeatedFolders folders reached again through a link (a loop, say), walked only once
     * @param repeatedIdArticles articles whose id another article also had, told apart as {@code id@file#position}
     * @param skippedInputs optional inputs that did not exist
     */
    record Reading(long recordsRead, long articles, long rejected, int inputFiles, long decodedAsCp1252,
                   int repeatedFiles, int repeatedFolders, long repeatedIdArticles, List<String> skippedInputs) {

        /** The counts besides records_read, articles and rejected, by their manifest names. */
        Map<String, Long> extraCounts() {
            Map<String, Long> m = new TreeMap<>();
            m.put("input_files", (long) inputFiles);
            m.put("decoded_as_cp1252", decodedAsCp1252);
            m.put("input_files_repeated", (long) repeatedFiles);
            m.put("input_folders_repeated", (long) repeatedFolders);
            m.put("articles_with_repeated_ids", repeatedIdArticles);
            return m;
        }
    }

    static void write(Path reportDir, JobSpec spec, Reading reading, Map<String, Long> entityCounts,
                      String sparkVersion) throws IOException {
        Map<String, Long> extra = new TreeMap<>(entityCounts);
        extra.putAll(reading.extraCounts());
        Map<String, Object> described = new LinkedHashMap<>(spec.describe());
        described.put("skipped_optional_inputs", List.copyOf(reading.skippedInputs()));
        Manifest manifest = new Manifest(spec.name(), spec.inputs().stream().map(JobInput::path).toList(), described,
                new Manifest.Counts(reading.recordsRead(), reading.articles(), reading.rejected(), extra),
                spec.period().specName(), spec.top(),
                new Manifest.Versions(VERSION, sparkVersion, Runtime.version().toString()), spec.extractor(), null);
        ManifestWriter.write(reportDir, manifest);
    }
}
