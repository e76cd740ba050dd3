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
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.extract.eval.ConllDocument;
import org.newstrends.extract.eval.ConllEvaluator;
import org.newstrends.extract.eval.ConllReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores extraction on a CoNLL-2003 file: exact-span P/R/F1 per type. */
@Command(name = "conll", mixinStandardHelpOptions = true,
        description = "Scores extraction on a CoNLL-2003 file: exact-span P/R/F1 per type (PER, LOC, ORG).")
public final class EvaluateConllCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--file", required = true, description = "CoNLL-2003 file (token POS chunk tag per line).")
    Path file;

    @Option(names = "--errors", description = "Optional file to write every miss (FN) and false alarm (FP) to.")
    Path errors;

    @Option(names = "--extractor", paramLabel = "M", defaultValue = ArticleExtractor.DEFAULT_METHOD,
            description = "Extraction method scored: tagger (default), rules or corenlp (needs a jar built with mvn -Pcorenlp package).")
    String extractor;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("error: not a file: " + file);
            return ExitCode.USAGE.code();
        }
        try {
            ArticleExtractor.requireAvailable(extractor);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        List<ConllDocument> documents;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            documents = ConllReader.groupDocuments(ConllReader.readSentences(in));
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return ExitCode.FAILURE.code();
        }
        ConllEvaluator evaluator = new ConllEvaluator(ArticleExtractor.forMethod(extractor));
        try (PrintWriter errorOut = errors == null ? null
                : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
            for (ConllDocument doc : documents) evaluator.score(doc, errorOut);
        } catch (IOException e) {
            err.println("error: cannot write " + errors + ": " + e.getMessage());
            return ExitCode.FAILURE.code();
        }
        out.printf(Locale.ROOT, "%s: %d documents, %d tokens, extractor %s%n", file, documents.size(), evaluator.tokens(),
                extractor);
        out.print(evaluator.scores().format());
        double seconds = evaluator.extractionNanos() / 1e9;
        out.printf(Locale.ROOT, "extraction: %.2f s, %.0f tokens/s (includes lexicon loading)%n", seconds,
                evaluator.tokens() / Math.max(seconds, 1e-9));
        out.flush();
        return ExitCode.OK.code();
    }
}
