package org.newstrends.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newstrends.bench.BenchCorpus;
import org.newstrends.bench.BenchReport;
import org.newstrends.bench.Benchmark;
import org.newstrends.job.JobSpec;
import org.newstrends.job.JobSpecException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench --articles N}: the coverage job over a generated corpus (made once into a cache folder), with its
 * time per step, memory peaks and the floors without Spark, printed as Markdown.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Runs the coverage job over N generated articles (generated once into a cache folder) and prints"
                + " articles/s, MB/s, wall time, time per step, driver heap and peak RSS, and the floors without Spark"
                + " (read only, read + tokenize, read + extract) with the job's ratio to each, as Markdown.",
                "Progress goes to standard error, the figures to standard output."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "Articles in the corpus (at least 1).")
    int articles;

    @Option(names = "--cache", paramLabel = "DIR", description = "Corpus folder (default: bench/corpus-N), reused when complete.")
    Path cache;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads of the floors (default: the cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--skip-floors", description = "Run the job only.")
    boolean skipFloors;

    @Option(names = "--output", paramLabel = "DIR", description = "The job's report folder (default: bench/report-N).")
    Path output;

    @Option(names = "--job", paramLabel = "JOB.yaml", defaultValue = "jobs/sample.yaml",
            description = "Job spec whose period, top, extractor and Spark settings the job runs with (default: ${DEFAULT-VALUE}).")
    Path job;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (articles < 1 || threads < 1) {
            err.println("error: --articles and --threads must be at least 1");
            return ExitCode.USAGE.code();
        }
        Benchmark.Settings settings;
        try {
            settings = new Benchmark.Settings(articles, cache == null ? Path.of("bench", "corpus-" + articles) : cache,
                    seed, threads, skipFloors, output == null ? Path.of("bench", "report-" + articles) : output,
                    JobSpec.load(job));
        } catch (JobSpecException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Benchmark.Result result;
        try {
            result = Benchmark.run(settings, System.err);
        } catch (JobSpecException | BenchCorpus.UnusableFolder e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(BenchReport.format(result));
        out.flush();
        return ExitCode.OK.code();
    }
}
