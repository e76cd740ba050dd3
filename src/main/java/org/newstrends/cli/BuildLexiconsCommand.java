package org.newstrends.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Derives the project's lexicon resources from the public data sets. */
@Command(name = "build-lexicons", mixinStandardHelpOptions = true, description = "Derives the project's lexicon resources from the public data sets.")
public final class BuildLexiconsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCode.FAILURE.code();
    }
}
