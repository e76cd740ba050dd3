package org.newstrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;

/** The focus countries of an article from hand-made mentions. */
class DocumentCountriesTest {

    private static Mention location(String field, int start, String country, boolean demonym) {
        return new Mention(field, start, start + 2, country, Mention.LOCATION, "COUNTRY", country, country, demonym,
                null, 0.0, 0.0);
    }

    private static Mention organisation(int start, String country) {
        return new Mention("text", start, start + 5, "Org", Mention.ACTOR, "ORGANIZATION", "Org", country, false,
                null, null, null);
    }

    private static final DocumentCountries PLAIN = new DocumentCountries(new DocumentCountries.Parameters(1, 1, 0, 1, 0.5, 0));

    @Test
    void namedIsEveryCountryOfALocationMention() {
        List<Mention> mentions = List.of(location("text", 0, "JP", false), location("text", 900, "US", false),
                organisation(10, "GB"));
        assertEquals(Set.of("JP", "US"), DocumentCountries.named(mentions));
    }

    @Test
    void focusKeepsCountriesNearTheTopWeight() {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < 4; i++) mentions.add(location("text", 1000 + i * 10, "JP", false));
        mentions.add(location("text", 2000, "US", false));
        mentions.add(location("text", 2100, "KR", false));
        mentions.add(location("text", 2200, "KR", false));
        assertEquals(Set.of("JP", "KR"), PLAIN.focus(mentions), "US (1 of 4) is named in passing, KR (2 of 4) is kept");
    }

    @Test
    void theTitleAndTheLeadWeighMore() {
        List<Mention> mentions = List.of(location("title", 0, "BR", false), location("text", 500, "US", false),
                location("text", 600, "US", false), location("text", 700, "US", false));
        DocumentCountries weighted = new DocumentCountries(new DocumentCountries.Parameters(4, 2, 300, 1, 0.5, 0));
        assertEquals(Set.of("BR", "US"), weighted.focus(mentions));
        assertEquals(Set.of("US"), new DocumentCountries(new DocumentCountries.Parameters(1, 1, 0, 1, 0.5, 0)).focus(mentions));
        assertEquals(4.0, weighted.weights(mentions).get("BR"));
        assertEquals(2.0, weighted.weights(List.of(location("text", 10, "BR", false))).get("BR"), "in the lead");
    }

    @Test
    void demonymsAndActorsWeighAsConfigured() {
        List<Mention> mentions = List.of(location("text", 0, "IL", true), organisation(50, "US"));
        assertEquals(Set.of("IL"), PLAIN.focus(mentions), "actors are ignored with weight 0");
        DocumentCountries withActors = new DocumentCountries(new DocumentCountries.Parameters(1, 1, 0, 0.5, 0.5, 1));
        assertEquals(Set.of("US", "IL"), withActors.focus(mentions));
        assertEquals(0.5, withActors.weights(mentions).get("IL"));
        Mention person = new Mention("text", 60, 65, "Reagan", Mention.ACTOR, "PERSON", "Ronald Reagan", "US", false,
                "President", null, null);
        assertEquals(Set.of("IL"), withActors.focus(List.of(location("text", 0, "IL", false), person)),
                "a person's affiliation is not counted");
    }

    @Test
    void noLocationGivesNoCountryAndBadParametersAreRefused() {
        assertEquals(Set.of(), new DocumentCountries().focus(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new DocumentCountries.Parameters(1, 1, 0, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new DocumentCountries.Parameters(1, 1, -1, 1, 0.5, 0));
    }

    @Test
    void aPlaceQualifyingACurrencyWeighsLess() {
        String text = "Japan's exports rose to 10 billion U.S. dlrs.";
        Mention japan = new Mention("text", 0, 5, "Japan", Mention.LOCATION, "COUNTRY", "Japan", "JP", false, null, 0.0, 0.0);
        Mention us = new Mention("text", 35, 39, "U.S.", Mention.LOCATION, "COUNTRY", "United States", "US", false, null, 0.0, 0.0);
        List<Mention> mentions = List.of(japan, us);
        List<FieldText> fields = List.of(FieldText.of(Field.TEXT, text));
        assertEquals(Set.of(us), DocumentCountries.qualifierMentions(mentions, fields));
        DocumentCountries discounting = new DocumentCountries(
                new DocumentCountries.Parameters(1, 1, 0, 1, 0.5, 0, 0.25, Double.POSITIVE_INFINITY));
        assertEquals(Set.of("JP"), discounting.focus(mentions, fields));
        assertEquals(0.25, discounting.weights(mentions, Set.of(us)).get("US"));
        assertEquals(Set.of("JP", "US"), PLAIN.focus(mentions, fields), "no discount by default");
    }

    @Test
    void aHeavyCountryIsKeptWhateverItsShare() {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < 12; i++) mentions.add(location("text", 1000 + i * 10, "BR", false));
        for (int i = 0; i < 4; i++) mentions.add(location("text", 2000 + i * 10, "US", false));
        mentions.add(location("text", 3000, "AR", false));
        assertEquals(Set.of("BR"), PLAIN.focus(mentions), "US has a third of Brazil's weight");
        DocumentCountries keeping = new DocumentCountries(new DocumentCountries.Parameters(1, 1, 0, 1, 0.5, 0, 1, 4));
        assertEquals(Set.of("BR", "US"), keeping.focus(mentions), "four mentions keep US; one keeps no AR");
        assertThrows(IllegalArgumentException.class, () -> new DocumentCountries.Parameters(1, 1, 0, 1, 0.5, 0, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> new DocumentCountries.Parameters(1, 1, 0, 1, 0.5, 0, 1, 0));
    }

    @Test
    void aWireServiceQuotedAsSourceIsNoCountry() {
        Mention wire = new Mention("text", 40, 47, "Reuters", Mention.ACTOR, "ORGANIZATION", "Reuters", "GB", false,
                null, null, null);
        DocumentCountries withActors = new DocumentCountries(new DocumentCountries.Parameters(1, 1, 0, 1, 0.5, 1));
        assertEquals(Set.of(), withActors.focus(List.of(wire)), "\"told Reuters\" does not place the story in Britain");
        assertEquals(Set.of("GB"), withActors.focus(List.of(wire, organisation(60, "GB"))), "another British organisation counts");
    }

    @Test
    void theCountriesOutputListsFocusCountriesHeaviestFirstWithTheirShare() {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < 3; i++) mentions.add(location("text", 1000 + i * 10, "KR", false));
        for (int i = 0; i < 6; i++) mentions.add(location("text", 2000 + i * 10, "JP", false));
        mentions.add(location("text", 3000, "US", false));
        List<FieldText> fields = FieldText.article("", "x".repeat(4000));
        assertEquals(List.of(new CountryWeight("JP", 0.6), new CountryWeight("KR", 0.3)), PLAIN.countries(mentions, fields),
                "US (1 of 10) is named in passing; shares are of all ten");
        assertEquals(List.of(), PLAIN.countries(List.of(organisation(0, "US")), fields), "no location, no country");
    }

    @Test
    void theDatelinesPlaceWeighsAsTheStorysPlace() {
        String text = "SALVADOR, Feb 26 - Showers continued, a trader in London said; London and New York prices fell.";
        Mention salvador = new Mention("text", 0, 8, "SALVADOR", Mention.LOCATION, "CITY", "Salvador", "BR", false, null, 0.0, 0.0);
        Mention london = new Mention("text", 50, 56, "London", Mention.LOCATION, "CITY", "London", "GB", false, null, 0.0, 0.0);
        Mention london2 = new Mention("text", 62, 68, "London", Mention.LOCATION, "CITY", "London", "GB", false, null, 0.0, 0.0);
        List<Mention> mentions = List.of(salvador, london, london2);
        List<FieldText> fields = FieldText.article("COCOA REVIEW", text);
        assertEquals(Set.of(salvador), DocumentCountries.datelineMentions(mentions, fields));
        assertEquals(Set.of(), DocumentCountries.datelineMentions(mentions, FieldText.article("", "SALVADOR - Showers")),
                "no dateline without a date or an agency");
        DocumentCountries datelineFirst = new DocumentCountries(new DocumentCountries.Parameters(1, 1, 150, 1, 0.75, 0, 1,
                Double.POSITIVE_INFINITY, 3));
        assertEquals(List.of(new CountryWeight("BR", 0.6)), datelineFirst.countries(mentions, fields),
                "the dateline's 3 outweigh London's 2: Britain is named in passing");
        DocumentCountries datelineAsLead = new DocumentCountries(new DocumentCountries.Parameters(1, 1, 150, 1, 0.75, 0, 1,
                Double.POSITIVE_INFINITY, 1));
        assertEquals(List.of(new CountryWeight("GB", 0.667)), datelineAsLead.countries(mentions, fields));
    }
}
