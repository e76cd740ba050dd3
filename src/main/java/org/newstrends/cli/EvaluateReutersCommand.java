package org.newstrends.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.extract.DocumentCountries;
import org.newstrends.extract.eval.ReutersEvaluation;
import org.newstrends.extract.eval.ReutersScore;
import org.newstrends.extract.location.LocationRecognizer;
import org.newstrends.extract.text.FieldText;
import org.newstrends.ingest.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scores document-level countries on Reuters-21578 JSON Lines against the places labels. */
@Command(name = "reuters", mixinStandardHelpOptions = true,
        description = {"Scores document-level countries on Reuters-21578 JSON Lines against the places labels:",
                "(1) all location mentions, (2) focus countries, (3) focus with recall over attainable labels,",
                "(4) the countries field of the extract output (default parameters), and the cap;",
                "for all documents and for the even and odd halves."})
public final class EvaluateReutersCommand implements Callable<Integer> {

    @Option(names = "--file", required = true, description = "Reuters-21578 JSON Lines, e.g. reuters21578/train.jsonl.")
    private Path file;

    @Option(names = "--limit", defaultValue = "0", description = "Score at most this many labelled documents (0: all).")
    private int limit;

    @Option(names = "--extractor", paramLabel = "M", defaultValue = ArticleExtractor.DEFAULT_METHOD,
            description = "Extraction method scored: tagger (default), rules or corenlp (needs a jar built with mvn -Pcorenlp package).")
    private String extractor;

    @Option(names = "--locations-only",
            description = "Run the rule location recogniser alone, without actors claiming spans (ignores --extractor).")
    private boolean locationsOnly;

    @Option(names = "--title-weight", description = "Focus: factor for a mention in the title (default ${DEFAULT-VALUE}).")
    private double titleWeight = DocumentCountries.DEFAULT.titleWeight();

    @Option(names = "--lead-weight", description = "Focus: factor for a mention in the lead (default ${DEFAULT-VALUE}).")
    private double leadWeight = DocumentCountries.DEFAULT.leadWeight();

    @Option(names = "--lead-chars", description = "Focus: length of the lead in characters (default ${DEFAULT-VALUE}).")
    private int leadChars = DocumentCountries.DEFAULT.leadChars();

    @Option(names = "--demonym-weight", description = "Focus: weight of a demonym mention (default ${DEFAULT-VALUE}).")
    private double demonymWeight = DocumentCountries.DEFAULT.demonymWeight();

    @Option(names = "--min-share", description = "Focus: keep countries weighing at least this share of the top one (default ${DEFAULT-VALUE}).")
    private double minShare = DocumentCountries.DEFAULT.minShare();

    @Option(names = "--actor-weight",
            description = "Focus: weight of an actor mention with a country, e.g. \"Bank of Japan\" (0: locations only; default ${DEFAULT-VALUE}).")
    private double actorWeight = DocumentCountries.DEFAULT.actorWeight();

    @Option(names = "--qualifier-weight",
            description = "Focus: factor for a place qualifying a currency or accord, e.g. \"U.S. dlrs\" (1: no discount; default ${DEFAULT-VALUE}).")
    private double qualifierWeight = DocumentCountries.DEFAULT.qualifierWeight();

    @Option(names = "--keep-weight",
            description = "Focus: keep a country weighing this much whatever its share (Infinity: off; default ${DEFAULT-VALUE}).")
    private double keepWeight = DocumentCountries.DEFAULT.keepWeight();

    @Option(names = "--dateline-weight",
            description = "Focus: factor for the place of the dateline opening the text, instead of the lead's (default ${DEFAULT-VALUE}).")
    private double datelineWeight = DocumentCountries.DEFAULT.datelineWeight();

    @Option(names = "--sweep",
            description = "Choose the focus parameters on the even half (best attainable recall at precision >= 0.80) and report them.")
    private boolean sweep;

    @Option(names = "--fallback-country", paramLabel = "ISO2",
            description = "Dataset-specific: predict this country for documents with no focus country (Reuters stripped its datelines); reported as a separate row.")
    private String fallbackCountry;

    @Option(names = "--worst", defaultValue = "15", description = "List this many countries with the most focus errors.")
    private int worst;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            System.err.println("evaluate reuters: no such file " + file);
            return ExitCode.USAGE.code();
        }
        if (limit < 0 || worst < 0) {
            System.err.println("evaluate reuters: --limit and --worst must be 0 or more");
            return ExitCode.USAGE.code();
        }
        if (fallbackCountry != null && !fallbackCountry.matches("[A-Z]{2}")) {
            System.err.println("evaluate reuters: --fallback-country must be an ISO 3166-1 alpha-2 code such as US");
            return ExitCode.USAGE.code();
        }
        try {
            ArticleExtractor.requireAvailable(extractor);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("evaluate reuters: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        DocumentCountries.Parameters parameters;
        try {
            parameters = new DocumentCountries.Parameters(titleWeight, leadWeight, leadChars, demonymWeight, minShare, actorWeight,
                    qualifierWeight, keepWeight, datelineWeight);
        } catch (IllegalArgumentException e) {
            System.err.println("evaluate reuters: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Function<Article, Set<String>> named = a -> LocationRecognizer.shared().namedCountries(fields(a));
        ReutersEvaluation evaluation = locationsOnly
                ? ReutersEvaluation.ofMentions(a -> LocationRecognizer.shared().recognize(fields(a), Map.of()), named)
                : new ReutersEvaluation(ArticleExtractor.forMethod(extractor)::extract, named);
        long start = System.nanoTime();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ReutersEvaluation.Report report = evaluation.read(reader, limit);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<ReutersEvaluation.Document> documents = report.documents();
            if (sweep) {
                parameters = ReutersEvaluation.sweep(documents, 0.80);
                System.out.println("chosen on the even half: " + parameters);
            }
            DocumentCountries focus = new DocumentCountries(parameters);
            System.out.printf(Locale.ROOT, "documents %d (skipped without country label: %d), extractor %s%n",
                    documents.size(), report.skipped().skippedDocuments(), locationsOnly ? "locations only" : extractor);
            if (!report.skipped().skippedLabels().isEmpty()) {
                System.out.println("skipped labels " + report.skipped().skippedLabels());
            }
            System.out.println("focus parameters " + parameters);
            System.out.print(ReutersEvaluation.format(documents, focus, fallbackCountry));
            ReutersScore focusAll = ReutersEvaluation.focus(documents, ReutersEvaluation.Half.ALL, focus, false, null);
            int[] t = focusAll.totals();
            System.out.printf(Locale.ROOT, "focus countries, all documents: tp %d fp %d fn %d%n", t[0], t[1], t[2]);
            System.out.print(focusAll.formatWorst(worst));
            System.out.printf(Locale.ROOT, "extraction seconds %.1f (%.0f documents/s, lexicon loading included)%n",
                    seconds, documents.size() / Math.max(seconds, 1e-9));
            return ExitCode.OK.code();
        } catch (IOException | RuntimeException e) {
            System.err.println("evaluate reuters: " + e.getMessage());
            return ExitCode.FAILURE.code();
        }
    }

    private static List<FieldText> fields(Article a) {
        return FieldText.article(a.getTitle(), a.getText());
    }
}
