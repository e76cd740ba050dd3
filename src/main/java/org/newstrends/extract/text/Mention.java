package org.newstrends.extract.text;

/**
 * One mention of an actor or a location in a field of an article, with what it counts as.
 *
 * @param field {@code title} or {@code text}
 * @param start Java String offset into the field, inclusive
 * @param end Java String offset into the field, exclusive
 * @param text the mention as written
 * @param kind {@code actor} or {@code location}
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code COUNTRY}, {@code ADMIN_REGION}, {@code CITY}, {@code REGION},
 *     or {@code PLACE}: a place a tagger found that the gazetteer does not know (canonical as written, no country
 *     or coordinates)
 * @param canonical the merged name that is counted
 * @param country ISO 3166-1 alpha-2 code where one applies, else null
 * @param demonym true for adjective forms counted as their country ("Israeli")
 * @param role a stated role of a person ("Defense Secretary"), else null
 * @param latitude of a location, else null
 * @param longitude of a location, else null
 */
public record Mention(String field, int start, int end, String text, String kind, String type,
                      String canonical, String country, boolean demonym, String role,
                      Double latitude, Double longitude) {

    /** Kind of people and organisations. */
    public static final String ACTOR = "actor";
    /** Kind of places. */
    public static final String LOCATION = "location";
}
