package org.newstrends.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Scores document-level countries on Reuters-21578 JSON Lines against the places labels. */
@Command(name = "reuters", mixinStandardHelpOptions = true, description = "Scores document-level countries on Reuters-21578 JSON Lines against the places labels.")
public final class EvaluateReutersCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCode.FAILURE.code();
    }
}
