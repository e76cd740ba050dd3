package org.newstrends.extract.lexicon;

import org.newstrends.extract.text.Surface;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives the project's place and first-name lexicons from the public sources, in the project's own
 * format ({@link PlaceNames}, {@link FirstNames}): countries from {@code countries/countries.json} and
 * GeoNames {@code countryInfo.txt}, first-level regions from {@code admin1CodesASCII.txt}, cities from
 * {@code cities15000.txt}, given names from the SSA and Moby lists. Cities and regions are counted under
 * their ASCII name, as English news writes them ("Rafah", "Sao Paulo"); the accented name stays a surface. Deterministic: the same input gives
 * byte-identical files (sorted output, fixed number formats).
 */
public final class LexiconBuilder {

    /** Cities below this population keep only their primary and ASCII names, no alternate names. */
    public static final long ALTERNATE_NAMES_MIN_POPULATION = 100_000;
    /**
     * Cities from this population keep all usable alternate names; smaller ones only those containing their
     * name ("Gaza City") or opening it ("Frankfurt" for "Frankfurt am Main").
     */
    public static final long ALL_ALTERNATES_MIN_POPULATION = 1_000_000;
    /** Given names with fewer US births are kept only when the Moby lists name them. */
    public static final long FIRST_NAME_MIN_BIRTHS = 500;

    private static final int MAX_ALTERNATE_WORDS = 4;
    private static final Set<String> GENERIC_REGION_WORDS = Set.of(
            "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
            "capital", "centre", "center", "north east", "north west", "south east", "south west",
            "northeast", "northwest", "southeast", "southwest", "coast", "lakes", "islands", "city", "district");

    private final Path data;

    /** A builder reading the data sets under {@code data} ({@code geonames/}, {@code countries/}, {@code first-names/}). */
    public LexiconBuilder(Path data) {
        this.data = data;
    }

    /** What a build wrote: file name to number of entries. */
    public record Summary(Map<String, Integer> entries) { }

    /** Derives every lexicon into {@code out}, overwriting the derived files (never the hand-curated ones). */
    public Summary build(Path out) throws IOException {
        Files.createDirectories(out);
        Map<String, Integer> entries = new TreeMap<>();
        List<City> cities = readCities();
        List<PlaceNames> countries = countries();
        write(out.resolve(LexiconFiles.COUNTRIES), countriesHeader(), countries);
        entries.put(LexiconFiles.COUNTRIES, countries.size());
        List<PlaceNames> admin1 = admin1(cities);
        write(out.resolve(LexiconFiles.ADMIN1), geonamesHeader("admin1CodesASCII.txt (first-level regions; "
                + "coordinates of the region's most populous city, population the sum of its cities >= 15,000)"), admin1);
        entries.put(LexiconFiles.ADMIN1, admin1.size());
        Set<String> primaryNames = new java.util.HashSet<>();
        for (PlaceNames p : countries) primaryNames.add(p.place().name());
        for (PlaceNames p : admin1) primaryNames.add(p.place().name());
        for (City c : cities) {
            primaryNames.add(c.name);
            primaryNames.add(c.asciiName);
        }
        List<PlaceNames> cityPlaces = cities(cities, primaryNames);
        write(out.resolve(LexiconFiles.CITIES), geonamesHeader("cities15000.txt (cities of 15,000 people or more; "
                + "alternate names in Latin script for cities of " + ALTERNATE_NAMES_MIN_POPULATION + " or more)"), cityPlaces);
        entries.put(LexiconFiles.CITIES, cityPlaces.size());
        Map<String, Long> names = firstNames();
        writeFirstNames(out.resolve(LexiconFiles.FIRST_NAMES), names);
        entries.put(LexiconFiles.FIRST_NAMES, names.size());
        return new Summary(entries);
    }

    // ---- countries

    List<PlaceNames> countries() throws IOException {
        Map<String, long[]> populations = new HashMap<>();
        Map<String, String> geonamesNames = new HashMap<>();
        for (String line : Files.readAllLines(data.resolve("geonames/countryInfo.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] c = line.split("\t", -1);
            populations.put(c[0], new long[] {parseLong(c[7])});
            geonamesNames.put(c[0], c[4]);
        }
        Map<String, String> englishNames = englishCountryNames();
        JsonNode root = new ObjectMapper().readTree(data.resolve("countries/countries.json").toFile());
        List<PlaceNames> out = new ArrayList<>();
        for (JsonNode c : root) {
            String iso2 = c.path("cca2").asText();
            if (iso2.length() != 2) continue;
            String common = c.path("name").path("common").asText();
            Set<String> names = new LinkedHashSet<>();
            addName(names, c.path("name").path("official").asText());
            for (JsonNode alt : c.path("altSpellings")) {
                if (!allCaps(alt.asText())) addName(names, alt.asText());
            }
            addName(names, geonamesNames.get(iso2));
            String english = englishNames.get(iso2);
            if (english != null && !english.equals(common)) {
                names.add(common);
                common = english;
            }
            names.remove(common);
            Set<String> demonyms = new LinkedHashSet<>();
            JsonNode eng = c.path("demonyms").path("eng");
            for (String sex : List.of("m", "f")) {
                for (String part : eng.path(sex).asText("").split(",")) {
                    String d = part.trim();
                    if (!usableName(d)) continue;
                    demonyms.add(d);
                    if (d.endsWith("n") || d.endsWith("i")) demonyms.add(d + "s");
                }
            }
            demonyms.removeAll(names);
            demonyms.remove(common);
            JsonNode latlng = c.path("latlng");
            long population = populations.getOrDefault(iso2, new long[] {0})[0];
            Place place = new Place("country:" + iso2, common, Place.Type.COUNTRY, iso2,
                    latlng.path(0).asDouble(), latlng.path(1).asDouble(), population);
            out.add(new PlaceNames(place, List.copyOf(names), List.copyOf(demonyms)));
        }
        out.sort(Comparator.comparing(p -> p.place().id()));
        return out;
    }

    /** The project's hand-curated English country names ({@link LexiconFiles#ENGLISH_COUNTRY_NAMES}), by ISO2 code. */
    static Map<String, String> englishCountryNames() {
        Map<String, String> out = new TreeMap<>();
        for (LexiconTable.Row row : LexiconTable.resource(LexiconFiles.ENGLISH_COUNTRY_NAMES, 2)) {
            out.put(row.get(0).trim(), row.get(1).trim());
        }
        return out;
    }

    private static void addName(Set<String> names, String name) {
        if (name == null) return;
        String n = Surface.normaliseSpaces(name);
        if (usableName(n) && !n.contains(",") && !n.contains("(")) names.add(n);
    }

    // ---- first-level regions

    List<PlaceNames> admin1(List<City> cities) throws IOException {
        Map<String, City> largest = new HashMap<>();
        Map<String, Long> sums = new HashMap<>();
        for (City city : cities) {
            if (!keepFeature(city)) continue;
            String key = city.country + "." + city.admin1;
            sums.merge(key, city.population, Long::sum);
            City best = largest.get(key);
            if (best == null || city.population > best.population) largest.put(key, city);
        }
        List<PlaceNames> out = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("geonames/admin1CodesASCII.txt"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (c.length < 4) continue;
            City seat = largest.get(c[0]);
            if (seat == null) continue;
            String name = Surface.normaliseSpaces(c[2]);
            if (!usableName(name)) name = Surface.normaliseSpaces(c[1]);
            if (!usableName(name) || GENERIC_REGION_WORDS.contains(name.toLowerCase(Locale.ROOT))) continue;
            String country = c[0].substring(0, c[0].indexOf('.'));
            Set<String> names = new LinkedHashSet<>();
            addName(names, c[1]);
            names.remove(name);
            Place place = new Place("geonames:" + c[3], name, Place.Type.ADMIN_REGION, country,
                    seat.latitude, seat.longitude, sums.get(c[0]));
            out.add(new PlaceNames(place, List.copyOf(names), List.of()));
        }
        out.sort(Comparator.comparing((PlaceNames p) -> p.place().country()).thenComparing(p -> p.place().name())
                .thenComparing(p -> p.place().id()));
        return out;
    }

    // ---- cities

    /** One row of cities15000 with the fields the lexicons use. */
    record City(String geonameId, String name, String asciiName, List<String> alternates, double latitude,
                double longitude, String featureCode, String country, String admin1, long population) { }

    List<City> readCities() throws IOException {
        List<City> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(data.resolve("geonames/cities15000.txt"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length < 15) continue;
                out.add(new City(c[0], c[1], c[2], c[3].isEmpty() ? List.of() : List.of(c[3].split(",")),
                        Double.parseDouble(c[4]), Double.parseDouble(c[5]), c[7], c[8], c[10], parseLong(c[14])));
            }
        }
        return out;
    }

    List<PlaceNames> cities(List<City> cities, Set<String> primaryNames) {
        List<PlaceNames> out = new ArrayList<>();
        for (City city : cities) {
            if (!keepFeature(city)) continue;
            String name = Surface.normaliseSpaces(city.asciiName);
            if (!usableName(name)) name = Surface.normaliseSpaces(city.name);
            if (!usableName(name)) continue;
            Set<String> names = new LinkedHashSet<>();
            addName(names, city.name);
            if (city.population >= ALTERNATE_NAMES_MIN_POPULATION) {
                String folded = fold(city.asciiName);
                for (String alt : city.alternates) {
                    String a = Surface.normaliseSpaces(alt);
                    boolean cityDropped = city.population >= ALL_ALTERNATES_MIN_POPULATION && (a + " City").equals(name);
                    if (!usableAlternate(a) || primaryNames.contains(a) && !cityDropped) continue;
                    String foldedAlternate = fold(a);
                    if (city.population >= ALL_ALTERNATES_MIN_POPULATION || containsWords(foldedAlternate, folded)
                            || folded.startsWith(foldedAlternate + " ") || spellingVariant(foldedAlternate, folded)) {
                        names.add(a);
                    }
                }
            }
            names.remove(name);
            Place place = new Place("geonames:" + city.geonameId, name, Place.Type.CITY, city.country,
                    city.latitude, city.longitude, city.population);
            out.add(new PlaceNames(place, List.copyOf(names), List.of()));
        }
        out.sort(Comparator.comparing((PlaceNames p) -> p.place().country())
                .thenComparing(Comparator.comparingLong((PlaceNames p) -> p.place().population()).reversed())
                .thenComparing(p -> p.place().id()));
        return out;
    }

    /** Drops historical, destroyed and abandoned places, and city sections below 100,000 people. */
    private static boolean keepFeature(City city) {
        return switch (city.featureCode) {
            case "PPLH", "PPLW", "PPLQ" -> false;
            case "PPLX" -> city.population >= ALTERNATE_NAMES_MIN_POPULATION;
            default -> true;
        };
    }

    /**
     * An alternate name worth matching: Latin script, starts with a capital, has lower-case letters (no
     * codes such as "ALV"), no digits or brackets, at most four words.
     */
    static boolean usableAlternate(String name) {
        if (!usableName(name) || name.length() < 4) return false;
        boolean lower = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isLowerCase(ch)) lower = true;
        }
        return lower && name.split(" ").length <= MAX_ALTERNATE_WORDS;
    }

    private static boolean allCaps(String s) {
        return !s.isEmpty() && s.equals(s.toUpperCase(Locale.ROOT));
    }

    /** Lower case without diacritics. */
    static String fold(String s) {
        String decomposed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Another transliteration of the same name ("Khan Younis" for "Khan Yunis", "Kandehar" for "Kandahar"): as
     * many words, each with the same first and last letter, at most one letter longer or shorter, and the same
     * consonants once vowels are dropped and doubled letters merged. Both arguments folded.
     */
    static boolean spellingVariant(String alternate, String name) {
        String[] a = alternate.split(" ");
        String[] b = name.split(" ");
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (a[i].isEmpty() || b[i].isEmpty() || a[i].charAt(0) != b[i].charAt(0)
                    || a[i].charAt(a[i].length() - 1) != b[i].charAt(b[i].length() - 1)
                    || Math.abs(a[i].length() - b[i].length()) > 1) {
                return false;
            }
            if (!consonants(a[i]).equals(consonants(b[i]))) return false;
        }
        return true;
    }

    private static String consonants(String word) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ("aeiouy'-\u2019".indexOf(c) >= 0) continue;
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == c) continue;
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean containsWords(String text, String words) {
        int i = text.indexOf(words);
        if (i < 0) return false;
        int end = i + words.length();
        return (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                && (end == text.length() || !Character.isLetter(text.charAt(end)));
    }

    /** A name in Latin letters starting with a capital, without digits, brackets, tabs or '|'. */
    static boolean usableName(String name) {
        if (name == null || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) return false;
        for (int i = 0; i < name.length(); i++) {
            int cp = name.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) return false;
            } else if (cp != ' ' && cp != '-' && cp != '\'' && cp != '.' && cp != '\u2019'
                    && Character.getType(cp) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    // ---- first names

    Map<String, Long> firstNames() throws IOException {
        Map<String, Long> births = new TreeMap<>();
        List<String> ssa = Files.readAllLines(data.resolve("first-names/ssa-first-names.csv"), StandardCharsets.UTF_8);
        for (String line : ssa.subList(1, ssa.size())) {
            String[] c = line.split(",", -1);
            if (c.length < 3) continue;
            births.merge(capitalise(c[0]), parseLong(c[2]), Long::sum);
        }
        births.values().removeIf(b -> b < FIRST_NAME_MIN_BIRTHS);
        for (String file : List.of("female-first-names-en.txt", "male-first-names-en.txt")) {
            for (String line : Files.readAllLines(data.resolve("first-names/" + file), StandardCharsets.UTF_8)) {
                String name = line.trim();
                if (!name.isEmpty()) births.putIfAbsent(capitalise(name), 0L);
            }
        }
        return births;
    }

    private static String capitalise(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.isEmpty() ? n : Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    // ---- writing

    private static String countriesHeader() {
        return "# Countries, derived by `newstrends build-lexicons` from countries/countries.json (mledoze/countries,\n"
                + "# Open Database License 1.0: this file is a derived database under the ODbL 1.0,\n"
                + "# https://opendatacommons.org/licenses/odbl/1-0/) and GeoNames countryInfo.txt (population;\n"
                + "# CC BY 4.0, GeoNames, geonames.org). Do not edit: rebuild.\n";
    }

    private static String geonamesHeader(String what) {
        return "# Derived by `newstrends build-lexicons` from GeoNames " + what + ".\n"
                + "# Source: GeoNames (geonames.org), CC BY 4.0. Do not edit: rebuild.\n";
    }

    private static void write(Path file, String header, List<PlaceNames> places) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write("# " + PlaceNames.HEADER + "\n");
            for (PlaceNames p : places) {
                w.write(p.toLine());
                w.write('\n');
            }
        }
    }

    private static void writeFirstNames(Path file, Map<String, Long> births) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# Given names, derived by `newstrends build-lexicons` from the US Social Security Administration\n"
                    + "# baby-name counts 1880-2023 (US public domain; names with " + FIRST_NAME_MIN_BIRTHS
                    + " or more births) and the Moby Word II\n# name lists (public domain). Do not edit: rebuild.\n");
            w.write("# name\tus_births\n");
            for (Map.Entry<String, Long> e : births.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
    }

    private static long parseLong(String s) {
        if (s == null || s.isBlank()) return 0;
        return Long.parseLong(s.trim());
    }
}
