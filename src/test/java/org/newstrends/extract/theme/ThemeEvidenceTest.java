package org.newstrends.extract.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.ThemeHit;

class ThemeEvidenceTest {

    private static final String TAXONOMY = """
            theme PARTIES POLITICS 3 Party politics.
            2 election
            1 party
            theme WORK ECONOMY 3 Work.
            2 labour
            2 wages
            theme FOOTBALL SPORT 3 Football.
            2 goal
            2 arsenal
            """;

    private static final String CUES = """
            organization\tLabour Party\tPARTIES\t2
            organization\tArsenal\tFOOTBALL\t3
            org-head\tFC\tFOOTBALL\t2
            role\tPrime Minister\tPARTIES\t2
            role\tleader\tPARTIES\t1
            """;

    private static ThemeModel model() throws IOException {
        return ThemeModel.curated(ThemeTaxonomy.load(new StringReader(TAXONOMY), "t.txt"),
                ActorThemeCues.read(new StringReader(CUES), "c.tsv"));
    }

    private static Mention actor(String text, String field, String type, String canonical, String role, String in) {
        int start = in.indexOf(text);
        return new Mention(field, start, start + text.length(), text, Mention.ACTOR, type, canonical, null, false, role, null, null);
    }

    private static Optional<ThemeHit> hit(List<ThemeHit> hits, String theme) {
        return hits.stream().filter(h -> h.theme().equals(theme)).findFirst();
    }

    @Test
    void aPersonCountsByTheRoleStatedOnAnyOfTheirMentionsWithEveryMentionAsEvidence() throws IOException {
        String text = "Prime Minister Tony Blair spoke. Later Blair left, and Blair returned.";
        List<Mention> mentions = List.of(
                actor("Tony Blair", "text", "PERSON", "Tony Blair", "Prime Minister", text),
                actor("Blair left", "text", "PERSON", "Tony Blair", null, text),
                new Mention("text", text.lastIndexOf("Blair"), text.lastIndexOf("Blair") + 5, "Blair", Mention.ACTOR, "PERSON",
                        "Tony Blair", null, false, null, null, null));
        ThemeModel model = model();
        ThemeEvidence evidence = ThemeEvidence.collect(model, FieldText.of(Field.TITLE, ""), FieldText.of(Field.TEXT, text), mentions);
        assertEquals(1, evidence.size(), "one person, one theme: its heaviest role only");
        assertEquals("role\tPARTIES\tPrime Minister", model.key(evidence.feature(0)));
        assertEquals(ThemeEvidence.MAX_CREDIT, evidence.credit(0), 1e-9, "three mentions in the lead, capped");
        assertEquals(3, evidence.spans(0).size());
    }

    @Test
    void anOrganisationCountsByNameOrByTheLastWordOfItsName() throws IOException {
        String text = "Arsenal and Leeds FC drew. Nothing else.";
        List<Mention> mentions = new ArrayList<>(List.of(actor("Arsenal", "text", "ORGANIZATION", "Arsenal", null, text),
                actor("Leeds FC", "text", "ORGANIZATION", "Leeds FC", null, text)));
        List<ThemeHit> hits = ThemeScorer.of(model()).score(FieldText.of(Field.TITLE, ""), FieldText.of(Field.TEXT, text), mentions);
        ThemeHit football = hit(hits, "FOOTBALL").orElseThrow(() -> new AssertionError(hits));
        assertEquals((2 + 2) * ThemeEvidence.LEAD_FACTOR, football.score(), 1e-9,
                "the term arsenal and Leeds FC by its head word; the organisation Arsenal does not count again");
        assertEquals(List.of("Arsenal", "Leeds FC"), football.evidence().stream().map(e -> text.substring(e[0], e[1])).toList());
    }

    @Test
    void aWordInsideAnOrganisationOfAnotherThemeIsNoTermOfItsOwn() throws IOException {
        String text = "The Labour Party won the election. Labour promised change.";
        List<Mention> mentions = List.of(actor("Labour Party", "text", "ORGANIZATION", "Labour Party", null, text));
        ThemeModel model = model();
        List<ThemeHit> hits = ThemeScorer.of(model).score(FieldText.of(Field.TITLE, ""), FieldText.of(Field.TEXT, text), mentions);
        assertTrue(hit(hits, "WORK").isEmpty(), hits.toString());
        ThemeEvidence evidence = ThemeEvidence.collect(model, FieldText.of(Field.TITLE, ""), FieldText.of(Field.TEXT, text), mentions);
        long labourTerms = 0;
        for (int i = 0; i < evidence.size(); i++) if (model.key(evidence.feature(i)).equals("term\tWORK\tlabour")) labourTerms++;
        assertEquals(1, labourTerms, "the second, bare Labour is still a term");
        assertTrue(hit(hits, "PARTIES").isPresent(), hits.toString());
    }

    @Test
    void titleMentionsCountDoubleAndGiveNoEvidence() throws IOException {
        String title = "Arsenal and Leeds FC draw";
        List<Mention> mentions = List.of(actor("Arsenal", "title", "ORGANIZATION", "Arsenal", null, title),
                actor("Leeds FC", "title", "ORGANIZATION", "Leeds FC", null, title));
        List<ThemeHit> hits = ThemeScorer.of(model()).score(FieldText.of(Field.TITLE, title), FieldText.of(Field.TEXT, "No more."), mentions);
        ThemeHit football = hit(hits, "FOOTBALL").orElseThrow(() -> new AssertionError(hits));
        assertEquals((2 + 2) * ThemeEvidence.TITLE_FACTOR, football.score(), 1e-9);
        assertTrue(football.evidence().isEmpty());
    }
}
