package org.newstrends.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Groups the evaluation commands that score extraction against labelled research data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores extraction against labelled data (CoNLL-2003, Reuters-21578, theme categories).",
        subcommands = {EvaluateConllCommand.class, EvaluateReutersCommand.class, EvaluateThemesCommand.class})
public final class EvaluateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: conll, reuters or themes");
    }
}
