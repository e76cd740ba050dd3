package org.newstrends.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.extract.eval.CategoryConfusion;
import org.newstrends.extract.eval.CategoryEvaluation;
import org.newstrends.extract.eval.LabelledArticle;
import org.newstrends.extract.eval.LabelledSet;
import org.newstrends.extract.theme.DominantCategory;
import org.newstrends.extract.theme.ThemeCategory;
import org.newstrends.ingest.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores the dominant theme category of extracted articles against labelled news, per category with a confusion table. */
@Command(name = "themes", mixinStandardHelpOptions = true,
        description = {"Scores the dominant theme category (the category whose carried themes' scores sum highest)",
                "against labelled news: HuffPost categories, Reuters-21578 topics (ECONOMY), BBC News sections, or",
                "JSON Lines labelled with category names. Prints, per set, what was left out and a confusion table."})
public final class EvaluateThemesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LabelledInputs inputs = new LabelledInputs();

    @Option(names = "--extractor", paramLabel = "M", defaultValue = ArticleExtractor.DEFAULT_METHOD,
            description = "Extraction method: tagger (default), rules or corenlp (needs a jar built with mvn -Pcorenlp package).")
    String extractor;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write every wrongly decided article (set, id, label, labelled, decided, title) to this file.")
    Path errors;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = validate();
        if (problem != null) {
            err.println("evaluate themes: " + problem);
            return ExitCode.USAGE.code();
        }
        List<LabelledSet> sets;
        try {
            sets = inputs.read();
        } catch (IOException e) {
            err.println("evaluate themes: cannot read " + e.getMessage());
            return ExitCode.FAILURE.code();
        }
        ArticleExtractor extraction = ArticleExtractor.forMethod(extractor);
        Function<LabelledArticle, Optional<ThemeCategory>> decision =
                a -> DominantCategory.of(extraction.extract(toArticle(a)).themes());
        CategoryEvaluation evaluation = new CategoryEvaluation(decision);
        CategoryConfusion all = new CategoryConfusion();
        try (PrintWriter errorOut = errors == null ? null
                : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
            for (LabelledSet set : sets) {
                out.print(LabelledInputs.describe(set));
                CategoryConfusion confusion = evaluation.score(set, errorOut);
                out.print(confusion.format());
                all.addAll(confusion);
            }
        } catch (IOException e) {
            err.println("evaluate themes: cannot write " + errors + ": " + e.getMessage());
            return ExitCode.FAILURE.code();
        }
        if (sets.size() > 1) {
            out.println("all sets");
            out.print(all.format());
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private String validate() {
        String problem = inputs.problem();
        if (problem != null) return problem;
        try {
            ArticleExtractor.requireAvailable(extractor);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return e.getMessage();
        }
        return null;
    }

    /** The article a labelled item is extracted as (no date: extraction does not use it). */
    static Article toArticle(LabelledArticle a) {
        return new Article(a.id(), null, null, a.title(), a.text(), null);
    }
}
