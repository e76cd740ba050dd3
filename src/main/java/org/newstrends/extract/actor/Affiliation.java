package org.newstrends.extract.actor;

/**
 * The country (ISO 3166-1 alpha-2, may be null) and role of a person, stated in the text or, when the text
 * is silent, taken from the curated {@code actor-affiliations.tsv}.
 */
public record Affiliation(String country, String role) { }
