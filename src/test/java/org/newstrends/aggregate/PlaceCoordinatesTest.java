package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newstrends.extract.lexicon.Gazetteer;

/** Location keys read back to the gazetteer's coordinates. */
class PlaceCoordinatesTest {

    private final PlaceCoordinates coordinates = new PlaceCoordinates(Gazetteer.shared());

    @Test
    void aLocationKeyFindsItsPlaceOfThatTypeAndCountry() {
        PlaceCoordinates.LatLon paris = coordinates.find("Paris|CITY|FR").orElseThrow();
        assertEquals(48.85, paris.latitude(), 0.1);
        assertEquals(2.35, paris.longitude(), 0.1);
        PlaceCoordinates.LatLon state = coordinates.find("Georgia|ADMIN_REGION|US").orElseThrow();
        PlaceCoordinates.LatLon country = coordinates.find("Georgia|COUNTRY|GE").orElseThrow();
        assertTrue(state.longitude() < -75 && country.longitude() > 40, state + " " + country);
    }

    @Test
    void unknownPlacesAndOtherKindsHaveNoCoordinates() {
        assertTrue(coordinates.find("Atlantis|CITY|").isEmpty());
        assertTrue(coordinates.find("Paris|CITY|US").isEmpty() || coordinates.find("Paris|CITY|US").orElseThrow()
                .longitude() < -80);
        assertTrue(coordinates.find("not a key").isEmpty());
        EntityTotal actor = total("actor", "Paris|CITY|FR");
        EntityTotal city = total("location", "Paris|CITY|FR");
        Map<String, PlaceCoordinates.LatLon> found = PlaceCoordinates.of(List.of(actor, city));
        assertEquals(1, found.size());
    }

    private static EntityTotal total(String kind, String key) {
        EntityTotal t = new EntityTotal();
        t.setKind(kind);
        t.setKey(key);
        return t;
    }
}
