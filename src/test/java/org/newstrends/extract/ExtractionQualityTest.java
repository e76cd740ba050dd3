package org.newstrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.Mention;
import org.newstrends.ingest.Article;

/**
 * Whole-extractor checks of what a reader of the output would object to: place names swallowed by
 * organisation or person guesses, phrases read as people, and which place a bare name means.
 */
class ExtractionQualityTest {

    private static List<Mention> mentions(String text) {
        return ArticleExtractor.forMethod(ArticleExtractor.RULES).extract(new Article("q", null, "test", "", text, null)).mentions();
    }

    /** "text|kind|type|canonical" of every mention, in order. */
    private static List<String> described(String text) {
        return mentions(text).stream().map(m -> m.text() + "|" + m.kind() + "|" + m.type() + "|" + m.canonical())
                .collect(Collectors.toList());
    }

    private static List<String> people(String text) {
        return mentions(text).stream().filter(m -> "PERSON".equals(m.type())).map(Mention::text)
                .collect(Collectors.toList());
    }

    @Test
    void aCountryBeforeAGenericPluralIsStillACountry() {
        List<Mention> found = mentions("U.S. Officials said U.S. Banks would cut U.S. Sales of 10 mln U.S. Dlrs.");
        assertEquals(4, found.size(), found.toString());
        assertTrue(found.stream().allMatch(m -> Mention.LOCATION.equals(m.kind()) && "US".equals(m.country())), found.toString());
    }

    @Test
    void aPlaceOpeningAnOrganisationNameStaysALocation() {
        List<String> found = described("The U.S. Agriculture Department said the Brazilian Coffee Institute would act.");
        assertTrue(found.contains("U.S.|location|COUNTRY|United States"), found.toString());
        assertTrue(found.contains("U.S. Agriculture Department|actor|ORGANIZATION|U.S. Agriculture Department"), found.toString());
        assertTrue(found.contains("Brazilian|location|COUNTRY|Brazil"), found.toString());
        Mention institute = mentions("The Brazilian Coffee Institute said so.").stream()
                .filter(m -> Mention.ACTOR.equals(m.kind())).findFirst().orElseThrow();
        assertEquals("BR", institute.country());
    }

    @Test
    void aCuratedAliasKeepsItsPlaceWord() {
        List<String> found = described("The U.S. Treasury said the dollar was too strong.");
        assertEquals(List.of("U.S. Treasury|actor|ORGANIZATION|Treasury Department"), found);
    }

    @Test
    void teamsAreCityAndPluralNotCountryAndPlural() {
        List<String> found = described("The Atlanta Braves beat the Toronto Blue Jays.");
        assertTrue(found.contains("Atlanta Braves|actor|ORGANIZATION|Atlanta Braves"), found.toString());
        assertTrue(found.contains("Toronto Blue Jays|actor|ORGANIZATION|Toronto Blue Jays"), found.toString());
        assertTrue(found.contains("Toronto|location|CITY|Toronto"), found.toString());
    }

    @Test
    void financialPlacesOpeningWithACityAreNoPeople() {
        assertEquals(List.of(), people("The London Interbank Offered Rate fell, traders said."));
        assertEquals(List.of(), people("Shares on the Paris Bourse rose."));
        assertEquals(List.of(), people("Royal Dutch and Hong Kong Land rose."));
        assertEquals(List.of("Paris Hilton", "Jordan Henderson"), people("Paris Hilton met Jordan Henderson."));
    }

    @Test
    void wordsInsideLongerNamesAreNoPeople() {
        assertEquals(List.of(), people("The European Centre for Disease Prevention and Control said cases rose."));
        assertEquals(List.of(), people("Mali left the Economic Community of West African States in January."));
        assertEquals(List.of(), people("Fans queued on Potsdamer Platz as films competed for the Golden Bear."));
        assertEquals(List.of(), people("Her film \"Winter Light\" won, as did \"The Quiet Harbour\" a year before."));
        assertEquals(List.of("Marta Quiroga"), people("Marta Quiroga spoke in Lima."));
    }

    @Test
    void aPlaceNameIsNotATitleAndAName() {
        List<String> found = described("Hospitals in Davao and General Santos were full.");
        assertTrue(found.contains("General Santos|location|CITY|General Santos"), found.toString());
        assertTrue(people("Hospitals in Davao and General Santos were full.").isEmpty());
    }

    @Test
    void aLongerPlaceNameAfterTheRunIsAPlace() {
        List<String> found = described("Its members in Hamilton and Sault Ste. Marie cut shifts.");
        assertTrue(found.contains("Sault Ste. Marie|location|CITY|Sault Ste. Marie"), found.toString());
    }

    @Test
    void aPlaceUnderAnotherSpellingIsAPlace() {
        List<String> found = described("Troops destroyed tunnel shafts in Khan Younis overnight.");
        assertEquals(List.of("Khan Younis|location|CITY|Khan Yunis"), found);
    }

    @Test
    void countriesHaveTheirEnglishNames() {
        List<String> canonicals = mentions("Exports from Türkiye, Czechia and the Czech Republic rose; Turkey agreed.")
                .stream().map(Mention::canonical).collect(Collectors.toList());
        assertEquals(List.of("Turkey", "Czech Republic", "Czech Republic", "Turkey"), canonicals);
    }

    @Test
    void bareWashingtonAndNewYorkAreTheCities() {
        List<String> found = mentions("Officials in Washington and New York agreed; Washington state, upstate New York "
                + "and New York State did not. Seattle, Washington was quiet.").stream()
                .map(m -> m.canonical() + "|" + m.type()).collect(Collectors.toList());
        assertEquals(List.of("Washington|CITY", "New York City|CITY", "Washington|ADMIN_REGION",
                "New York|ADMIN_REGION", "New York|ADMIN_REGION", "Seattle|CITY", "Washington|ADMIN_REGION"), found);
        assertFalse(found.isEmpty());
    }
}
