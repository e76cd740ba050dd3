package org.newstrends.aggregate;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The job's {@code aliases} table, a CSV file of lines {@code kind,alias,canonical[,type,country]} (an optional
 * header line {@code kind,alias,canonical,...}; lines starting with {@code #} are comments). A line without a type
 * merges or renames: entities whose canonical name is {@code alias} are counted as {@code canonical}. A line with
 * a type also adds an entity the lexicons may not know: {@code alias} is found in the title and text as a phrase
 * (whole words, case as written) and counted as {@code canonical} of that type and country.
 */
public final class AliasTable implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The kinds an alias line may name. */
    public static final Set<String> KINDS = Set.of("actor", "location", "theme");
    /** No aliases. */
    public static final AliasTable EMPTY = new AliasTable(List.of());

    /** One line: {@code type} and {@code country} may be null. */
    public record Entry(String kind, String alias, String canonical, String type, String country) implements Serializable {
        /** True when the line adds an entity found in the text as a phrase. */
        public boolean addsEntity() {
            return type != null;
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byName = new LinkedHashMap<>();

    private AliasTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) byName.put(nameKey(e.kind(), e.alias()), e);
    }

    /** The lines, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The line whose alias is {@code name} (ignoring case) for {@code kind}, or null. */
    public Entry lookup(String kind, String name) {
        return byName.get(nameKey(kind, name));
    }

    /** Reads and checks the table at {@code file}; {@link IllegalArgumentException} says which line to fix. */
    public static AliasTable load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("aliases: file not found: " + file + " (fix the path in 'aliases')");
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("aliases: cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Parses the CSV {@code text}; {@code name} names it in messages. */
    public static AliasTable parse(String text, String name) {
        List<Entry> out = new ArrayList<>();
        Map<String, Entry> seen = new LinkedHashMap<>();
        try (Reader r = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
             org.apache.commons.csv.CSVParser parser = CSVFormat.DEFAULT.builder().setCommentMarker('#')
                     .setIgnoreEmptyLines(true).setTrim(true).get().parse(r)) {
            for (CSVRecord rec : parser) {
                String where = name + " line " + parser.getCurrentLineNumber();
                if (rec.getRecordNumber() == 1 && rec.get(0).equalsIgnoreCase("kind")) continue;
                Entry e = entry(rec, where);
                Entry earlier = seen.putIfAbsent(nameKey(e.kind(), e.alias()), e);
                if (earlier != null && !earlier.canonical().equals(e.canonical())) {
                    throw new IllegalArgumentException(where + ": " + e.kind() + " '" + e.alias() + "' is already an alias of '"
                            + earlier.canonical() + "'; keep one of the two lines");
                }
                if (earlier == null) out.add(e);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(name + " is not valid CSV: " + e.getMessage());
        }
        return new AliasTable(out);
    }

    private static Entry entry(CSVRecord rec, String where) {
        if (rec.size() < 3 || rec.size() > 5) {
            throw new IllegalArgumentException(where + ": a line is kind,alias,canonical[,type,country] (got "
                    + rec.size() + " fields)");
        }
        String kind = rec.get(0).toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException(where + ": kind must be actor, location or theme (got '" + rec.get(0) + "')");
        }
        String alias = rec.get(1);
        String canonical = rec.get(2);
        if (alias.isEmpty() || canonical.isEmpty()) {
            throw new IllegalArgumentException(where + ": alias and canonical must not be empty");
        }
        String type = rec.size() > 3 && !rec.get(3).isEmpty() ? rec.get(3).toUpperCase(Locale.ROOT) : null;
        String country = rec.size() > 4 && !rec.get(4).isEmpty() ? rec.get(4).toUpperCase(Locale.ROOT) : null;
        if (type != null && !type.matches("[A-Z_]+")) {
            throw new IllegalArgumentException(where + ": type must be a word such as PERSON, ORGANIZATION, COUNTRY, CITY (got '" + rec.get(3) + "')");
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(where + ": country must be an ISO 3166-1 alpha-2 code such as US (got '" + rec.get(4) + "')");
        }
        if (country != null && type == null) {
            throw new IllegalArgumentException(where + ": give a type with the country (kind,alias,canonical,type,country)");
        }
        return new Entry(kind, alias, canonical, type, country);
    }

    private static String nameKey(String kind, String name) {
        return kind + '\u0000' + name.toLowerCase(Locale.ROOT);
    }
}
