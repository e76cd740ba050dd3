package org.newstrends.extract.lexicon;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
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

    /** Columns of a place line. */
    public static final int COLUMNS = 9;
    /** Columns of an alias line. */
    public static final int ALIAS_COLUMNS = 3;

    /**
     * Parses the place lines of {@code reader}; {@code source} names it in error messages.
     *
     * @throws LexiconFormatException when a line is malformed
     */
    public static List<PlaceNames> read(String source, Reader reader) throws IOException {
        return read(LexiconTable.parse(source, reader, COLUMNS));
    }

    /** The places of rows of a place file. */
    public static List<PlaceNames> read(List<LexiconTable.Row> rows) {
        List<PlaceNames> out = new ArrayList<>();
        for (LexiconTable.Row c : rows) {
            if (c.size() < COLUMNS) throw c.error("a place line needs " + COLUMNS + " columns");
            Place place = new Place(c.get(0), c.get(1), c.constant(2, Place.Type.class), c.orNull(3),
                    c.decimal(4), c.decimal(5), c.number(6));
            out.add(new PlaceNames(place, c.list(7), c.list(8)));
        }
        return out;
    }

    /**
     * Parses alias lines ({@code id names demonyms}) into a map from place id to [names, demonyms].
     *
     * @throws LexiconFormatException when a line is malformed
     */
    public static Map<String, List<List<String>>> readAliases(String source, Reader reader) throws IOException {
        return readAliases(LexiconTable.parse(source, reader, ALIAS_COLUMNS));
    }

    /** The aliases of rows of an alias file, by place id: [names, demonyms]. */
    public static Map<String, List<List<String>>> readAliases(List<LexiconTable.Row> rows) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (LexiconTable.Row c : rows) {
            if (c.size() < ALIAS_COLUMNS) throw c.error("an alias line needs " + ALIAS_COLUMNS + " columns");
            List<List<String>> lists = out.computeIfAbsent(c.get(0), k -> List.of(new ArrayList<>(), new ArrayList<>()));
            lists.get(0).addAll(c.list(1));
            lists.get(1).addAll(c.list(2));
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
}
