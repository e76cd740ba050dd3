package org.newstrends.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.newstrends.extract.Mention;
import org.newstrends.ingest.Article;

/**
 * Scores document-level countries on Reuters-21578 JSON Lines ({@code id, date, title, text, places}):
 * a document's predicted countries are the countries of all its location mentions (demonyms count),
 * compared with its {@code places} labels mapped by {@link ReutersPlaces}. Documents without a country
 * label are left out (the collection leaves many documents unlabelled rather than place-less).
 *
 * <p>{@link Options} can change what a prediction is, to measure alternatives: countries of actors'
 * stated affiliations ("U.S. Treasury") as evidence, a minimum number of mentions (or one in the title
 * or lead), and a fallback country for documents in which no country counts (Reuters stripped the
 * datelines that located most company reports).
 */
public final class ReutersEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What counts as a predicted country.
     *
     * @param actorCountries also count the stated country of actor mentions
     * @param minMentions a country counts when named at least this often, or once in the title or lead
     * @param leadChars length of the lead: a country named in the first {@code leadChars} characters of the text counts
     * @param fallbackCountry ISO2 code predicted when no country counts otherwise, or null for none
     */
    public record Options(boolean actorCountries, int minMentions, int leadChars, String fallbackCountry) {
        /** The plain reading: every location mention counts, nothing else. */
        public static final Options LOCATIONS = new Options(false, 1, 0, null);
    }

    private final Function<Article, List<Mention>> mentions;
    private final Options options;

    /** An evaluation of the mentions {@code mentions} finds in an article, counting location mentions only. */
    public ReutersEvaluation(Function<Article, List<Mention>> mentions) {
        this(mentions, Options.LOCATIONS);
    }

    /** An evaluation of the mentions {@code mentions} finds in an article, with {@code options}. */
    public ReutersEvaluation(Function<Article, List<Mention>> mentions, Options options) {
        this.mentions = mentions;
        this.options = options;
    }

    /** Scores every record of {@code reader}, at most {@code limit} documents (0: all). */
    public ReutersScore evaluate(BufferedReader reader, int limit) throws IOException {
        ReutersScore score = new ReutersScore();
        String line;
        while ((line = reader.readLine()) != null && (limit <= 0 || score.documents() < limit)) {
            if (line.isBlank()) continue;
            JsonNode record = JSON.readTree(line);
            Set<String> gold = new TreeSet<>();
            for (JsonNode code : record.path("places")) {
                Optional<String> iso2 = ReutersPlaces.iso2(code.asText());
                if (iso2.isPresent()) gold.add(iso2.get());
                else score.skippedLabel(code.asText());
            }
            if (gold.isEmpty()) {
                score.skippedDocument();
                continue;
            }
            Set<String> predicted = predictedCountries(toArticle(record));
            score.document();
            for (String c : predicted) {
                if (gold.contains(c)) score.truePositive(c);
                else score.falsePositive(c);
            }
            for (String c : gold) {
                if (!predicted.contains(c)) score.falseNegative(c);
            }
        }
        return score;
    }

    /** The countries predicted for {@code article} (by default those of its location mentions), sorted. */
    public Set<String> predictedCountries(Article article) {
        Map<String, Integer> counts = new TreeMap<>();
        Set<String> salient = new TreeSet<>();
        for (Mention m : mentions.apply(article)) {
            boolean counted = Mention.LOCATION.equals(m.kind()) || (options.actorCountries() && Mention.ACTOR.equals(m.kind()));
            if (!counted || m.country() == null) continue;
            counts.merge(m.country(), 1, Integer::sum);
            if ("title".equals(m.field()) || m.start() < options.leadChars()) salient.add(m.country());
        }
        Set<String> out = new TreeSet<>();
        counts.forEach((country, n) -> {
            if (n >= options.minMentions() || salient.contains(country)) out.add(country);
        });
        if (out.isEmpty() && options.fallbackCountry() != null) out.add(options.fallbackCountry());
        return out;
    }

    private static Article toArticle(JsonNode record) {
        String date = record.path("date").asText("");
        LocalDate day = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
        return new Article(record.path("id").asText(""), day, record.path("source").asText("Reuters"),
                record.path("title").asText(""), record.path("text").asText(""), null);
    }
}
