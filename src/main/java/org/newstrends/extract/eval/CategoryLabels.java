package org.newstrends.extract.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newstrends.extract.lexicon.LexiconTable;
import org.newstrends.extract.theme.ThemeCategory;

/**
 * How the labels of a labelled news set (HuffPost categories, Reuters-21578 topics, BBC sections) map to the
 * eleven theme categories, read from {@value #RESOURCE}. A label may map to no category (a section that mixes
 * subjects); a label the resource does not list is unknown. Both are left out of a score and counted.
 */
public final class CategoryLabels {

    /** The shipped mapping, on the class path. */
    public static final String RESOURCE = "/org/newstrends/extract/eval/category-labels.tsv";
    /** The set name of the HuffPost News Category Dataset. */
    public static final String HUFFPOST = "huffpost";
    /** The set name of Reuters-21578 topics. */
    public static final String REUTERS = "reuters";
    /** The set name of the BBC News sections. */
    public static final String BBC = "bbc";

    /** What a label of a set means. */
    public enum Kind {
        /** The label maps to a category. */
        MAPPED,
        /** The label is listed with no counterpart. */
        NO_COUNTERPART,
        /** The label is not listed. */
        UNKNOWN
    }

    private static final String NONE = "-";

    private final Map<String, Map<String, Optional<ThemeCategory>>> bySet;

    private CategoryLabels(Map<String, Map<String, Optional<ThemeCategory>>> bySet) {
        this.bySet = bySet;
    }

    /** The shipped mapping. */
    public static CategoryLabels shipped() {
        InputStream in = CategoryLabels.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("category label resource missing: " + RESOURCE);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, "category-labels.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a mapping of {@code set<TAB>label<TAB>category} lines ({@code #} comments allowed).
     *
     * @throws IllegalArgumentException naming {@code source} and the line of an unknown category or a duplicate row
     * @throws org.newstrends.extract.lexicon.LexiconFormatException naming them for a row of another width
     */
    public static CategoryLabels read(Reader reader, String source) throws IOException {
        Map<String, Map<String, Optional<ThemeCategory>>> bySet = new HashMap<>();
        List<LexiconTable.Row> rows = LexiconTable.parse(source, reader, 0);
        for (LexiconTable.Row row : LexiconTable.exactly(rows, 3, "set<TAB>label<TAB>category")) {
            long line = row.line();
            Optional<ThemeCategory> category = row.get(2).equals(NONE) ? Optional.empty() : Optional.of(category(row.get(2),
                    source, line));
            Optional<ThemeCategory> earlier = bySet.computeIfAbsent(row.get(0), s -> new HashMap<>()).putIfAbsent(row.get(1), category);
            if (earlier != null) {
                throw new IllegalArgumentException(source + ":" + line + ": label '" + row.get(1) + "' of " + row.get(0)
                        + " listed twice");
            }
        }
        return new CategoryLabels(bySet);
    }

    private static ThemeCategory category(String name, String source, long line) {
        try {
            return ThemeCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ":" + line + ": unknown category '" + name + "' (one of "
                    + Arrays.toString(ThemeCategory.values()) + " or -)", e);
        }
    }

    /** Whether {@code label} of {@code set} maps to a category, has none, or is not listed. */
    public Kind kind(String set, String label) {
        Optional<ThemeCategory> category = bySet.getOrDefault(set, Map.of()).get(label);
        if (category == null) return Kind.UNKNOWN;
        return category.isPresent() ? Kind.MAPPED : Kind.NO_COUNTERPART;
    }

    /** The category {@code label} of {@code set} maps to, empty when it has none or is not listed. */
    public Optional<ThemeCategory> category(String set, String label) {
        return bySet.getOrDefault(set, Map.of()).getOrDefault(label, Optional.empty());
    }
}
