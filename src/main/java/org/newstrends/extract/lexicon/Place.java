package org.newstrends.extract.lexicon;

/**
 * A place the gazetteer knows: what a location mention is counted as.
 *
 * @param id stable identifier, e.g. {@code country:US}, {@code geonames:293397}, {@code region:middle-east}
 * @param name canonical English name that is counted ("United States", "Gaza", "Texas")
 * @param type what kind of place it is
 * @param country ISO 3166-1 alpha-2 code, null for places spanning several countries
 * @param latitude decimal degrees
 * @param longitude decimal degrees
 * @param population inhabitants, 0 if unknown
 */
public record Place(String id, String name, Type type, String country,
                   double latitude, double longitude, long population) {

    /** The kinds of place, from the broadest reading to the narrowest. */
    public enum Type {
        /** A sovereign country or dependent territory with an ISO 3166-1 code. */
        COUNTRY,
        /** A named region news uses ("Middle East", "Gaza", "Kashmir"), hand-curated. */
        REGION,
        /** A first-level administrative division (a US state, a province). */
        ADMIN_REGION,
        /** A populated place. */
        CITY
    }
}
