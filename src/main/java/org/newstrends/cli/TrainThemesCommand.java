package org.newstrends.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.extract.eval.CategoryConfusion;
import org.newstrends.extract.eval.LabelledArticle;
import org.newstrends.extract.eval.LabelledSet;
import org.newstrends.extract.lexicon.LexiconFiles;
import org.newstrends.extract.train.LearnerSettings;
import org.newstrends.extract.train.ThemeCrossValidation;
import org.newstrends.extract.train.ThemeExample;
import org.newstrends.extract.train.ThemeWeightLearner;
import org.newstrends.extract.theme.ActorThemeCues;
import org.newstrends.extract.theme.LearnedThemeWeights;
import org.newstrends.extract.theme.ThemeEvidence;
import org.newstrends.extract.theme.ThemeModel;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.theme.ThemeTaxonomy;
import org.newstrends.ingest.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Learns theme feature weights from labelled news: chooses the learner's settings by cross-validation, prints the
 * held-out figures of the curated and the chosen weights, then learns on all articles and writes the weights.
 */
@Command(name = "train-themes", mixinStandardHelpOptions = true,
        description = {"Learns theme term and actor-cue weights from labelled news (held near the curated weights),",
                "choosing the settings by k-fold cross-validation; prints held-out figures and writes the weights."})
public final class TrainThemesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LabelledInputs inputs = new LabelledInputs();

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Weights file to write, e.g. src/main/resources" + LexiconFiles.RESOURCE_DIR + LearnedThemeWeights.FILE + ".")
    Path out;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--theme-strengths", split = ",", defaultValue = "inf,0.1,0.01,0.001",
            description = "Grid: how strongly each theme's scale is held at 1 (inf: not learned; default: ${DEFAULT-VALUE}).")
    List<String> themeStrengths;

    @Option(names = "--term-strengths", split = ",", defaultValue = "inf,0.1,0.01,0.001",
            description = "Grid: how strongly each term's change is held at 0 (inf: not learned; default: ${DEFAULT-VALUE}).")
    List<String> termStrengths;

    @Option(names = "--class-balance", split = ",", defaultValue = "0.5,1",
            description = "Grid: example weight = category size ^ -balance (default: ${DEFAULT-VALUE}).")
    List<String> balances;

    @Option(names = "--sharpness", defaultValue = "0.25", description = "Factor on category scores in the fitted softmax (default: ${DEFAULT-VALUE}).")
    double sharpness;

    @Option(names = "--iterations", defaultValue = "200", description = "Gradient descent passes (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--extractor", paramLabel = "M", defaultValue = ArticleExtractor.DEFAULT_METHOD,
            description = "Extraction method whose actor mentions are evidence: tagger (default), rules or corenlp.")
    String extractor;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<LearnerSettings> grid;
        try {
            grid = grid();
            String problem = inputs.problem();
            if (problem != null) throw new IllegalArgumentException(problem);
            if (folds < 2) throw new IllegalArgumentException("--folds must be 2 or more");
            ArticleExtractor.requireAvailable(extractor);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("train-themes: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        try {
            List<LabelledSet> sets = inputs.read();
            ThemeModel base = ThemeModel.curated(ThemeTaxonomy.fromResource(), ActorThemeCues.fromResource());
            List<ThemeExample> examples = new ArrayList<>();
            for (LabelledSet set : sets) {
                stdout.print(LabelledInputs.describe(set));
                examples.addAll(examples(base, set));
            }
            stdout.printf(Locale.ROOT, "%d examples, %d features (%d terms, %d actor cues), %d-fold cross-validation%n",
                    examples.size(), base.features(), base.terms(), base.features() - base.terms(), folds);
            stdout.flush();
            ThemeCrossValidation validation = new ThemeCrossValidation(base, examples, folds);
            List<ThemeCrossValidation.Result> results = new ArrayList<>();
            for (LearnerSettings settings : grid) {
                ThemeCrossValidation.Result result = validation.run(settings);
                results.add(result);
                stdout.printf(Locale.ROOT, "held-out pooled macro accuracy %.4f (standard error %.4f)  %s%n", result.criterion(),
                        result.standardError(), settings.curatedOnly() ? "curated weights" : settings);
                stdout.flush();
            }
            int chosen = ThemeCrossValidation.choose(results);
            LearnerSettings best = grid.get(chosen);
            ThemeCrossValidation.Result curated = results.get(0);
            stdout.println("chosen (the simplest within one standard error of the best): "
                    + (best.curatedOnly() ? "curated weights" : best));
            printFigures(stdout, "curated weights, held out", curated.bySet());
            printFigures(stdout, "chosen settings, held out", results.get(chosen).bySet());
            ThemeModel learned = new ThemeWeightLearner(base, best).learn(examples);
            write(learned, header(sets, examples.size(), best, curated, results.get(chosen)));
            stdout.printf(Locale.ROOT, "weights written to %s%n", out);
            stdout.flush();
            return ExitCode.OK.code();
        } catch (IOException e) {
            err.println("train-themes: " + e.getMessage());
            return ExitCode.FAILURE.code();
        }
    }

    /**
     * The settings tried, from simplest to most complex: curated weights, then theme scales alone, term changes
     * alone, and both, each from the strongest hold on the curated weights to the weakest.
     */
    private List<LearnerSettings> grid() {
        List<Double> themes = strengths(themeStrengths);
        List<Double> terms = strengths(termStrengths);
        List<LearnerSettings> grid = new ArrayList<>();
        grid.add(LearnerSettings.CURATED);
        for (int stage = 0; stage < 3; stage++) {
            for (String balance : balances) {
                for (double theme : stage == 1 ? List.of(Double.POSITIVE_INFINITY) : themes) {
                    for (double term : stage == 0 ? List.of(Double.POSITIVE_INFINITY) : terms) {
                        if ((stage == 0 || stage == 2) && Double.isInfinite(theme)) continue;
                        if (stage >= 1 && Double.isInfinite(term)) continue;
                        grid.add(new LearnerSettings(theme, term, number(balance), sharpness, iterations));
                    }
                }
            }
        }
        return grid;
    }

    /** The strengths of a grid option, strongest (largest) first. */
    private static List<Double> strengths(List<String> texts) {
        List<Double> values = new ArrayList<>();
        for (String text : texts) values.add(number(text));
        values.sort(Comparator.reverseOrder());
        return values;
    }

    private static double number(String text) {
        String t = text.strip();
        if (t.equals("inf")) return Double.POSITIVE_INFINITY;
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + text + "' (a number or inf)", e);
        }
    }

    private List<ThemeExample> examples(ThemeModel base, LabelledSet set) {
        ArticleExtractor extraction = ArticleExtractor.forMethod(extractor);
        List<ThemeExample> examples = new ArrayList<>();
        for (LabelledArticle a : set.articles()) {
            Article article = EvaluateThemesCommand.toArticle(a);
            List<FieldText> fields = FieldText.article(a.title(), a.text());
            ThemeEvidence evidence = ThemeEvidence.collect(base, fields.get(0), fields.get(1),
                    extraction.mentions(article));
            examples.add(new ThemeExample(set.name(), evidence, a.category()));
        }
        return examples;
    }

    private static void printFigures(PrintWriter out, String what, Map<String, CategoryConfusion> bySet) {
        for (Map.Entry<String, CategoryConfusion> e : bySet.entrySet()) {
            out.println(what + ": " + e.getKey());
            out.print(e.getValue().format());
        }
        if (bySet.size() > 1) {
            out.println(what + ": all sets");
            out.print(ThemeCrossValidation.pooled(bySet).format());
        }
    }

    private List<String> header(List<LabelledSet> sets, int examples, LearnerSettings best,
                                ThemeCrossValidation.Result curated, ThemeCrossValidation.Result chosen) {
        List<String> lines = new ArrayList<>();
        lines.add("Learned theme feature weights, written by train-themes (see docs/themes.md). Do not edit: rerun it.");
        lines.add("Columns: kind<TAB>theme<TAB>key<TAB>weight. A listed weight replaces the curated one of themes.txt or");
        lines.add("theme-actors.tsv; a term or cue not listed keeps its curated weight.");
        for (LabelledSet set : sets) {
            lines.add(String.format(Locale.ROOT, "Trained on %s: %s, %d articles.", set.name(),
                    Path.of(set.source()).getFileName(), set.articles().size()));
        }
        lines.add(String.format(Locale.ROOT, "Settings chosen by %d-fold cross-validation over %d articles: %s.", folds, examples,
                best.curatedOnly() ? "curated weights (nothing learned helped)" : best.toString()));
        lines.add(String.format(Locale.ROOT, "Held-out pooled macro accuracy: curated %.4f, chosen %.4f (standard error %.4f).",
                curated.criterion(), chosen.criterion(), chosen.standardError()));
        return lines;
    }

    private void write(ThemeModel learned, List<String> header) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            LearnedThemeWeights.write(learned, 0.0005, header, w);
        }
    }
}
