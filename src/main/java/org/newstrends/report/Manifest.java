package org.newstrends.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What produced a report, written as {@code manifest.json} by {@link ManifestWriter}.
 *
 * @param jobName    the job's name
 * @param inputs     the input paths or URIs, as given
 * @param jobSpec    the job spec as read (nested maps and lists of plain values)
 * @param counts     records read, articles, rejects and optional further counts
 * @param periodUnit {@code day}, {@code week}, {@code month}, {@code quarter} or {@code year}
 * @param topN       entities per kind selected for the top lists and series
 * @param versions   versions of newstrends, Spark and Java
 * @param extractor  name of the extractor that found the mentions
 * @param files      files of the report relative to its directory; {@link ManifestWriter} fills this in
 */
public record Manifest(String jobName, List<String> inputs, Map<String, Object> jobSpec, Counts counts,
                       String periodUnit, int topN, Versions versions, String extractor, List<String> files) {

    /** Checks required parts and takes copies. */
    public Manifest {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(versions, "versions");
        inputs = List.copyOf(inputs);
        jobSpec = jobSpec == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(jobSpec));
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** This manifest with {@code files} replaced. */
    public Manifest withFiles(List<String> newFiles) {
        return new Manifest(jobName, inputs, jobSpec, counts, periodUnit, topN, versions, extractor, newFiles);
    }

    /**
     * The record counts; {@code recordsRead} must equal {@code articles + rejected}, as every input record becomes
     * exactly one article or one reject.
     *
     * @param recordsRead input records read
     * @param articles    records turned into counted articles
     * @param rejected    records rejected (the rows of {@code rejects.csv})
     * @param extra       further counts by snake_case name, e.g. {@code mentions}, {@code distinct_actors}
     */
    public record Counts(long recordsRead, long articles, long rejected, Map<String, Long> extra) {

        /** Checks that the counts reconcile and sorts the extra counts by name. */
        public Counts {
            if (recordsRead != articles + rejected) {
                throw new IllegalArgumentException("records_read (" + recordsRead + ") must equal articles ("
                        + articles + ") + rejected (" + rejected + ")");
            }
            extra = extra == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extra));
        }

        /** Counts with no extra ones. */
        public Counts(long recordsRead, long articles, long rejected) {
            this(recordsRead, articles, rejected, Map.of());
        }
    }

    /**
     * Versions of what produced the report.
     *
     * @param newstrends the project version
     * @param spark      the Spark version used
     * @param java       the Java runtime version ({@code Runtime.version()})
     */
    public record Versions(String newstrends, String spark, String java) {
    }
}
