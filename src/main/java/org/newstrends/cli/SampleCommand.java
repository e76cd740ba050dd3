package org.newstrends.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Writes a deterministic generated article collection in the seed text format. */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Writes a deterministic generated article collection in the seed text format.")
public final class SampleCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCode.FAILURE.code();
    }
}
