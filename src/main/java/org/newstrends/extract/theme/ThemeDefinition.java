package org.newstrends.extract.theme;

/**
 * One theme of the taxonomy as the report lists it.
 *
 * @param code the theme code counted in the tables, e.g. {@code DIPLOMACY}
 * @param category the fixed category the theme belongs to
 * @param threshold the score an article needs to carry the theme
 * @param description what the theme covers, in one sentence
 */
public record ThemeDefinition(String code, ThemeCategory category, double threshold, String description) { }
