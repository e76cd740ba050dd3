package org.newstrends.extract.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;

/** Recognises the places of small texts with the project's lexicons, as an article reader would judge them. */
class LocationRecognizerTest {

    private static final LocationRecognizer RECOGNIZER = LocationRecognizer.shared();

    private static List<Mention> text(String text) {
        return RECOGNIZER.recognize(List.of(FieldText.of(Field.TEXT, text)), Map.of());
    }

    private static List<String> canonicals(List<Mention> mentions) {
        return mentions.stream().map(Mention::canonical).collect(Collectors.toList());
    }

    private static void assertOffsetsExact(String text, List<Mention> mentions) {
        for (Mention m : mentions) assertEquals(text.substring(m.start(), m.end()), m.text(), m.toString());
    }

    @Test
    void aPlaceInsideAPersonsClaimedNameIsNoPlace() {
        String s = "US Defense Secretary Lloyd Austin is set to host Israeli Defense Minister Yoav Gallant.";
        int start = s.indexOf("Lloyd Austin");
        List<Mention> found = RECOGNIZER.recognize(List.of(FieldText.of(Field.TEXT, s)),
                Map.of(Field.TEXT, List.of(new int[] {start, start + "Lloyd Austin".length()})));
        assertEquals(List.of("United States", "Israel"), canonicals(found));
        Mention israeli = found.get(1);
        assertTrue(israeli.demonym());
        assertEquals("IL", israeli.country());
        assertEquals("Israeli", israeli.text());
        assertOffsetsExact(s, found);
    }

    @Test
    void aFirstNameThatIsAPlaceNeedsContext() {
        assertTrue(text("The meeting between Austin and Gallant comes at a tense time.").isEmpty());
        assertTrue(text("Chad said he would bring the documents on Monday.").isEmpty());
        assertEquals(List.of("Chad"), canonicals(text("Troops were sent to Chad last year.")));
        List<Mention> possessive = text("Chad's government resigned on Friday.");
        assertEquals(List.of("Chad"), canonicals(possessive));
        assertEquals("Chad", possessive.get(0).text());
        assertEquals("COUNTRY", possessive.get(0).type());
        assertEquals("TD", possessive.get(0).country());
    }

    @Test
    void aCommonWordThatIsAPlaceNeedsContext() {
        assertTrue(text("Nice weather helped the harvest.").isEmpty());
        String s = "The summit was held in Nice, France, in June.";
        List<Mention> found = text(s);
        assertEquals(List.of("Nice", "France"), canonicals(found));
        assertEquals("CITY", found.get(0).type());
        assertEquals("FR", found.get(0).country());
        assertOffsetsExact(s, found);
    }

    @Test
    void hyphenatedCompoundsAreSearchedWithExactOffsets() {
        String s = "It marks a moment in US-Israel relations and pro-Russian forces.";
        List<Mention> found = text(s);
        assertEquals(List.of("United States", "Israel", "Russia"), canonicals(found));
        assertEquals(s.indexOf("US-"), found.get(0).start());
        assertEquals(s.indexOf("US-") + 2, found.get(0).end());
        assertEquals(s.indexOf("Israel"), found.get(1).start());
        assertTrue(found.get(2).demonym());
        assertOffsetsExact(s, found);
        assertTrue(text("The Austin-Gallant meeting could matter.").isEmpty());
    }

    @Test
    void possessivesAreStripped() {
        String s = "Israel's military strategy in Gaza and Israel\u2019s allies.";
        List<Mention> found = text(s);
        assertEquals(List.of("Israel", "Gaza", "Israel"), canonicals(found));
        assertEquals("Israel", found.get(0).text());
        assertEquals("Israel", found.get(2).text());
        Mention gaza = found.get(1);
        assertEquals("REGION", gaza.type());
        assertEquals("PS", gaza.country());
        assertNotNull(gaza.latitude());
        assertNotNull(gaza.longitude());
    }

    @Test
    void longestMatchWins() {
        List<Mention> found = text("Aid reached the Gaza Strip and the West Bank from the Middle East.");
        assertEquals(List.of("Gaza", "West Bank", "Middle East"), canonicals(found));
        assertEquals("Gaza Strip", found.get(0).text());
        assertEquals(null, found.get(2).country());
    }

    @Test
    void allCapsHeadlinesAndBrokenLinesStillMatch() {
        List<Mention> title = RECOGNIZER.recognize(List.of(FieldText.of(Field.TITLE, "ISRAEL AND U.S. HOLD TALKS IN NEW YORK")), Map.of());
        assertEquals(List.of("Israel", "United States", "New York City"), canonicals(title));
        String s = "Officials met in New\nYork on Tuesday.";
        List<Mention> broken = text(s);
        assertEquals(1, broken.size());
        assertEquals("New\nYork", broken.get(0).text());
        assertOffsetsExact(s, broken);
    }

    @Test
    void theArticleDecidesBetweenReadings() {
        List<Mention> us = text("Delegates gathered in Atlanta, Georgia, for the vote.");
        assertEquals("US", us.get(1).country());
        assertEquals("ADMIN_REGION", us.get(1).type());
        List<Mention> caucasus = text("Tbilisi is the capital of Georgia.");
        assertEquals("GE", caucasus.get(1).country());
        assertEquals("COUNTRY", caucasus.get(1).type());
    }

    @Test
    void codesNamesAndDemonymsCountAsTheCountry() {
        List<Mention> found = text("The U.K. and Britain, the UAE and Americans agreed.");
        assertEquals(List.of("GB", "GB", "AE", "US"), found.stream().map(Mention::country).collect(Collectors.toList()));
        assertTrue(found.get(3).demonym());
        assertFalse(found.get(0).demonym());
        for (Mention m : found) assertEquals(Mention.LOCATION, m.kind());
    }

    @Test
    void aCityStartingACompanyNameIsNoPlace() {
        assertTrue(text("Toyota Motor Corp and Midland Bank reported profits.").isEmpty());
    }

    @Test
    void titleMentionsComeBeforeTextMentions() {
        List<Mention> found = RECOGNIZER.recognize(
                List.of(FieldText.of(Field.TITLE, "Talks in Cairo"), FieldText.of(Field.TEXT, "Egypt hosts the talks.")), Map.of());
        assertEquals(List.of("title", "text"), found.stream().map(Mention::field).collect(Collectors.toList()));
        assertEquals(List.of("EG", "EG"), found.stream().map(Mention::country).collect(Collectors.toList()));
    }

    /** The dateline's mentions of {@code text}: text, type, country, and the offsets as written. */
    private static List<String> dateline(String text) {
        List<Mention> found = RECOGNIZER.dateline(FieldText.of(Field.TEXT, text));
        assertOffsetsExact(text, found);
        return found.stream().map(m -> m.text() + " " + m.type() + " " + m.country() + " " + m.start())
                .collect(Collectors.toList());
    }

    @Test
    void aDatelineNamesTheCityTheStoryWasFiledFrom() {
        assertEquals(List.of("SALVADOR CITY BR 0"), dateline("SALVADOR, Feb 26 - Showers continued in the Bahia cocoa zone"));
        assertEquals(List.of("NEW YORK CITY US 0"), dateline("NEW YORK (Reuters) - Stocks rose"));
        assertEquals(List.of("GENEVA ADMIN_REGION CH 0"), dateline("GENEVA, March 2 - Chrysler Corp will begin exporting"),
                "Geneva's country is Switzerland's, not that of a smaller Geneva that is a city in the lists");
        assertEquals(List.of(), dateline("LONDON - Sterling fell"), "no date and no agency: no dateline");
        assertEquals(List.of(), dateline("Prime Minister Benjamin Netanyahu said, March 2 - nothing"));
    }

    @Test
    void aDatelinesRegionChoosesThePlacesReadingAndIsAPlaceToo() {
        String portland = "PORTLAND, Maine, March 2 - Shr 34 cts vs 1.19 dlrs";
        List<Mention> found = RECOGNIZER.dateline(FieldText.of(Field.TEXT, portland));
        assertEquals(List.of("PORTLAND CITY US 0", "Maine ADMIN_REGION US 10"), dateline(portland));
        assertTrue(found.get(0).longitude() > -75, "Portland, Maine, not Portland, Oregon: " + found.get(0));
        assertEquals(List.of("WESTBOROUGH PLACE US 0", "Mass. ADMIN_REGION US 13"),
                dateline("WESTBOROUGH, Mass., March 2 - Qtly div five cts"), "a town no list knows takes its region's country");
        assertEquals(List.of("OAK BROOK PLACE US 0", "ILL ADMIN_REGION US 11"), dateline("OAK BROOK, ILL, March 2 - Waste Management"),
                "a state's abbreviation without its dot");
        assertEquals("Illinois", RECOGNIZER.dateline(FieldText.of(Field.TEXT, "OAK BROOK, ILL, March 2 - Waste")).get(1).canonical());
    }
}
