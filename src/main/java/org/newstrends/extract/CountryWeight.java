package org.newstrends.extract;

/**
 * A focus country of an article with its weight: its share of the article's country evidence (title, lead and
 * repetition count; see {@link DocumentCountries}), rounded to three decimals.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param weight share of the evidence, in (0, 1]
 */
public record CountryWeight(String country, double weight) { }
