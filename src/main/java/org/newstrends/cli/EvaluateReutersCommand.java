package org.newstrends.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.extract.FieldText;
import org.newstrends.extract.Mention;
import org.newstrends.extract.eval.ReutersEvaluation;
import org.newstrends.extract.eval.ReutersScore;
import org.newstrends.extract.location.LocationRecognizer;
import org.newstrends.ingest.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scores document-level countries on Reuters-21578 JSON Lines against the places labels. */
@Command(name = "reuters", mixinStandardHelpOptions = true,
        description = "Scores document-level countries on Reuters-21578 JSON Lines against the places labels.")
public final class EvaluateReutersCommand implements Callable<Integer> {

    @Option(names = "--file", required = true, description = "Reuters-21578 JSON Lines, e.g. reuters21578/train.jsonl.")
    private Path file;

    @Option(names = "--limit", defaultValue = "0", description = "Score at most this many labelled documents (0: all).")
    private int limit;

    @Option(names = "--locations-only", description = "Run the location recogniser alone, without actors claiming spans.")
    private boolean locationsOnly;

    @Option(names = "--with-actor-countries",
            description = "Also count the stated country of actors (\"U.S. Treasury\", \"Bank of Japan\").")
    private boolean actorCountries;

    @Option(names = "--min-mentions", defaultValue = "1",
            description = "A country counts when named at least this often in the document, or once in its title or lead.")
    private int minMentions;

    @Option(names = "--lead-chars", defaultValue = "0",
            description = "Length of the lead: a country named in the first N characters of the text counts (with --min-mentions).")
    private int leadChars;

    @Option(names = "--fallback-country", paramLabel = "ISO2",
            description = "Predict this country for documents in which no country counts (Reuters stripped its datelines).")
    private String fallbackCountry;

    @Option(names = "--worst", defaultValue = "15", description = "List this many countries with the most errors.")
    private int worst;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            System.err.println("evaluate reuters: no such file " + file);
            return ExitCode.USAGE.code();
        }
        if (limit < 0 || worst < 0 || leadChars < 0 || minMentions < 1) {
            System.err.println("evaluate reuters: --limit, --worst and --lead-chars must be 0 or more, --min-mentions 1 or more");
            return ExitCode.USAGE.code();
        }
        if (fallbackCountry != null && !fallbackCountry.matches("[A-Z]{2}")) {
            System.err.println("evaluate reuters: --fallback-country must be an ISO 3166-1 alpha-2 code such as US");
            return ExitCode.USAGE.code();
        }
        Function<Article, List<Mention>> mentions = locationsOnly
                ? a -> LocationRecognizer.shared().recognize(
                        List.of(FieldText.of("title", a.getTitle()), FieldText.of("text", a.getText())), Map.of())
                : a -> ArticleExtractor.shared().extract(a).mentions();
        long start = System.nanoTime();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ReutersScore score = new ReutersEvaluation(mentions,
                    new ReutersEvaluation.Options(actorCountries, minMentions, leadChars, fallbackCountry)).evaluate(reader, limit);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.print(score.format(worst));
            System.out.printf(Locale.ROOT, "seconds %.1f (%.0f documents/s, lexicon loading included)%n",
                    seconds, score.documents() / Math.max(seconds, 1e-9));
            return ExitCode.OK.code();
        } catch (IOException | RuntimeException e) {
            System.err.println("evaluate reuters: " + e.getMessage());
            return ExitCode.FAILURE.code();
        }
    }
}
