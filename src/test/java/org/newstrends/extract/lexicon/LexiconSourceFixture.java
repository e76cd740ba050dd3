package org.newstrends.extract.lexicon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny hand-written copy of the lexicon sources (GeoNames, countries.json, first-name lists) in their
 * original formats, for builder and command tests: two countries, four regions, five cities, four names.
 */
public final class LexiconSourceFixture {

    private LexiconSourceFixture() { }

    private static String city(String id, String name, String ascii, String alternates, String lat, String lon,
                               String feature, String country, String admin1, long population) {
        return String.join("\t", id, name, ascii, alternates, lat, lon, "P", feature, country, "", admin1,
                "", "", "", Long.toString(population), "", "100", "Area/Zone", "2024-01-01") + "\n";
    }

    /** Writes the fixture sources under {@code dir}/data and returns that data folder. */
    public static Path write(Path dir) throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("geonames"));
        Files.createDirectories(data.resolve("countries"));
        Files.createDirectories(data.resolve("first-names"));
        Files.writeString(data.resolve("geonames/countryInfo.txt"),
                "#ISO\tISO3\tnum\tfips\tCountry\tCapital\tArea\tPopulation\n"
                + "US\tUSA\t840\tUS\tUnited States\tWashington\t9629091\t327167434\tNA\n"
                + "FR\tFRA\t250\tFR\tFrance\tParis\t547030\t66987244\tEU\n");
        Files.writeString(data.resolve("geonames/admin1CodesASCII.txt"),
                "US.TX\tTexas\tTexas\t4736286\n"
                + "US.ZZ\tCentral\tCentral\t1\n"
                + "US.NO\tNowhere\tNowhere\t2\n"
                + "FR.93\tProvence-Alpes-Côte d'Azur\tProvence-Alpes-Cote d'Azur\t2985244\n");
        Files.writeString(data.resolve("geonames/cities15000.txt"),
                city("4699066", "Houston", "Houston", "HOU,Houston City,Khjuston,Хьюстон", "29.76328", "-95.36327", "PPLA2", "US", "TX", 2_314_157)
                + city("4671654", "Austin", "Austin", "AUS,Austin City,Ostin", "30.26715", "-97.74306", "PPLA", "US", "TX", 974_447)
                + city("2990440", "Nice", "Nice", "Nizza", "43.70313", "7.26608", "PPLA2", "FR", "93", 342_669)
                + city("1", "Oldtown", "Oldtown", "", "1", "1", "PPLH", "US", "TX", 20_000)
                + city("2", "Zone", "Zone", "", "1", "1", "PPLX", "US", "ZZ", 20_000));
        Files.writeString(data.resolve("countries/countries.json"), "["
                + "{\"name\":{\"common\":\"United States\",\"official\":\"United States of America\"},\"cca2\":\"US\","
                + "\"altSpellings\":[\"US\",\"USA\",\"United States of America\"],\"latlng\":[38,-97],"
                + "\"demonyms\":{\"eng\":{\"f\":\"American\",\"m\":\"American\"}}},"
                + "{\"name\":{\"common\":\"France\",\"official\":\"French Republic\"},\"cca2\":\"FR\","
                + "\"altSpellings\":[\"FR\",\"French Republic\",\"République française\",\"France, Republic of\"],\"latlng\":[46,2],"
                + "\"demonyms\":{\"eng\":{\"f\":\"French\",\"m\":\"French\"}}}]");
        Files.writeString(data.resolve("first-names/ssa-first-names.csv"),
                "name,sex,births_1880_2023\nChad,M,241580\nAustin,M,400000\nAustin,F,3000\nRare,F,120\n");
        Files.writeString(data.resolve("first-names/female-first-names-en.txt"), "Abagael\n");
        Files.writeString(data.resolve("first-names/male-first-names-en.txt"), "Chad\n");
        return data;
    }
}
