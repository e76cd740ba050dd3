package org.newstrends.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads and writes the project's place file format. */
class PlaceNamesTest {

    private static StringReader reader(String s) {
        return new StringReader(s);
    }

    @Test
    void aLineRoundTrips() throws IOException {
        Place place = new Place("country:IL", "Israel", Place.Type.COUNTRY, "IL", 31.47, 35.13, 8_883_800);
        PlaceNames p = new PlaceNames(place, List.of("State of Israel"), List.of("Israeli", "Israelis"));
        assertEquals("country:IL\tIsrael\tCOUNTRY\tIL\t31.4700\t35.1300\t8883800\tState of Israel\tIsraeli|Israelis", p.toLine());
        assertEquals(List.of(p), PlaceNames.read("test.tsv", reader("# comment\n" + p.toLine() + "\n")));
    }

    @Test
    void multiCountryRegionsHaveNoCountry() throws IOException {
        List<PlaceNames> read = PlaceNames.read("test.tsv", reader("region:middle-east\tMiddle East\tREGION\t\t29\t41\t0\tMideast\t\n"));
        assertEquals(null, read.get(0).place().country());
        assertEquals(List.of("Mideast"), read.get(0).names());
        assertEquals(List.of(), read.get(0).demonyms());
    }

    @Test
    void shortLinesAndBadNumbersAreRejectedNamingFileAndLine() {
        LexiconFormatException shortLine = assertThrows(LexiconFormatException.class,
                () -> PlaceNames.read("places-test.tsv", reader("# places\ncountry:IL\tIsrael\tCOUNTRY\n")));
        assertEquals("places-test.tsv:2: needs 9 tab-separated columns, has 3: country:IL\tIsrael\tCOUNTRY",
                shortLine.getMessage());
        LexiconFormatException badNumber = assertThrows(LexiconFormatException.class,
                () -> PlaceNames.read("places-test.tsv", reader("country:IL\tIsrael\tCOUNTRY\tIL\t31\t35\tmany\t\t\n")));
        assertTrue(badNumber.getMessage().startsWith("places-test.tsv:1: column 7 must be a whole number, got 'many'"),
                badNumber.getMessage());
        LexiconFormatException badType = assertThrows(LexiconFormatException.class,
                () -> PlaceNames.read("places-test.tsv", reader("x:1\tAtlantis\tISLAND\t\t0\t0\t0\t\t\n")));
        assertTrue(badType.getMessage().contains("column 3 must be one of [COUNTRY, REGION, ADMIN_REGION, CITY]"),
                badType.getMessage());
    }

    @Test
    void aliasesAndDuplicateDefinitionsMerge() throws IOException {
        Map<String, List<List<String>>> aliases = PlaceNames.readAliases("test.tsv", reader("country:GB\tUK|U.K.\tBriton\n"));
        assertEquals(List.of(List.of("UK", "U.K."), List.of("Briton")), aliases.get("country:GB"));
        Place gb = new Place("country:GB", "United Kingdom", Place.Type.COUNTRY, "GB", 54, -2, 1);
        List<PlaceNames> merged = PlaceNames.merge(List.of(
                new PlaceNames(gb, List.of("Great Britain"), List.of("British")),
                new PlaceNames(gb, List.of("Britain", "Great Britain"), List.of())));
        assertEquals(1, merged.size());
        assertEquals(List.of("Great Britain", "Britain"), merged.get(0).names());
    }
}
