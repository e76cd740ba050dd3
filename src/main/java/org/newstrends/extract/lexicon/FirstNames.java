package org.newstrends.extract.lexicon;

import org.newstrends.extract.text.Surface;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Given names with how common they are (US births 1880-2023), to tell a person's first name
 * from a place or a word ("Chad", "Austin"). Loaded once per JVM from {@code first-names.tsv}.
 */
public final class FirstNames {

    /** Births from which a name counts as common enough to read a capitalised token as a person. */
    public static final long COMMON_BIRTHS = 5_000;

    private final Map<String, Long> births;

    /** A first-name list from a map of lower-cased name to US births (0 when only listed). */
    public FirstNames(Map<String, Long> births) {
        this.births = new HashMap<>(births);
    }

    /** The list of this JVM, loaded on first use. */
    public static FirstNames shared() {
        return Holder.INSTANCE;
    }

    /** True when {@code name} is a known first name, ignoring case. */
    public boolean contains(String name) {
        return name != null && births.containsKey(Surface.lowerKey(name));
    }

    /** US births under this name 1880-2023 (0 for unknown names or names known only from the word lists). */
    public long births(String name) {
        if (name == null) return 0;
        return births.getOrDefault(Surface.lowerKey(name), 0L);
    }

    /** True when the name is given often enough that a capitalised token is likely a person. */
    public boolean common(String name) {
        return births(name) >= COMMON_BIRTHS;
    }

    /** How many names the list holds. */
    public int size() {
        return births.size();
    }

    /** Reads a first-name file ({@code name<TAB>us_births}, births may be empty) from {@code in}, closing it. */
    static FirstNames load(InputStream in) throws IOException {
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return of(LexiconTable.parse(LexiconFiles.FIRST_NAMES, reader, 1));
        }
    }

    private static FirstNames of(List<LexiconTable.Row> rows) {
        Map<String, Long> births = new HashMap<>();
        for (LexiconTable.Row row : rows) births.put(Surface.lowerKey(row.get(0)), row.number(1, 0L));
        return new FirstNames(births);
    }

    private static final class Holder {
        static final FirstNames INSTANCE = of(LexiconTable.resource(LexiconFiles.FIRST_NAMES, 1));
    }
}
