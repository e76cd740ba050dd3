package org.newstrends.extract.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newstrends.extract.text.PhraseDictionary;
import org.newstrends.extract.text.Surface;
import org.newstrends.extract.text.Token;
import org.newstrends.extract.text.Tokenizer;

/**
 * Looks places up by the phrase a text writes them with: names, official names, codes such as "U.S.",
 * and demonyms such as "Israeli" (counted as their country). Loaded once per JVM from the project's
 * lexicon resources ({@code places-*.tsv}, {@link LexiconFiles}).
 *
 * <p>Case: a surface matches exactly as written; a surface with no lower-case letter ("GAZA STRIP",
 * a Reuters headline) also matches the upper-cased form of names of four letters or more, so
 * all-caps text finds "Gaza Strip" but "IN" never finds a place called "In".
 */
public final class Gazetteer {

    /**
     * One reading of a surface form.
     *
     * @param place the place the surface names
     * @param demonym true when the surface is an adjective or people form ("Israeli", "Americans")
     */
    public record Entry(Place place, boolean demonym) { }

    /** Orders readings from the most to the least plausible: country, region, admin region, city; then by population. */
    public static final Comparator<Entry> PLAUSIBILITY = Comparator
            .comparingInt((Entry e) -> e.place().type().ordinal())
            .thenComparing(Comparator.comparingLong((Entry e) -> e.place().population()).reversed())
            .thenComparing(e -> e.place().id());

    private static final int MIN_CASE_FOLDED_LETTERS = 4;

    /**
     * The key between two tokens written without a space ("Washington" "," of "Washington, D.C."), so a phrase
     * matches as written: with its own spacing, tokens apart by a single space otherwise.
     */
    private static final String GLUE = "\u0000";

    /** Every surface as written (spaces normalised) with its readings, in the order they were added. */
    private final Map<String, List<Entry>> names = new HashMap<>();
    private final Map<String, List<Entry>> upperNames = new HashMap<>();
    private final PhraseDictionary<List<Entry>> exact = new PhraseDictionary<>();
    private final PhraseDictionary<List<Entry>> upper = new PhraseDictionary<>();
    private final Map<String, Place> byId = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();
    private int maxTokens = 1;

    /** A gazetteer over {@code places}, each with the surfaces that name it and its demonyms. */
    public Gazetteer(Collection<PlaceNames> places) {
        for (PlaceNames p : places) {
            byId.put(p.place().id(), p.place());
            if (p.place().type() == Place.Type.COUNTRY && p.place().country() != null) {
                countries.putIfAbsent(p.place().country(), p.place());
            }
        }
        for (PlaceNames p : places) {
            add(p.place().name(), new Entry(p.place(), false));
            for (String name : p.names()) add(name, new Entry(p.place(), false));
            for (String demonym : p.demonyms()) add(demonym, new Entry(p.place(), true));
        }
        names.forEach((surface, entries) -> {
            entries.sort(PLAUSIBILITY);
            exact.put(keys(surface), entries);
        });
        upperNames.forEach((surface, entries) -> {
            entries.sort(PLAUSIBILITY);
            upper.put(keys(surface), entries);
        });
    }

    /** The gazetteer of this JVM, loaded from the lexicon resources on first use. */
    public static Gazetteer shared() {
        return Holder.INSTANCE;
    }

    /**
     * The readings of a written phrase (single spaces between words), most plausible first; empty when
     * no place has that name.
     */
    public List<Entry> lookup(String surface) {
        if (surface == null || surface.isEmpty() || !surface.equals(Surface.normaliseSpaces(surface))) return List.of();
        List<String> keys = keys(surface);
        List<Entry> found = exact.get(keys);
        if (found != null) return found;
        if (!Surface.hasLowerCase(surface)) {
            found = upper.get(keys);
            if (found != null) return found;
        }
        return List.of();
    }

    /** A walk over the names one token at a time, for the longest name that starts at a token of a text. */
    public Walk walk() {
        return new Walk(exact.root(), upper.root());
    }

    /**
     * A position in the names after some tokens: what a name continued by one more token reads as ({@link #with}),
     * and moving on by a token ({@link #advance}). The same surface matches here as in {@link #lookup}.
     */
    public static final class Walk {
        private PhraseDictionary.Node<List<Entry>> exactNode;
        private PhraseDictionary.Node<List<Entry>> upperNode;

        private Walk(PhraseDictionary.Node<List<Entry>> exact, PhraseDictionary.Node<List<Entry>> upper) {
            this.exactNode = exact;
            this.upperNode = upper;
        }

        /**
         * The readings of the tokens walked so far followed by {@code token}, most plausible first, without moving
         * on; {@code glued} when no space separates it from the token before (never for the first token).
         */
        public List<Entry> with(String token, boolean glued) {
            List<Entry> found = valueOf(next(exactNode, token, glued));
            if (found == null && !Surface.hasLowerCase(token)) found = valueOf(next(upperNode, token, glued));
            return found == null ? List.of() : found;
        }

        /** Moves on by {@code token}; false when no name goes on with it (the walk is then over). */
        public boolean advance(String token, boolean glued) {
            exactNode = next(exactNode, token, glued);
            upperNode = Surface.hasLowerCase(token) ? null : next(upperNode, token, glued);
            return exactNode != null || upperNode != null;
        }

        private PhraseDictionary.Node<List<Entry>> next(PhraseDictionary.Node<List<Entry>> node, String token,
                                                        boolean glued) {
            if (node == null) return null;
            if (glued) node = node.child(GLUE);
            return node == null ? null : node.child(token);
        }

        private static List<Entry> valueOf(PhraseDictionary.Node<List<Entry>> node) {
            return node == null ? null : node.value();
        }
    }

    /** The largest number of tokens (as {@link Tokenizer} splits them) of any surface form. */
    public int maxTokens() {
        return maxTokens;
    }

    /** The country with ISO 3166-1 alpha-2 code {@code iso2}. */
    public Optional<Place> country(String iso2) {
        if (iso2 == null) return Optional.empty();
        return Optional.ofNullable(countries.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** The place with identifier {@code id}. */
    public Optional<Place> place(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Calls {@code action} with every surface form as written and its readings (for the tagger's features). */
    public void forEachName(java.util.function.BiConsumer<String, List<Entry>> action) {
        names.forEach(action);
    }

    /** How many distinct places are known. */
    public int size() {
        return byId.size();
    }

    private void add(String surface, Entry entry) {
        String s = Surface.normaliseSpaces(surface);
        if (s.isEmpty()) return;
        addTo(names, s, entry);
        if (Surface.hasLowerCase(s) && Surface.letterCount(s) >= MIN_CASE_FOLDED_LETTERS) {
            addTo(upperNames, Surface.upperKey(s), entry);
        }
        maxTokens = Math.max(maxTokens, Tokenizer.tokenize(s).size());
    }

    /** The dictionary keys of a surface with normalised spaces: its tokens, with {@link #GLUE} where no space is. */
    private static List<String> keys(String surface) {
        List<Token> tokens = Tokenizer.tokenize(surface);
        List<String> keys = new ArrayList<>(tokens.size() + 1);
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && tokens.get(i).start() == tokens.get(i - 1).end()) keys.add(GLUE);
            keys.add(tokens.get(i).text());
        }
        return keys;
    }

    private static void addTo(Map<String, List<Entry>> index, String key, Entry entry) {
        List<Entry> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Entry e : list) {
            if (e.place().id().equals(entry.place().id()) && e.demonym() == entry.demonym()) return;
        }
        list.add(entry);
    }

    /** Reads the place files of {@link LexiconFiles#PLACE_FILES} and the aliases from the class path. */
    static Gazetteer loadResources() {
        List<PlaceNames> places = new ArrayList<>();
        for (String file : LexiconFiles.PLACE_FILES) {
            places.addAll(PlaceNames.read(LexiconTable.resource(file, PlaceNames.COLUMNS)));
        }
        Map<String, List<List<String>>> aliases =
                PlaceNames.readAliases(LexiconTable.resource(LexiconFiles.ALIASES, PlaceNames.ALIAS_COLUMNS));
        List<PlaceNames> merged = new ArrayList<>();
        for (PlaceNames p : PlaceNames.merge(places)) {
            List<List<String>> extra = aliases.get(p.place().id());
            merged.add(extra == null ? p : p.with(extra.get(0), extra.get(1)));
        }
        return new Gazetteer(merged);
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = loadResources();
    }
}
