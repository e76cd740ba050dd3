package org.newstrends.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the lexicons from a tiny hand-written copy of the source formats. */
class LexiconBuilderTest {

    @TempDir
    Path dir;

    private Path data;

    private static String city(String id, String name, String ascii, String alternates, String lat, String lon,
                               String feature, String country, String admin1, long population) {
        return String.join("\t", id, name, ascii, alternates, lat, lon, "P", feature, country, "", admin1,
                "", "", "", Long.toString(population), "", "100", "Area/Zone", "2024-01-01") + "\n";
    }

    @BeforeEach
    void writeSources() throws IOException {
        data = dir.resolve("data");
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
    }

    private static Map<String, PlaceNames> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return PlaceNames.read(new BufferedReader(new StringReader(text))).stream()
                .collect(Collectors.toMap(p -> p.place().name(), p -> p));
    }

    @Test
    void derivesCountriesWithNamesAndDemonymsButNoBareCodes() throws IOException {
        Path out = dir.resolve("out");
        new LexiconBuilder(data).build(out);
        Map<String, PlaceNames> countries = read(out.resolve(LexiconFiles.COUNTRIES));
        PlaceNames us = countries.get("United States");
        assertEquals("country:US", us.place().id());
        assertEquals(327_167_434L, us.place().population());
        assertEquals(List.of("United States of America"), us.names());
        assertEquals(List.of("American", "Americans"), us.demonyms());
        assertEquals(List.of("French Republic", "République française"), countries.get("France").names());
        assertTrue(Files.readString(out.resolve(LexiconFiles.COUNTRIES)).contains("Open Database License"));
    }

    @Test
    void derivesRegionsFromTheirCities() throws IOException {
        Path out = dir.resolve("out");
        new LexiconBuilder(data).build(out);
        Map<String, PlaceNames> admin = read(out.resolve(LexiconFiles.ADMIN1));
        assertEquals(2, admin.size(), "generic 'Central' and city-less 'Nowhere' are left out: " + admin.keySet());
        Place texas = admin.get("Texas").place();
        assertEquals(29.7633, texas.latitude(), 1e-9);
        assertEquals(2_314_157L + 974_447L, texas.population());
        PlaceNames provence = admin.get("Provence-Alpes-Cote d'Azur");
        assertEquals(List.of("Provence-Alpes-Côte d'Azur"), provence.names());
    }

    @Test
    void keepsUsefulLatinAlternateNamesOnly() throws IOException {
        Path out = dir.resolve("out");
        new LexiconBuilder(data).build(out);
        Map<String, PlaceNames> cities = read(out.resolve(LexiconFiles.CITIES));
        assertEquals(List.of("Houston City", "Khjuston"), cities.get("Houston").names());
        assertEquals(List.of("Austin City"), cities.get("Austin").names());
        assertEquals(List.of(), cities.get("Nice").names());
        assertFalse(cities.containsKey("Oldtown"), "historical places are left out");
        assertFalse(cities.containsKey("Zone"), "small city sections are left out");
    }

    @Test
    void derivesFirstNamesWithBirths() throws IOException {
        Path out = dir.resolve("out");
        LexiconBuilder.Summary summary = new LexiconBuilder(data).build(out);
        assertEquals(3, summary.entries().get(LexiconFiles.FIRST_NAMES));
        FirstNames names = FirstNames.load(Files.newInputStream(out.resolve(LexiconFiles.FIRST_NAMES)));
        assertEquals(403_000, names.births("Austin"));
        assertTrue(names.contains("Abagael"));
        assertFalse(names.contains("Rare"));
    }

    @Test
    void theSameInputGivesByteIdenticalFiles() throws IOException {
        new LexiconBuilder(data).build(dir.resolve("a"));
        new LexiconBuilder(data).build(dir.resolve("b"));
        for (String file : List.of(LexiconFiles.COUNTRIES, LexiconFiles.ADMIN1, LexiconFiles.CITIES, LexiconFiles.FIRST_NAMES)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)),
                    Files.readAllBytes(dir.resolve("b").resolve(file)), file);
        }
    }
}
