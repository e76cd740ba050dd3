package org.newstrends.report;

/**
 * One place the world map draws: a top location with coordinates, its bubble's area proportional to its articles.
 *
 * @param rank      the location's overall rank
 * @param entity    its name
 * @param type      its type, e.g. {@code CITY}
 * @param country   ISO 3166-1 alpha-2 code, or null
 * @param latitude  decimal degrees
 * @param longitude decimal degrees
 * @param articles  articles naming it over the whole range
 */
record MapPlace(int rank, String entity, String type, String country, double latitude, double longitude,
                long articles) {
}
