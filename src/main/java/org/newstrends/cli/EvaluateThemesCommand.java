package org.newstrends.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.extract.eval.CategoryConfusion;
import org.newstrends.extract.eval.CategoryEvaluation;
import org.newstrends.extract.eval.CategoryLabels;
import org.newstrends.extract.eval.LabelledArticle;
import org.newstrends.extract.eval.LabelledSet;
import org.newstrends.extract.eval.LabelledSets;
import org.newstrends.extract.theme.DominantCategory;
import org.newstrends.extract.theme.ThemeCategory;
import org.newstrends.ingest.Article;
import picocli.CommandLine.Command;
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

    @Option(names = "--huffpost", paramLabel = "FILE", description = "HuffPost News Category Dataset JSON Lines (headline, short_description, category).")
    Path huffpost;

    @Option(names = "--reuters", paramLabel = "FILE", description = "Reuters-21578 JSON Lines (title, text, topics); every topic maps to ECONOMY.")
    Path reuters;

    @Option(names = "--bbc", paramLabel = "DIR", description = "BBC News layout: one folder per section (business, entertainment, politics, sport, tech), one .txt story per file, headline first.")
    Path bbc;

    @Option(names = "--labelled", paramLabel = "FILE", description = "JSON Lines with title, text and category (one of the eleven category names).")
    Path labelled;

    @Option(names = "--limit", defaultValue = "0", description = "Score at most this many articles of each set (0: all).")
    int limit;

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
        LabelledSets readers = new LabelledSets(CategoryLabels.shipped());
        List<LabelledSet> sets = new ArrayList<>();
        try {
            if (huffpost != null) sets.add(limited(read(huffpost, readers::huffpost)));
            if (reuters != null) sets.add(limited(read(reuters, readers::reuters)));
            if (bbc != null) sets.add(limited(readers.bbc(bbc)));
            if (labelled != null) sets.add(limited(read(labelled, readers::labelled)));
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
                describe(out, set);
                CategoryConfusion confusion = evaluation.score(set, errorOut);
                out.print(confusion.format());
                all.addAll(confusion);
            }
        } catch (IOException e) {
            err.println("evaluate themes: cannot write " + errors + ": " + e.getMessage());
            return ExitCode.FAILURE.code();
        }
        if (sets.size() > 1) {
            out.println("all sets, extractor " + extractor);
            out.print(all.format());
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private String validate() {
        if (huffpost == null && reuters == null && bbc == null && labelled == null) {
            return "name at least one labelled set: --huffpost, --reuters, --bbc or --labelled";
        }
        for (Path file : new Path[] {huffpost, reuters, labelled}) {
            if (file != null && !Files.isRegularFile(file)) return "no such file " + file;
        }
        if (bbc != null && !Files.isDirectory(bbc)) return "--bbc needs a folder of section folders, not " + bbc;
        if (limit < 0) return "--limit must be 0 or more";
        try {
            ArticleExtractor.requireAvailable(extractor);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return e.getMessage();
        }
        return null;
    }

    /** Reads a JSON Lines set with {@code reader}. */
    private interface SetReader {
        LabelledSet read(BufferedReader reader, String source) throws IOException;
    }

    private static LabelledSet read(Path file, SetReader reader) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.read(in, file.toString());
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private LabelledSet limited(LabelledSet set) {
        if (limit == 0 || set.articles().size() <= limit) return set;
        return new LabelledSet(set.name(), set.source(), set.articles().subList(0, limit), set.noCounterpart(),
                set.unknownLabels(), set.unlabelled(), set.unreadable());
    }

    private void describe(PrintWriter out, LabelledSet set) {
        out.printf(Locale.ROOT, "set %s (%s), extractor %s: %d records read, %d articles scored%n", set.name(), set.source(),
                extractor, set.recordsRead(), set.articles().size());
        out.printf(Locale.ROOT, "  left out: %d with no counterpart %s, %d with unknown labels %s, %d unlabelled, %d unreadable%n",
                total(set.noCounterpart()), set.noCounterpart(), total(set.unknownLabels()), set.unknownLabels(), set.unlabelled(),
                set.unreadable().size());
        set.unreadable().stream().limit(5).forEach(u -> out.println("  unreadable " + u));
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Article toArticle(LabelledArticle a) {
        return new Article(a.id(), null, null, a.title(), a.text(), null);
    }
}
