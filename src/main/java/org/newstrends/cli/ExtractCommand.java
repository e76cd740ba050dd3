package org.newstrends.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.ingest.FieldMapping;
import org.newstrends.ingest.InputFormat;
import org.newstrends.ingest.InputRoot;
import org.newstrends.ingest.ReadOptions;
import org.newstrends.job.ExtractJob;
import org.newstrends.job.JobInput;
import org.newstrends.job.JobSpec;
import org.newstrends.job.JobSpecException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code extract (--input PATH... | --job JOB.yaml) [--output FILE] [--format F] [--extractor M]}: one JSON line
 * of mentions and themes per article.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Writes the mentions and themes of each article as JSON Lines (stdout by default).")
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "PATH",
            description = "A file or a folder of articles (repeatable); replaces the job spec's inputs.")
    List<String> inputs;

    @Option(names = "--job", paramLabel = "JOB.yaml",
            description = "Read the inputs of this job spec with their formats, fields, date formats, timezone and"
                    + " max_article_chars, as 'run' reads them.")
    Path job;

    @Option(names = "--output", paramLabel = "FILE", description = "Write JSON Lines to FILE instead of stdout.")
    Path output;

    @Option(names = "--format", paramLabel = "F",
            description = "Format of --input: auto (default, by extension), seed, jsonl, json, csv, tsv or parquet.")
    String format;

    @Option(names = "--extractor", paramLabel = "M", defaultValue = ArticleExtractor.DEFAULT_METHOD,
            description = "Extraction method: tagger (default), rules or corenlp (needs a jar built with mvn -Pcorenlp package).")
    String extractor;

    /** What to read: the inputs and, in the same order, how each is read and whether it may be missing. */
    record Inputs(List<InputRoot> roots, List<ReadOptions> options, List<Boolean> optional) { }

    @Override
    public Integer call() throws IOException {
        Inputs in;
        try {
            in = inputs();
            ArticleExtractor.requireAvailable(extractor);
        } catch (JobSpecException | IllegalArgumentException | IllegalStateException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        try {
            ExtractJob.Result result;
            if (output == null) {
                result = ExtractJob.run(in.roots(), in.options(), in.optional(), extractor, System.out);
            } else {
                if (output.getParent() != null) Files.createDirectories(output.getParent());
                try (OutputStream out = Files.newOutputStream(output)) {
                    result = ExtractJob.run(in.roots(), in.options(), in.optional(), extractor, out);
                }
            }
            spec.commandLine().getErr().printf("newstrends: %d record(s): %d article(s), %d rejected%n",
                    result.records(), result.articles(), result.rejected());
            return ExitCode.OK.code();
        } catch (FileNotFoundException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
    }

    /** The inputs of {@code --job}, or the {@code --input} paths read with {@code --format} (and the job's zone). */
    private Inputs inputs() {
        boolean paths = inputs != null && !inputs.isEmpty();
        if (!paths && job == null) throw new JobSpecException("give --input PATH or --job JOB.yaml");
        JobSpec loaded = job == null ? null : JobSpec.load(job);
        if (!paths) {
            if (format != null) {
                throw new JobSpecException("--format goes with --input; the job spec gives its inputs' formats");
            }
            return new Inputs(loaded.inputs().stream()
                    .map(i -> new InputRoot(i.path(), loaded.readOptions(i).format())).toList(),
                    loaded.inputs().stream().map(loaded::readOptions).toList(),
                    loaded.inputs().stream().map(JobInput::optional).toList());
        }
        InputFormat inputFormat = InputFormat.parse(format == null ? "auto" : format);
        ReadOptions options = loaded == null ? ReadOptions.of(inputFormat) : new ReadOptions(inputFormat,
                FieldMapping.auto(), null, loaded.timezone(), loaded.maxArticleChars());
        return new Inputs(inputs.stream().map(p -> new InputRoot(p, inputFormat)).toList(),
                inputs.stream().map(p -> options).toList(), inputs.stream().map(p -> false).toList());
    }
}
