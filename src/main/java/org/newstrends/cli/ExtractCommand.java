package org.newstrends.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Writes the mentions and themes of each article as JSON Lines. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Writes the mentions and themes of each article as JSON Lines.")
public final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCode.FAILURE.code();
    }
}
