package org.newstrends.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.Mention;
import org.newstrends.ingest.Article;

/** Scores document countries against Reuters-style labels with a stand-in extractor. */
class ReutersEvaluationTest {

    private static final String RECORDS = String.join("\n",
            "{\"id\":\"r1\",\"date\":\"1987-02-26\",\"title\":\"JAPAN TRADE\",\"text\":\"japan us\",\"places\":[\"japan\",\"usa\"]}",
            "{\"id\":\"r2\",\"date\":\"1987-02-26\",\"title\":\"BONN\",\"text\":\"de fr\",\"places\":[\"west-germany\"]}",
            "{\"id\":\"r3\",\"date\":\"1987-02-26\",\"title\":\"NO LABEL\",\"text\":\"gb\",\"places\":[]}",
            "{\"id\":\"r4\",\"date\":\"1987-02-26\",\"title\":\"QUARTERLY NET\",\"text\":\"\",\"places\":[\"usa\",\"atlantis\"]}",
            "");

    /** Reads each two-letter word of the text as a location mention of that country, "actor-xx" as an actor. */
    private static final Function<Article, List<Mention>> FAKE = article -> {
        List<Mention> out = new ArrayList<>();
        for (String word : article.getText().split(" ")) {
            if (word.startsWith("actor-")) {
                out.add(new Mention("text", 0, 1, word, Mention.ACTOR, "ORGANIZATION", word,
                        word.substring(6).toUpperCase(), false, null, null, null));
            } else if (word.length() == 2) {
                out.add(new Mention("text", 0, 2, word, Mention.LOCATION, "COUNTRY", word,
                        word.toUpperCase(), false, null, 0.0, 0.0));
            } else if (word.equals("japan")) {
                out.add(new Mention("text", 0, 5, word, Mention.LOCATION, "COUNTRY", "Japan", "JP", false, null, 0.0, 0.0));
            }
        }
        return out;
    };

    private static BufferedReader reader(String s) {
        return new BufferedReader(new StringReader(s));
    }

    @Test
    void scoresDocumentCountriesMicroAveraged() throws IOException {
        ReutersScore score = new ReutersEvaluation(FAKE).evaluate(reader(RECORDS), 0);
        assertEquals(3, score.documents());
        assertEquals(1, score.skippedDocuments());
        assertEquals(Map.of("atlantis", 1), score.skippedLabels());
        // r1: JP, US correct; r2: DE correct, FR wrong; r4: US missed
        assertEquals(List.of(3, 1, 1), List.of(score.totals()[0], score.totals()[1], score.totals()[2]));
        assertEquals(0.75, score.precision(), 1e-9);
        assertEquals(0.75, score.recall(), 1e-9);
        assertEquals(0.75, score.f1(), 1e-9);
    }

    @Test
    void aFallbackCountryFillsDocumentsWithNoCountry() throws IOException {
        ReutersEvaluation.Options options = new ReutersEvaluation.Options(false, 1, 0, "US");
        ReutersScore score = new ReutersEvaluation(FAKE, options).evaluate(reader(RECORDS), 0);
        assertEquals(1.0, score.recall(), 1e-9);
    }

    @Test
    void theLimitCountsScoredDocuments() throws IOException {
        assertEquals(2, new ReutersEvaluation(FAKE).evaluate(reader(RECORDS), 2).documents());
    }

    @Test
    void actorCountriesAndMentionThresholdsAreOptions() {
        Article article = new Article("a", null, "Reuters", "", "de de fr actor-gb", null);
        assertEquals(Set.of("DE", "FR"), new ReutersEvaluation(FAKE).predictedCountries(article));
        assertEquals(Set.of("DE", "FR", "GB"),
                new ReutersEvaluation(FAKE, new ReutersEvaluation.Options(true, 1, 0, null)).predictedCountries(article));
        assertEquals(Set.of("DE"),
                new ReutersEvaluation(FAKE, new ReutersEvaluation.Options(false, 2, 0, null)).predictedCountries(article));
    }

    @Test
    void historicalCodesMapToTheirSuccessors() {
        assertEquals(Optional.of("RU"), ReutersPlaces.iso2("ussr"));
        assertEquals(Optional.of("DE"), ReutersPlaces.iso2("west-germany"));
        assertEquals(Optional.of("DE"), ReutersPlaces.iso2("east-germany"));
        assertEquals(Optional.of("GB"), ReutersPlaces.iso2("uk"));
        assertEquals(Optional.of("US"), ReutersPlaces.iso2("usa"));
        assertEquals(Optional.empty(), ReutersPlaces.iso2("atlantis"));
    }
}
