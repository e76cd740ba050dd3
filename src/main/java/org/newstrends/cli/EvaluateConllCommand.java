package org.newstrends.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Scores extraction on a CoNLL-2003 file: exact-span P/R/F1 per type. */
@Command(name = "conll", mixinStandardHelpOptions = true, description = "Scores extraction on a CoNLL-2003 file: exact-span P/R/F1 per type.")
public final class EvaluateConllCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCode.FAILURE.code();
    }
}
