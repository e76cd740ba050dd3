package org.newstrends.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;

class ActorRecognizerTest {

    private static List<Mention> actors(String text) {
        return ActorRecognizer.shared().recognize(List.of(FieldText.of(Field.TITLE, ""), FieldText.of(Field.TEXT, text)))
                .mentions();
    }

    private static Map<String, String> canonicalByText(String text) {
        Map<String, String> map = new TreeMap<>();
        for (Mention m : actors(text)) map.put(m.text(), m.canonical() + "/" + m.type());
        return map;
    }

    @Test
    void acronymIntroducedInBracketsIsTheSameOrganisation() {
        String text = "The Kenya Wildlife Service (KWS) said poaching fell. A KWS ranger confirmed it.";
        List<Mention> orgs = actors(text);
        assertEquals(3, orgs.size(), orgs.toString());
        assertEquals(Set.of("Kenya Wildlife Service"), orgs.stream().map(Mention::canonical).collect(Collectors.toSet()));
        assertEquals("KWS", orgs.get(1).text());
    }

    @Test
    void aliasesMergeToOneCanonicalName() {
        Map<String, String> found = canonicalByText(
                "The U.N. envoy met UN staff before the United Nations vote, while NATO and Nato allies watched.");
        assertEquals("United Nations/ORGANIZATION", found.get("U.N."));
        assertEquals("United Nations/ORGANIZATION", found.get("UN"));
        assertEquals("United Nations/ORGANIZATION", found.get("United Nations"));
        assertEquals(found.get("NATO"), found.get("Nato"));
    }

    @Test
    void organisationHeadWordsMakeOrganisations() {
        Map<String, String> found = canonicalByText(
                "Officials at the Foreign Ministry and the Bank of Lisbon blamed Acme Widgets Corp. for the delay.");
        assertEquals("Foreign Ministry/ORGANIZATION", found.get("Foreign Ministry"));
        assertEquals("Bank of Lisbon/ORGANIZATION", found.get("Bank of Lisbon"));
        assertEquals("Acme Widgets Corp./ORGANIZATION", found.get("Acme Widgets Corp."));
    }

    @Test
    void legalFormsAloneAreNoOrganisation() {
        Map<String, String> found = canonicalByText(
                "The units are managed by Janney Montgomery Scott Inc and Woolcott and Co Inc, the firm said.");
        assertTrue(!found.containsKey("Co Inc"), found.toString());
    }

    @Test
    void titlesParticlesAndInitialsMakePeople() {
        Map<String, String> found = canonicalByText("Opposition leader Abdul Karim bin Tariq met Dr. Okonkwo "
                + "and J. R. Hartley on Monday. Later bin Tariq's aides said Hartley left.");
        assertEquals("Abdul Karim bin Tariq/PERSON", found.get("Abdul Karim bin Tariq"));
        assertEquals("Okonkwo/PERSON", found.get("Okonkwo"));
        assertEquals("J. R. Hartley/PERSON", found.get("J. R. Hartley"));
        assertEquals("J. R. Hartley/PERSON", found.get("Hartley"));
    }

    @Test
    void statedCountryWinsOverTheCuratedAffiliation() {
        Mention m = actors("Russian President Joe Biden spoke.").get(0);
        assertEquals("Joe Biden", m.canonical());
        assertEquals("RU", m.country(), "the text states the country");
        Mention curated = actors("Later, Joe Biden spoke.").get(0);
        assertEquals("US", curated.country(), "nothing stated: the curated affiliation fills it");
        assertEquals("President", curated.role());
    }

    @Test
    void curatedAffiliationsNeverFindPeopleByThemselves() {
        ActorLexicon lexicon = ActorLexicon.of("President\tROLE\t\n", "", "", "Ada Quill\tGB\tPresident\n");
        assertEquals("GB", lexicon.affiliation("Ada Quill").country());
        assertTrue(actors("the biden plan and the netanyahu government").isEmpty());
    }

    @Test
    void teamsInResultsTablesAreOrganisations() {
        String text = "Results of matches on Saturday:\nLincoln 2 Swansea 1\nManchester United 3 Leeds 0\n"
                + "Lincoln had led at half-time.";
        Set<String> orgs = new TreeSet<>();
        for (Mention m : actors(text)) {
            if (m.type().equals("ORGANIZATION")) orgs.add(m.text());
        }
        assertEquals(Set.of("Lincoln", "Swansea", "Manchester United", "Leeds"), orgs);
        assertEquals(2, actors(text).stream().filter(m -> m.text().equals("Lincoln")).count(),
                "the team read from the table is the team again in the prose");
    }

    @Test
    void claimsTheSpansOfActorsPerField() {
        ActorResult result = ActorRecognizer.shared().recognize(List.of(FieldText.of(Field.TITLE, "Austin visits"),
                FieldText.of(Field.TEXT, "Defense Secretary Lloyd Austin flew in.")));
        assertEquals(Set.of(Field.TITLE, Field.TEXT), result.claimed().keySet());
        int[] span = result.claimed().get(Field.TEXT).get(0);
        assertEquals(18, span[0]);
        assertEquals(30, span[1]);
        Mention title = result.mentions().get(0);
        assertEquals("title", title.field(), "title mentions come first");
        assertEquals("Lloyd Austin", title.canonical(), "the title's 'Austin' is the person named in the text");
        assertEquals("US", title.country());
        assertEquals(0, result.claimed().get(Field.TITLE).get(0)[0]);
        assertEquals(6, result.claimed().get(Field.TITLE).get(0)[1]);
    }
    @Test
    void aOneWordCompanyInsideAPersonsNameIsThePerson() {
        List<Mention> found = actors("Ontario premier Doug Ford said on Monday that Ford would not back down.");
        assertEquals(2, found.size(), found.toString());
        for (Mention m : found) {
            assertEquals("PERSON", m.type());
            assertEquals("Doug Ford", m.canonical());
        }
    }

    @Test
    void surnamesInCapitalHeadlinesResolveToTheTextsPerson() {
        ActorResult result = ActorRecognizer.shared().recognize(List.of(
                FieldText.of(Field.TITLE, "NETANYAHU VOWS TO PRESS ON"),
                FieldText.of(Field.TEXT, "Israeli Prime Minister Benjamin Netanyahu spoke.")));
        Mention title = result.mentions().get(0);
        assertEquals("NETANYAHU", title.text());
        assertEquals("Benjamin Netanyahu", title.canonical());
        assertEquals("IL", title.country());
        assertEquals(2, result.mentions().size(), "no other capitalised headline word is an actor");
    }

    @Test
    void commonWordsAndPlaceWordsAreNotPeopleByDefault() {
        List<Mention> found = actors("Storm Darragh hit North Shropshire as the Reciprocal Tariff row grew. "
                + "A new tariff was set.\n\nBridging Divides in a Time of Crisis\n\nWasim Akram bowled well.");
        assertEquals(List.of("Wasim Akram"), found.stream().map(Mention::canonical).toList());
    }
}
