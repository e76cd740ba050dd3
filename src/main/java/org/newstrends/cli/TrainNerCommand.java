package org.newstrends.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newstrends.extract.eval.ConllDocument;
import org.newstrends.extract.eval.ConllReader;
import org.newstrends.extract.tagger.NerTagger;
import org.newstrends.extract.tagger.NerTrainer;
import org.newstrends.extract.train.ConllTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains the statistical name tagger on CoNLL-2003 files and writes its model. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Trains the name tagger on a CoNLL-2003 file, printing development-set figures per epoch.")
public final class TrainNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--train", required = true, description = "CoNLL-2003 training file (token POS chunk tag per line).")
    Path train;

    @Option(names = "--dev", description = "CoNLL-2003 development file scored after every epoch.")
    Path dev;

    @Option(names = "--out", required = true,
            description = "Model file to write, e.g. src/main/resources" + NerTagger.MODEL_RESOURCE + ".")
    Path out;

    @Option(names = "--epochs", defaultValue = "10", description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--bits", defaultValue = "16", description = "Feature table of 2^bits rows (default: ${DEFAULT-VALUE}).")
    int bits;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the document shuffle (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out1 = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NerTrainer.Settings settings;
        try {
            settings = new NerTrainer.Settings(epochs, bits, seed);
        } catch (IllegalArgumentException e) {
            err.println("train-ner: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        for (Path p : dev == null ? List.of(train) : List.of(train, dev)) {
            if (!Files.isRegularFile(p)) {
                err.println("train-ner: not a file: " + p);
                return ExitCode.USAGE.code();
            }
        }
        try {
            List<ConllDocument> trainDocs = read(train);
            List<ConllDocument> devDocs = dev == null ? List.of() : read(dev);
            out1.printf(Locale.ROOT, "training on %s: %d documents%s%n", train, trainDocs.size(),
                    dev == null ? "" : "; scoring on " + dev + ": " + devDocs.size() + " documents");
            out1.flush();
            NerTagger tagger = new ConllTraining(settings, out1).train(trainDocs, devDocs);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            tagger.save(out);
            out1.printf(Locale.ROOT, "model written to %s (%,d bytes)%n", out, Files.size(out));
            out1.flush();
            return ExitCode.OK.code();
        } catch (IOException e) {
            err.println("train-ner: " + e.getMessage());
            return ExitCode.FAILURE.code();
        }
    }

    private static List<ConllDocument> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ConllReader.groupDocuments(ConllReader.readSentences(in));
        }
    }
}
