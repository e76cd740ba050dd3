package org.newstrends.extract.lexicon;

import java.util.List;

/** Names of the place and name lexicon resources, shared by the loaders and {@link LexiconBuilder}. */
public final class LexiconFiles {

    private LexiconFiles() { }

    /** Class-path folder of the lexicons. */
    public static final String RESOURCE_DIR = "/org/newstrends/lexicon/";
    /** Countries, derived from countries.json and GeoNames countryInfo. */
    public static final String COUNTRIES = "places-countries.tsv";
    /** Named regions news uses, hand-curated. */
    public static final String REGIONS = "places-regions.tsv";
    /** First-level administrative regions, derived from GeoNames admin1 codes. */
    public static final String ADMIN1 = "places-admin1.tsv";
    /** Cities of 15,000 people or more, derived from GeoNames cities15000. */
    public static final String CITIES = "places-cities.tsv";
    /** Extra names of known places (historical names, codes), hand-curated. */
    public static final String ALIASES = "place-aliases.tsv";
    /** Place names that are also common words or first names, hand-curated. */
    public static final String AMBIGUOUS = "place-words.tsv";
    /** English names news uses for countries whose source name differs ("Turkey"), hand-curated, read by the builder. */
    public static final String ENGLISH_COUNTRY_NAMES = "country-names-en.tsv";
    /** Given names with US births, derived from the SSA and Moby lists. */
    public static final String FIRST_NAMES = "first-names.tsv";

    /** The place files, in load order. */
    public static final List<String> PLACE_FILES = List.of(COUNTRIES, REGIONS, ADMIN1, CITIES);
}
