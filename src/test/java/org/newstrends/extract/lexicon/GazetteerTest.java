package org.newstrends.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Looks names, codes and demonyms up in the project's gazetteer and in a small hand-made one. */
class GazetteerTest {

    private static final Gazetteer SHARED = Gazetteer.shared();

    private static Gazetteer.Entry first(String surface) {
        List<Gazetteer.Entry> entries = SHARED.lookup(surface);
        assertFalse(entries.isEmpty(), "no place for " + surface);
        return entries.get(0);
    }

    @Test
    void namesAndCodesOfTheUnitedStates() {
        for (String surface : List.of("United States", "United States of America", "U.S.", "US", "USA", "America")) {
            Gazetteer.Entry e = first(surface);
            assertEquals("country:US", e.place().id(), surface);
            assertEquals("United States", e.place().name());
            assertFalse(e.demonym(), surface);
        }
        assertEquals(Place.Type.COUNTRY, first("US").place().type());
    }

    @Test
    void demonymsCountAsTheirCountry() {
        assertEquals("IL", first("Israeli").place().country());
        assertTrue(first("Israeli").demonym());
        assertEquals("United Kingdom", first("British").place().name());
        assertEquals("United States", first("Americans").place().name());
        assertEquals("Russia", first("Soviet").place().name());
    }

    @Test
    void namedRegionsCitiesAndAdminRegions() {
        Place gaza = first("Gaza Strip").place();
        assertEquals("Gaza", gaza.name());
        assertEquals("PS", gaza.country());
        assertEquals(gaza, first("Gaza").place());
        assertEquals(Place.Type.REGION, first("Middle East").place().type());
        assertEquals(null, first("Middle East").place().country());
        assertEquals(Place.Type.CITY, first("Rafah").place().type());
        assertEquals("Rafah", first("Rafah").place().name());
        assertEquals(Place.Type.ADMIN_REGION, first("Texas").place().type());
        assertEquals("Georgia", first("Georgia").place().name());
        assertEquals(Place.Type.COUNTRY, first("Georgia").place().type());
    }

    @Test
    void allCapsFindsNamesOfFourLettersOrMoreOnly() {
        assertEquals("country:IL", first("ISRAEL").place().id());
        assertEquals("Gaza", first("GAZA STRIP").place().name());
        assertTrue(SHARED.lookup("IN").isEmpty());
        assertTrue(SHARED.lookup("israel").isEmpty());
    }

    @Test
    void countryByCodeAndMaxTokens() {
        assertEquals("France", SHARED.country("FR").orElseThrow().name());
        assertEquals("France", SHARED.country("fr").orElseThrow().name());
        assertTrue(SHARED.country("ZZ").isEmpty());
        assertTrue(SHARED.maxTokens() >= 4, "Bosnia and Herzegovina needs at least 3 tokens");
        assertTrue(SHARED.size() > 30_000);
    }

    @Test
    void readingsAreOrderedCountryRegionAdminCityThenPopulation() {
        Place country = new Place("country:GE", "Georgia", Place.Type.COUNTRY, "GE", 42, 43.5, 3_700_000);
        Place state = new Place("geonames:1", "Georgia", Place.Type.ADMIN_REGION, "US", 33.7, -84.4, 10_000_000);
        Place bigCity = new Place("geonames:2", "Springfield", Place.Type.CITY, "US", 39.8, -89.6, 170_000);
        Place smallCity = new Place("geonames:3", "Springfield", Place.Type.CITY, "US", 42.1, -72.6, 150_000);
        Gazetteer g = new Gazetteer(List.of(
                new PlaceNames(state, List.of(), List.of()),
                new PlaceNames(country, List.of(), List.of("Georgian")),
                new PlaceNames(smallCity, List.of(), List.of()),
                new PlaceNames(bigCity, List.of(), List.of())));
        assertEquals(List.of(country, state), g.lookup("Georgia").stream().map(Gazetteer.Entry::place).toList());
        assertEquals(List.of(bigCity, smallCity), g.lookup("Springfield").stream().map(Gazetteer.Entry::place).toList());
        assertTrue(g.lookup("Georgian").get(0).demonym());
    }

    @Test
    void aNameMatchesWithItsOwnSpacingAndInCapitals() {
        Place dc = new Place("x:dc", "Washington, D.C.", Place.Type.CITY, "US", 38.9, -77.0, 700_000);
        Place paul = new Place("x:sp", "St. Paul", Place.Type.CITY, "US", 44.9, -93.1, 300_000);
        Gazetteer g = new Gazetteer(List.of(new PlaceNames(dc, List.of(), List.of()),
                new PlaceNames(paul, List.of(), List.of())));
        assertEquals(List.of(dc), g.lookup("Washington, D.C.").stream().map(Gazetteer.Entry::place).toList());
        assertTrue(g.lookup("Washington , D.C.").isEmpty(), "tokens written apart are another phrase");
        assertTrue(g.lookup("Washington,  D.C.").isEmpty(), "spaces are normalised by the caller");
        assertEquals(List.of(paul), g.lookup("ST. PAUL").stream().map(Gazetteer.Entry::place).toList());
        assertTrue(g.lookup("St. PAUL").isEmpty(), "capitals match only a name written wholly in capitals");
        Gazetteer.Walk walk = g.walk();
        assertTrue(walk.with("Washington", false).isEmpty());
        assertTrue(walk.advance("Washington", false));
        assertTrue(walk.advance(",", true));
        assertEquals(dc, walk.with("D.C.", false).get(0).place());
    }
}
