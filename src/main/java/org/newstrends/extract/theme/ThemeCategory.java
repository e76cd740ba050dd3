package org.newstrends.extract.theme;

/**
 * The fixed categories every theme belongs to (see DESIGN.md); the report groups themes by them.
 */
public enum ThemeCategory {
    POLITICS,
    ECONOMY,
    CONFLICT_SECURITY,
    CRIME_JUSTICE,
    SOCIETY,
    HEALTH,
    ENVIRONMENT,
    SCIENCE_TECH,
    SPORT,
    CULTURE_ENTERTAINMENT,
    DISASTER_ACCIDENT
}
