package org.newstrends.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: lists the subcommands and maps picocli's outcomes to {@link ExitCode}s. */
@Command(name = "newstrends", mixinStandardHelpOptions = true, version = "newstrends 0.1.0",
        description = "Counts the actors, locations and themes of news articles over time.",
        subcommands = {RunCommand.class, ExtractCommand.class, SampleCommand.class, BenchCommand.class,
                BuildLexiconsCommand.class, BuildWorldCommand.class, EvaluateCommand.class, TrainNerCommand.class,
                TrainThemesCommand.class})
public final class NewstrendsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new NewstrendsCommand());
        cl.setExitCodeExceptionMapper(e -> ExitCode.FAILURE.code());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ex.getMessage());
            for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                commandLine.getErr().println("  caused by: " + cause);
            }
            if (System.getenv("NEWSTRENDS_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            return ExitCode.FAILURE.code();
        });
        return cl.execute(args);
    }
}
