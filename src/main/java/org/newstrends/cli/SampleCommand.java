package org.newstrends.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.newstrends.sample.SampleGenerator;
import org.newstrends.sample.SampleSpec;
import org.newstrends.sample.SampleSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a deterministic generated article collection in the seed text format. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Writes a deterministic generated article collection in the seed text format.")
public final class SampleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "Number of articles to write (at least 1).")
    int articles;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory to write the files into (created if missing).")
    Path output;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", defaultValue = "2024-01-01", paramLabel = "YYYY-MM-DD", description = "First day of the period (default: ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--months", defaultValue = "9", paramLabel = "M", description = "Length of the period in months (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--malformed", defaultValue = "0", paramLabel = "K", description = "Number of bad records to write to malformed.txt (default: ${DEFAULT-VALUE}).")
    int malformed;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = commandSpec.commandLine().getErr();
        SampleSpec spec;
        try {
            spec = new SampleSpec(articles, seed, parseStart(), months, malformed);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        String outputProblem = prepareOutput();
        if (outputProblem != null) {
            err.println("error: " + outputProblem);
            return ExitCode.USAGE.code();
        }
        SampleSummary summary = new SampleGenerator(spec).write(output);
        PrintWriter out = commandSpec.commandLine().getOut();
        out.printf("wrote %d articles and %d malformed records in %d files (%d bytes) to %s%n",
                summary.articles(), summary.malformed(), summary.files().size(), summary.bytes(), output);
        out.printf("%d of the articles are syndicated copies of a wire story%n", summary.copies());
        out.flush();
        return ExitCode.OK.code();
    }

    private LocalDate parseStart() {
        try {
            return LocalDate.parse(start);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--start must be a real date in the form YYYY-MM-DD, got '" + start + "'");
        }
    }

    /** Creates the output directory if needed; returns what is wrong with it, or null if it can be written. */
    private String prepareOutput() {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return "--output " + output + " is a file, not a directory";
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
                        String reason = e instanceof FileSystemException failure && failure.getReason() != null
                    ? failure.getReason() : e.getMessage();
            return "cannot create --output directory " + output + ": " + reason;
        }
        if (!Files.isWritable(output)) {
            return "--output directory " + output + " is not writable";
        }
        return null;
    }
}
