package org.newstrends.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.ingest.InputFormat;
import org.newstrends.job.ExtractJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code extract --input PATH [--output FILE] [--format F] [--extractor M]}: one JSON line of mentions and themes
 * per article.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Writes the mentions and themes of each article as JSON Lines (stdout by default).")
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "A file or a directory of articles.")
    String input;

    @Option(names = "--output", paramLabel = "FILE", description = "Write JSON Lines to FILE instead of stdout.")
    Path output;

    @Option(names = "--format", paramLabel = "F", defaultValue = "auto", description = "auto, seed or jsonl.")
    String format;

    @Option(names = "--extractor", paramLabel = "M", defaultValue = ArticleExtractor.DEFAULT_METHOD,
            description = "Extraction method: tagger (default), rules or corenlp (needs a jar built with mvn -Pcorenlp package).")
    String extractor;

    /** The options of one extraction, immutable once parsed. */
    record Options(String input, Path output, InputFormat format, String extractor) { }

    @Override
    public Integer call() throws IOException {
        Options options;
        try {
            options = new Options(input, output, InputFormat.parse(format), extractor);
            ArticleExtractor.requireAvailable(options.extractor());
        } catch (IllegalArgumentException | IllegalStateException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        try {
            ExtractJob.Result result;
            if (options.output() == null) {
                result = ExtractJob.run(options.input(), options.format(), options.extractor(), System.out);
            } else {
                if (options.output().getParent() != null) Files.createDirectories(options.output().getParent());
                try (OutputStream out = Files.newOutputStream(options.output())) {
                    result = ExtractJob.run(options.input(), options.format(), options.extractor(), out);
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
}
