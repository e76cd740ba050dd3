package org.newstrends.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads and writes the project's place file format. */
class PlaceNamesTest {

    private static BufferedReader reader(String s) {
        return new BufferedReader(new StringReader(s));
    }

    @Test
    void aLineRoundTrips() throws IOException {
        Place place = new Place("country:IL", "Israel", Place.Type.COUNTRY, "IL", 31.47, 35.13, 8_883_800);
        PlaceNames p = new PlaceNames(place, List.of("State of Israel"), List.of("Israeli", "Israelis"));
        assertEquals("country:IL\tIsrael\tCOUNTRY\tIL\t31.4700\t35.1300\t8883800\tState of Israel\tIsraeli|Israelis", p.toLine());
        assertEquals(List.of(p), PlaceNames.read(reader("# comment\n" + p.toLine() + "\n")));
    }

    @Test
    void multiCountryRegionsHaveNoCountry() throws IOException {
        List<PlaceNames> read = PlaceNames.read(reader("region:middle-east\tMiddle East\tREGION\t\t29\t41\t0\tMideast\t\n"));
        assertEquals(null, read.get(0).place().country());
        assertEquals(List.of("Mideast"), read.get(0).names());
        assertEquals(List.of(), read.get(0).demonyms());
    }

    @Test
    void shortLinesAreRejected() {
        assertThrows(IOException.class, () -> PlaceNames.read(reader("country:IL\tIsrael\tCOUNTRY\n")));
    }

    @Test
    void aliasesAndDuplicateDefinitionsMerge() throws IOException {
        Map<String, List<List<String>>> aliases = PlaceNames.readAliases(reader("country:GB\tUK|U.K.\tBriton\n"));
        assertEquals(List.of(List.of("UK", "U.K."), List.of("Briton")), aliases.get("country:GB"));
        Place gb = new Place("country:GB", "United Kingdom", Place.Type.COUNTRY, "GB", 54, -2, 1);
        List<PlaceNames> merged = PlaceNames.merge(List.of(
                new PlaceNames(gb, List.of("Great Britain"), List.of("British")),
                new PlaceNames(gb, List.of("Britain", "Great Britain"), List.of())));
        assertEquals(1, merged.size());
        assertEquals(List.of("Great Britain", "Britain"), merged.get(0).names());
    }
}
