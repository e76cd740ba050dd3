package org.newstrends.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Runs a coverage job spec and writes its report. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs a coverage job spec and writes its report.")
public final class RunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCode.FAILURE.code();
    }
}
