package org.newstrends.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.DocumentCountries;
import org.newstrends.extract.text.Mention;
import org.newstrends.ingest.Article;

/** Scores document countries against Reuters-style labels with a stand-in extractor. */
class ReutersEvaluationTest {

    private static final String RECORDS = String.join("\n",
            "{\"id\":\"r1\",\"date\":\"1987-02-26\",\"title\":\"JAPAN TRADE\",\"text\":\"jp jp jp us\",\"places\":[\"japan\",\"usa\"]}",
            "{\"id\":\"r2\",\"date\":\"1987-02-26\",\"title\":\"BONN\",\"text\":\"de de de fr\",\"places\":[\"west-germany\"]}",
            "{\"id\":\"r3\",\"date\":\"1987-02-26\",\"title\":\"NO LABEL\",\"text\":\"gb\",\"places\":[]}",
            "{\"id\":\"r4\",\"date\":\"1987-02-26\",\"title\":\"QUARTERLY NET\",\"text\":\"\",\"places\":[\"usa\",\"atlantis\"]}",
            "");

    /** Reads each two-letter word of the text as a location mention of that country (at its offset). */
    private static final Function<Article, List<Mention>> FAKE = article -> {
        List<Mention> out = new ArrayList<>();
        int at = 0;
        for (String word : article.getText().split(" ")) {
            if (word.length() == 2) {
                out.add(new Mention("text", at, at + 2, word, Mention.LOCATION, "COUNTRY", word,
                        word.toUpperCase(), false, null, 0.0, 0.0));
            }
            at += word.length() + 1;
        }
        return out;
    };

    /** Every phrase names its countries only: nothing beyond the mentions is attainable. */
    private static final Function<Article, Set<String>> NOTHING_MORE = article -> Set.of();

    private static BufferedReader reader(String s) {
        return new BufferedReader(new StringReader(s));
    }

    private static List<ReutersEvaluation.Document> documents() throws IOException {
        return ReutersEvaluation.ofMentions(FAKE, NOTHING_MORE).read(reader(RECORDS), 0).documents();
    }

    @Test
    void readsLabelledDocumentsAndSkipsTheRest() throws IOException {
        ReutersEvaluation.Report report = ReutersEvaluation.ofMentions(FAKE, NOTHING_MORE).read(reader(RECORDS), 0);
        assertEquals(3, report.documents().size());
        assertEquals(1, report.skipped().skippedDocuments());
        assertEquals(Map.of("atlantis", 1), report.skipped().skippedLabels());
        assertEquals(Set.of("DE"), report.documents().get(1).gold());
    }

    @Test
    void strictCountsEveryNamedCountry() throws IOException {
        ReutersScore score = ReutersEvaluation.strict(documents(), ReutersEvaluation.Half.ALL);
        // r1: JP, US correct; r2: DE correct, FR wrong; r4: US missed
        assertEquals(List.of(3, 1, 1), List.of(score.totals()[0], score.totals()[1], score.totals()[2]));
        assertEquals(0.75, score.precision(), 1e-9);
        assertEquals(0.75, score.recall(), 1e-9);
    }

    @Test
    void focusDropsCountriesNamedInPassing() throws IOException {
        DocumentCountries focus = new DocumentCountries(new DocumentCountries.Parameters(1, 1, 0, 1, 0.5, 0));
        ReutersScore score = ReutersEvaluation.focus(documents(), ReutersEvaluation.Half.ALL, focus, false, null);
        // r1: JP (3) kept, US (1) dropped and missed; r2: DE kept, FR dropped; r4: US missed
        assertEquals(List.of(2, 0, 2), List.of(score.totals()[0], score.totals()[1], score.totals()[2]));
        ReutersScore attainable = ReutersEvaluation.focus(documents(), ReutersEvaluation.Half.ALL, focus, true, null);
        // r4's US is named nowhere: not attainable, so not a miss
        assertEquals(List.of(2, 0, 1), List.of(attainable.totals()[0], attainable.totals()[1], attainable.totals()[2]));
        assertEquals(List.of(4, 3), List.of(ReutersEvaluation.cap(documents(), ReutersEvaluation.Half.ALL)[0],
                ReutersEvaluation.cap(documents(), ReutersEvaluation.Half.ALL)[1]));
    }

    @Test
    void aFallbackCountryFillsDocumentsWithNoCountry() throws IOException {
        DocumentCountries focus = new DocumentCountries(new DocumentCountries.Parameters(1, 1, 0, 1, 0.5, 0));
        ReutersScore score = ReutersEvaluation.focus(documents(), ReutersEvaluation.Half.ALL, focus, false, "US");
        // r1's US is dropped (1 of 3), r4 has no focus country and gets the fallback
        assertEquals(1, score.perCountryTruePositives("US"));
    }

    @Test
    void halvesSplitDocumentsByPosition() throws IOException {
        assertEquals(2, ReutersEvaluation.strict(documents(), ReutersEvaluation.Half.EVEN).documents());
        assertEquals(1, ReutersEvaluation.strict(documents(), ReutersEvaluation.Half.ODD).documents());
    }

    @Test
    void attainableLabelsAreThoseSomePhraseNames() throws IOException {
        Function<Article, Set<String>> namesUsEverywhere = article -> new TreeSet<>(Set.of("US"));
        List<ReutersEvaluation.Document> docs = ReutersEvaluation.ofMentions(FAKE, namesUsEverywhere).read(reader(RECORDS), 0).documents();
        assertEquals(Set.of("US"), docs.get(2).attainable());
        assertEquals(Set.of("DE"), docs.get(1).attainable());
    }

    @Test
    void theSweepReturnsParametersReachingThePrecision() throws IOException {
        DocumentCountries.Parameters chosen = ReutersEvaluation.sweep(documents(), 0.8);
        ReutersScore even = ReutersEvaluation.focus(documents(), ReutersEvaluation.Half.EVEN, new DocumentCountries(chosen), true, null);
        assertTrue(even.precision() >= 0.8, chosen.toString());
    }

    @Test
    void theLimitCountsScoredDocuments() throws IOException {
        assertEquals(2, ReutersEvaluation.ofMentions(FAKE, NOTHING_MORE).read(reader(RECORDS), 2).documents().size());
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

    @Test
    void mentionsBeforeACurrencyAreMarkedAndDiscounted() throws IOException {
        String record = "{\"id\":\"r5\",\"title\":\"T\",\"text\":\"jp jp ch francs ch francs\",\"places\":[\"japan\"]}";
        ReutersEvaluation.Document d = ReutersEvaluation.ofMentions(FAKE, NOTHING_MORE).read(reader(record), 0).documents().get(0);
        assertEquals(2, d.qualifiers().size());
        DocumentCountries discounting = new DocumentCountries(
                new DocumentCountries.Parameters(1, 1, 0, 1, 0.5, 0, 0.25, Double.POSITIVE_INFINITY));
        ReutersScore score = ReutersEvaluation.focus(List.of(d), ReutersEvaluation.Half.ALL, discounting, false, null);
        assertEquals(List.of(1, 0, 0), List.of(score.totals()[0], score.totals()[1], score.totals()[2]),
                "CH as a currency only is no focus country");
    }
}
