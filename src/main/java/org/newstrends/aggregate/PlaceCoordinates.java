package org.newstrends.aggregate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.newstrends.extract.lexicon.Gazetteer;
import org.newstrends.extract.lexicon.Place;

/**
 * The coordinates of location entities, from the gazetteer the extractor reads places with: a location's key
 * ({@code name|type|country}) names the place; among the gazetteer's readings of the name, the most plausible one
 * of that type and country gives latitude and longitude. A location the gazetteer does not know (one an alias
 * file adds) has none. Plain Java on the driver, for the collected top rows only.
 */
public final class PlaceCoordinates {

    /** Latitude and longitude in decimal degrees. */
    public record LatLon(double latitude, double longitude) {
    }

    private final Gazetteer gazetteer;

    /** Coordinates from {@code gazetteer}. */
    public PlaceCoordinates(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** Per key of the location rows of {@code totals} that the shared gazetteer places, their coordinates. */
    public static Map<String, LatLon> of(List<EntityTotal> totals) {
        PlaceCoordinates coordinates = null;
        Map<String, LatLon> out = new HashMap<>();
        for (EntityTotal t : totals) {
            if (!"location".equals(t.getKind())) continue;
            if (coordinates == null) coordinates = new PlaceCoordinates(Gazetteer.shared());
            coordinates.find(t.getKey()).ifPresent(p -> out.put(t.getKey(), p));
        }
        return out;
    }

    /** The coordinates of the location with key {@code name|type|country}, if the gazetteer knows it. */
    public Optional<LatLon> find(String key) {
        String[] parts = key.split("\\|", -1);
        if (parts.length != 3) return Optional.empty();
        String country = parts[2].isEmpty() ? null : parts[2];
        return gazetteer.lookup(parts[0]).stream()
                .filter(e -> e.place().name().equals(parts[0]) && e.place().type().name().equals(parts[1])
                        && Objects.equals(e.place().country(), country))
                .sorted(Gazetteer.PLAUSIBILITY)
                .map(Gazetteer.Entry::place)
                .findFirst()
                .map(PlaceCoordinates::latLon);
    }

    private static LatLon latLon(Place p) {
        return new LatLon(p.latitude(), p.longitude());
    }
}
