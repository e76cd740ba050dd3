package org.newstrends.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A place with the surfaces that name it: one line of a {@code places-*.tsv} lexicon file.
 *
 * <p>File format: UTF-8, {@code #} comment lines, then tab-separated
 * {@code id name type country latitude longitude population names demonyms}, where {@code names} and
 * {@code demonyms} are {@code |}-separated and {@code country} is empty for multi-country regions.
 * An alias file ({@code place-aliases.tsv}) has lines {@code id names demonyms} that add surfaces to a
 * place defined elsewhere.
 *
 * @param place the place
 * @param names other surfaces naming it (the canonical name is implied)
 * @param demonyms adjective and people forms counted as the place
 */
public record PlaceNames(Place place, List<String> names, List<String> demonyms) {

    /** Column header of place files. */
    public static final String HEADER = "id\tname\ttype\tcountry\tlatitude\tlongitude\tpopulation\tnames\tdemonyms";

    /** Parses the place lines of {@code reader}. */
    public static List<PlaceNames> read(BufferedReader reader) throws IOException {
        List<PlaceNames> out = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length < 9) throw new IOException("place line needs 9 columns: " + line);
            Place place = new Place(c[0], c[1], Place.Type.valueOf(c[2]), c[3].isEmpty() ? null : c[3],
                    Double.parseDouble(c[4]), Double.parseDouble(c[5]), Long.parseLong(c[6]));
            out.add(new PlaceNames(place, split(c[7]), split(c[8])));
        }
        return out;
    }

    /** Parses alias lines ({@code id names demonyms}) into a map from place id to [names, demonyms]. */
    public static Map<String, List<List<String>>> readAliases(BufferedReader reader) throws IOException {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length < 3) throw new IOException("alias line needs 3 columns: " + line);
            List<List<String>> lists = out.computeIfAbsent(c[0], k -> List.of(new ArrayList<>(), new ArrayList<>()));
            lists.get(0).addAll(split(c[1]));
            lists.get(1).addAll(split(c[2]));
        }
        return out;
    }

    /** Joins places defined more than once (same id): the first definition wins, names are united. */
    public static List<PlaceNames> merge(List<PlaceNames> places) {
        Map<String, PlaceNames> byId = new LinkedHashMap<>();
        for (PlaceNames p : places) {
            byId.merge(p.place().id(), p, (a, b) -> a.with(b.names(), b.demonyms()));
        }
        return new ArrayList<>(byId.values());
    }

    /** This place with {@code moreNames} and {@code moreDemonyms} added (duplicates dropped). */
    public PlaceNames with(List<String> moreNames, List<String> moreDemonyms) {
        Set<String> n = new LinkedHashSet<>(names);
        n.addAll(moreNames);
        Set<String> d = new LinkedHashSet<>(demonyms);
        d.addAll(moreDemonyms);
        return new PlaceNames(place, List.copyOf(n), List.copyOf(d));
    }

    /** The file line of this place (no line break). */
    public String toLine() {
        return String.join("\t", place.id(), place.name(), place.type().name(),
                place.country() == null ? "" : place.country(),
                formatCoordinate(place.latitude()), formatCoordinate(place.longitude()),
                Long.toString(place.population()), String.join("|", names), String.join("|", demonyms));
    }

    private static String formatCoordinate(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.4f", v);
        return s.equals("-0.0000") ? "0.0000" : s;
    }

    private static List<String> split(String column) {
        if (column.isEmpty()) return List.of();
        return Arrays.asList(column.split("\\|"));
    }
}
