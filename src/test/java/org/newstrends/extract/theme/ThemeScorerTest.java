package org.newstrends.extract.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.ThemeHit;

class ThemeScorerTest {

    private static final String AIRSTRIKE = "An Israeli airstrike in central Gaza killed at least 15 people on Tuesday, "
            + "as the government weighed a ground invasion of Rafah. The army said its troops would continue "
            + "military operations against Hamas fighters.";

    private static final String TALKS = "The two foreign ministers held bilateral talks in Washington on Monday. "
            + "Officials described the meeting as a step towards deeper diplomatic engagement and closer "
            + "cooperation between the allies.";

    private static final String LABOUR_STRIKE = "Thousands of rail workers went on strike on Monday after the union "
            + "rejected the latest pay offer. Picket lines formed outside the main stations and the employer "
            + "said the walkout would cost millions; union leaders promised further strikes over wages.";

    private static final String FOOTBALL = "Arsenal beat Chelsea 2-1 in the Premier League on Saturday. Saka scored "
            + "the opener with a header before the goalkeeper saved a penalty, and a late free kick sealed the "
            + "win in front of 60,000 fans at the stadium.";

    private final ThemeScorer scorer = ThemeScorer.shared();

    private static Optional<ThemeHit> hit(List<ThemeHit> hits, String theme) {
        return hits.stream().filter(h -> h.theme().equals(theme)).findFirst();
    }

    private static List<String> codes(List<ThemeHit> hits) {
        return hits.stream().map(ThemeHit::theme).collect(Collectors.toList());
    }

    private static List<String> evidenceWords(ThemeHit hit, String text) {
        return hit.evidence().stream().map(e -> text.substring(e[0], e[1])).collect(Collectors.toList());
    }

    @Test
    void airstrikeAndGroundInvasionAreConflictAndSecurity() {
        List<ThemeHit> hits = scorer.score("", AIRSTRIKE);
        assertTrue(hit(hits, "ARMED_CONFLICT").isPresent(), codes(hits).toString());
        assertTrue(hit(hits, "MILITARY").isPresent(), codes(hits).toString());
        assertEquals("CONFLICT_SECURITY", hit(hits, "ARMED_CONFLICT").get().category());
    }

    @Test
    void bilateralTalksAreDiplomacy() {
        List<ThemeHit> hits = scorer.score("", TALKS);
        ThemeHit diplomacy = hit(hits, "DIPLOMACY").orElseThrow(() -> new AssertionError(codes(hits)));
        assertEquals("POLITICS", diplomacy.category());
        assertTrue(evidenceWords(diplomacy, TALKS).containsAll(List.of("bilateral talks", "diplomatic engagement")),
                evidenceWords(diplomacy, TALKS).toString());
    }

    @Test
    void labourStrikeIsLabourNotWar() {
        List<ThemeHit> hits = scorer.score("Rail workers strike over pay", LABOUR_STRIKE);
        assertTrue(hit(hits, "ECON_LABOR").isPresent(), codes(hits).toString());
        assertFalse(hit(hits, "ARMED_CONFLICT").isPresent(), codes(hits).toString());
        assertFalse(hit(hits, "MILITARY").isPresent(), codes(hits).toString());
    }

    @Test
    void airStrikeIsNotALabourStrike() {
        String text = "A drone strike and an air strike hit the town; missile strikes followed overnight.";
        List<ThemeHit> hits = scorer.score("", text);
        assertTrue(hit(hits, "ARMED_CONFLICT").isPresent(), codes(hits).toString());
        assertFalse(hit(hits, "ECON_LABOR").isPresent(), codes(hits).toString());
    }

    @Test
    void footballMatchReportIsSport() {
        List<ThemeHit> hits = scorer.score("Arsenal edge Chelsea", FOOTBALL);
        ThemeHit football = hit(hits, "SPORT_FOOTBALL").orElseThrow(() -> new AssertionError(codes(hits)));
        assertEquals("SPORT", football.category());
        assertFalse(hit(hits, "CRIME").isPresent(), codes(hits).toString());
    }

    @Test
    void shotOnGoalIsNotCrime() {
        String text = "His shot on goal was saved, and a second shot on target went wide in the final minutes.";
        assertFalse(hit(scorer.score("", text), "CRIME").isPresent());
    }

    @Test
    void evidenceOffsetsPointAtTheMatchedWordsOfTheText() {
        List<ThemeHit> hits = scorer.score("Gaza", AIRSTRIKE);
        ThemeHit conflict = hit(hits, "ARMED_CONFLICT").orElseThrow();
        List<String> words = evidenceWords(conflict, AIRSTRIKE);
        assertTrue(words.contains("airstrike"), words.toString());
        assertTrue(words.contains("ground invasion"), words.toString());
        int previousStart = -1;
        for (int[] span : conflict.evidence()) {
            assertTrue(span[0] > previousStart && span[1] <= AIRSTRIKE.length(), "spans in text order");
            previousStart = span[0];
        }
    }

    @Test
    void hitsAreSortedByThemeCodeAndRepeatable() {
        List<ThemeHit> hits = scorer.score("Ceasefire talks", AIRSTRIKE + " " + TALKS);
        List<String> codes = codes(hits);
        assertEquals(codes.stream().sorted().collect(Collectors.toList()), codes);
        List<ThemeHit> again = scorer.score("Ceasefire talks", AIRSTRIKE + " " + TALKS);
        assertEquals(codes, codes(again));
        for (int i = 0; i < hits.size(); i++) assertEquals(hits.get(i).score(), again.get(i).score());
    }

    @Test
    void inflectedFormsMatch() {
        String text = "Protesters marched through the capital as demonstrators chanted; police arrested dozens.";
        List<ThemeHit> hits = scorer.score("", text);
        assertTrue(hit(hits, "PROTEST").isPresent(), codes(hits).toString());
        assertTrue(hit(hits, "POLICING").isPresent(), codes(hits).toString());
    }

    @Test
    void aLoneAmbiguousWordCarriesNoTheme() {
        assertFalse(hit(scorer.score("Critic attacks the plan", "The attack on the plan was an attack on all of us."),
                "ARMED_CONFLICT").isPresent());
    }

    @Test
    void emptyAndNullTextHaveNoThemes() {
        assertTrue(scorer.score("", "").isEmpty());
        assertTrue(scorer.score((String) null, (String) null).isEmpty());
    }

    private static ThemeScorer small() throws IOException {
        String taxonomy = """
                theme QUAKE DISASTER_ACCIDENT 3 Earthquakes.
                3 earthquake
                1 rubble
                theme MIDEAST POLITICS 2 The Middle East.
                2 palestine
                1 women's rights
                -2 quake
                """;
        return ThemeScorer.of(ThemeTaxonomy.load(new StringReader(taxonomy), "small.txt"));
    }

    @Test
    void titleTermsCountDoubleLeadTermsOneAndAHalfTimesAndTitlesGiveNoEvidence() throws IOException {
        ThemeScorer scorer = small();
        ThemeHit titleOnly = scorer.score("Earthquake", "Nothing else.").get(0);
        assertEquals(3.0 * ThemeScorer.TITLE_FACTOR, titleOnly.score());
        assertTrue(titleOnly.evidence().isEmpty());
        ThemeHit leadOnly = scorer.score("", "An earthquake.").get(0);
        assertEquals(3.0 * ThemeEvidence.LEAD_FACTOR, leadOnly.score());
        assertEquals(List.of("earthquake"), evidenceWords(leadOnly, "An earthquake."));
        String tail = "Nothing happened. ".repeat(ThemeEvidence.LEAD_CHARS / 18 + 1) + "Then an earthquake.";
        ThemeHit tailOnly = scorer.score("", tail).get(0);
        assertEquals(3.0, tailOnly.score());
        assertEquals(List.of("earthquake"), evidenceWords(tailOnly, tail));
    }

    @Test
    void repeatedTermsCountAtMostThreeTimes() throws IOException {
        ThemeHit hit = small().score("", "earthquake earthquake earthquakes earthquake earthquake").get(0);
        assertEquals(9.0, hit.score());
        assertEquals(5, hit.evidence().size());
    }

    @Test
    void hyphenatedWordsArePartsAndPossessivesAreStripped() throws IOException {
        String text = "On Israel-Palestine and women's rights";
        ThemeHit hit = small().score("", text).get(0);
        assertEquals("MIDEAST", hit.theme());
        assertEquals(3.0 * ThemeEvidence.LEAD_FACTOR, hit.score());
        assertEquals(List.of("Palestine", "women's rights"), evidenceWords(hit, text));
    }

    @Test
    void negativeTermsLowerTheScore() throws IOException {
        assertTrue(small().score("", "Palestine after the quake.").stream().noneMatch(h -> h.theme().equals("MIDEAST")));
    }
}
