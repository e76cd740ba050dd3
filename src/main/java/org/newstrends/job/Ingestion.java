package org.newstrends.job;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newstrends.ingest.ArticleSources;
import org.newstrends.ingest.IngestRecord;
import org.newstrends.ingest.InputFiles;
import org.newstrends.ingest.InputListing;
import org.newstrends.ingest.InputRoot;
import org.newstrends.ingest.ReadCounts;

/**
 * The reading part of a coverage job: lists the spec's inputs, then reads them into records whose article ids are
 * unique in the run.
 *
 * @param spec the job
 * @param listing what listing the inputs found
 * @param skipped the optional inputs that did not exist
 */
record Ingestion(JobSpec spec, InputListing listing, List<String> skipped) {
    /** How many files and folders reached again the console names; the manifest counts them all. */
    private static final int MAX_WARNINGS = 20;

    /**
     * The records read.
     *
     * @param parsed every record as parsed, persisted (unpersist it when done)
     * @param counts what the records hold
     * @param repeatedIds the article ids more than one article had, with how many had each
     * @param records the records with unique article ids
     */
    record Read(Dataset<IngestRecord> parsed, ReadCounts counts, Map<String, Long> repeatedIds,
                Dataset<IngestRecord> records) {
        /** The articles whose id another article also had, and that were given a qualified id. */
        long articlesWithRepeatedIds() {
            return repeatedIds.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Lists the inputs of {@code spec}: a missing input fails the job unless it is optional (then it is skipped
     * with a warning), every file or folder reached again is named on {@code progress}, and finding no file at all
     * fails with a message that lists what is read.
     */
    static Ingestion list(SparkSession spark, JobSpec spec, PrintStream progress) {
        List<String> skipped = new ArrayList<>();
        List<InputRoot> roots = spec.inputs().stream()
                .map(i -> new InputRoot(i.path(), spec.readOptions(i).format())).toList();
        InputListing listing;
        try {
            listing = InputFiles.list(spark.sparkContext().hadoopConfiguration(), roots);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs " + paths(spec) + ": " + e.getMessage(), e);
        }
        for (int i : listing.missing()) {
            JobInput input = spec.inputs().get(i);
            if (!input.optional()) {
                throw new JobSpecException("input path does not exist: " + input.path()
                        + " (fix the path in 'inputs' or pass --input)");
            }
            skipped.add(input.path());
            progress.printf("newstrends:       optional input %s not found, skipped%n", input.path());
        }
        List<String> warnings = listing.warnings();
        for (String w : warnings.subList(0, Math.min(warnings.size(), MAX_WARNINGS))) {
            progress.printf("newstrends:       warning: %s (a link or overlapping inputs)%n", w);
        }
        if (warnings.size() > MAX_WARNINGS) {
            progress.printf("newstrends:       warning: and %d more files or folders reached again, not read twice%n",
                    warnings.size() - MAX_WARNINGS);
        }
        if (listing.isEmpty()) {
            StringBuilder message = new StringBuilder("no article files found in " + paths(spec) + " (read: "
                    + InputFiles.describeArticleFiles() + "; names starting with '.' or '_' are skipped)");
            for (IngestRecord r : listing.folderRejects()) message.append("; ").append(r.getInput()).append(": ")
                    .append(r.getReason());
            throw new JobSpecException(message.toString());
        }
        return new Ingestion(spec, listing, skipped);
    }

    private static List<String> paths(JobSpec spec) {
        return spec.inputs().stream().map(JobInput::path).toList();
    }

    /** Reads the listed files, each input with its read options, and makes the article ids unique. */
    Read read(SparkSession spark) {
        ArticleSources.Persisted read = ArticleSources.readPersisted(spark, listing, spec.inputs().stream()
                .map(spec::readOptions).toList(), StorageLevel.MEMORY_AND_DISK());
        Map<String, Long> repeated = ArticleSources.repeatedIds(read.records());
        return new Read(read.records(), read.counts(), repeated,
                ArticleSources.uniqueIds(read.records(), repeated.keySet()));
    }
}
