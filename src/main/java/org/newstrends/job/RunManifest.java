package org.newstrends.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newstrends.ingest.InputFile;
import org.newstrends.report.Manifest;
import org.newstrends.report.ManifestWriter;

/** Writes the {@code manifest.json} of a coverage run: its inputs, spec, counts and versions. */
final class RunManifest {
    /** The project's version, as the build and the launcher name it. */
    static final String VERSION = "0.1.0";

    private RunManifest() { }

    static void write(Path reportDir, JobSpec spec, List<InputFile> files, List<String> skippedInputs,
                      long recordsRead, long articles, long rejected, Map<String, Long> entityCounts,
                      String sparkVersion) throws IOException {
        Map<String, Long> extra = new TreeMap<>(entityCounts);
        extra.put("input_files", (long) files.size());
        Map<String, Object> described = new LinkedHashMap<>(spec.describe());
        described.put("skipped_optional_inputs", List.copyOf(skippedInputs));
        Manifest manifest = new Manifest(spec.name(), spec.inputs().stream().map(JobInput::path).toList(), described,
                new Manifest.Counts(recordsRead, articles, rejected, extra), spec.period().specName(), spec.top(),
                new Manifest.Versions(VERSION, sparkVersion, Runtime.version().toString()), spec.extractor(), null);
        ManifestWriter.write(reportDir, manifest);
    }
}
