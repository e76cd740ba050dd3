package org.newstrends.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    @BeforeEach
    void writeSources() throws IOException {
        data = LexiconSourceFixture.write(dir);
    }

    private static Map<String, PlaceNames> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return PlaceNames.read(file.toString(), new StringReader(text)).stream()
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

    /** Adds Türkiye (as countries.json names it) and Khan Yunis with its transliterations to the fixture sources. */
    private void addTurkeyAndKhanYunis() throws IOException {
        Path countries = data.resolve("countries/countries.json");
        String json = Files.readString(countries, StandardCharsets.UTF_8);
        Files.writeString(countries, json.substring(0, json.lastIndexOf(']')) + ","
                + "{\"name\":{\"common\":\"Türkiye\",\"official\":\"Republic of Türkiye\"},\"cca2\":\"TR\","
                + "\"altSpellings\":[\"TR\",\"Turkiye\"],\"latlng\":[39,35],"
                + "\"demonyms\":{\"eng\":{\"f\":\"Turkish\",\"m\":\"Turkish\"}}}]", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("geonames/cities15000.txt"), String.join("\t", "281124", "Khān Yūnis", "Khan Yunis",
                "Jan Yunis,Khan Younis,Khan Yunus,Yunus", "31.34", "34.31", "P", "PPL", "PS", "", "", "", "", "",
                "173183", "", "10", "Asia/Gaza", "2024-01-01") + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    @Test
    void countriesCarryTheNameEnglishNewsUses() throws IOException {
        addTurkeyAndKhanYunis();
        Path out = dir.resolve("out");
        new LexiconBuilder(data).build(out);
        Map<String, PlaceNames> countries = read(out.resolve(LexiconFiles.COUNTRIES));
        assertFalse(countries.containsKey("Türkiye"), countries.keySet().toString());
        PlaceNames turkey = countries.get("Turkey");
        assertEquals("country:TR", turkey.place().id());
        assertTrue(turkey.names().contains("Türkiye"), "the source name stays a surface: " + turkey.names());
        assertEquals("Turkey", LexiconBuilder.englishCountryNames().get("TR"));
        assertEquals("Czech Republic", LexiconBuilder.englishCountryNames().get("CZ"));
    }

    @Test
    void keepsSpellingVariantsOfMidSizedCities() throws IOException {
        addTurkeyAndKhanYunis();
        Path out = dir.resolve("out");
        new LexiconBuilder(data).build(out);
        PlaceNames khanYunis = read(out.resolve(LexiconFiles.CITIES)).get("Khan Yunis");
        assertEquals(List.of("Khān Yūnis", "Khan Younis", "Khan Yunus"), khanYunis.names(),
                "other transliterations stay, a different name (Jan Yunis) or a part (Yunus) does not");
        assertTrue(LexiconBuilder.spellingVariant("kandehar", "kandahar"));
        assertFalse(LexiconBuilder.spellingVariant("tirano", "tirana"), "a different last letter");
        assertFalse(LexiconBuilder.spellingVariant("yunus", "khan yunis"), "a different number of words");
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
