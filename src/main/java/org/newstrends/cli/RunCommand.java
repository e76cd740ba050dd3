package org.newstrends.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newstrends.aggregate.PeriodUnit;
import org.newstrends.job.CoverageJob;
import org.newstrends.job.JobSpec;
import org.newstrends.job.JobSpecException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run JOB.yaml [--input PATH] [--output DIR] [--period P] [--top N]}: runs a coverage job. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a coverage job spec and writes its report (tables, charts, index.html, manifest).")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job spec, e.g. jobs/sample.yaml.")
    Path jobFile;

    @Option(names = "--input", paramLabel = "PATH", description = "Read PATH instead of the spec's inputs (repeatable).")
    List<String> inputs;

    @Option(names = "--output", paramLabel = "DIR", description = "Write the report to DIR instead of the spec's output.")
    String output;

    @Option(names = "--period", paramLabel = "P", description = "day, week, month, quarter or year.")
    String period;

    @Option(names = "--top", paramLabel = "N", description = "Entities per kind in top lists, pivots and charts.")
    Integer top;

    /** The options of one run, immutable once parsed. */
    record Options(Path jobFile, List<String> inputs, String output, String period, Integer top) { }

    @Override
    public Integer call() {
        Options options = new Options(jobFile, inputs == null ? List.of() : List.copyOf(inputs), output, period, top);
        JobSpec job;
        try {
            job = JobSpec.load(options.jobFile()).withOverrides(options.inputs(), options.output(),
                    options.period() == null ? null : PeriodUnit.parse(options.period()), options.top());
        } catch (JobSpecException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        try {
            CoverageJob.run(job, System.err);
            return ExitCode.OK.code();
        } catch (JobSpecException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
    }
}
