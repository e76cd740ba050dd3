package org.newstrends.extract.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newstrends.extract.lexicon.FirstNames;
import org.newstrends.extract.lexicon.Gazetteer;
import org.newstrends.extract.lexicon.LexiconFiles;
import org.newstrends.extract.lexicon.LexiconTable;
import org.newstrends.extract.lexicon.Place;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Surface;

/**
 * The project's word lists as tagger features: which tokens lie in a known place name, demonym,
 * organisation, title, first name or name cue, and where in it (begin, inside, last, unit). The tagger
 * learns how far to trust each list; the lists themselves decide nothing.
 */
final class WordLists {

    static final int COUNTRY = 0;
    static final int REGION = 1;
    static final int CITY_MAJOR = 2;
    static final int CITY_LARGE = 3;
    static final int CITY = 4;
    static final int DEMONYM = 5;
    static final int ORGANIZATION = 6;
    static final int TITLE = 7;
    static final int FIRST_COMMON = 8;
    static final int FIRST_RARE = 9;
    static final int ORG_HEAD = 10;
    static final int ORG_SUFFIX = 11;
    static final int PLACE_LEAD = 12;
    static final int PARTICLE = 13;
    static final int NOT_NAME = 14;
    static final int ORG_LEAD = 15;
    /** Number of classes; a token's matches fit in a long of class * 4 + position bits. */
    static final int CLASSES = 16;

    private static final int MAX_PHRASE = 6;
    private static final int CASED_CLASSES = (1 << FIRST_COMMON) | (1 << FIRST_RARE) | (1 << ORG_HEAD)
            | (1 << ORG_SUFFIX) | (1 << PLACE_LEAD) | (1 << ORG_LEAD);

    private final PhraseIndex exact = new PhraseIndex();
    private final PhraseIndex lower = new PhraseIndex();

    private WordLists() { }

    /** The lists of this JVM, built from the lexicon resources on first use. */
    static WordLists shared() {
        return Holder.INSTANCE;
    }

    /**
     * Sets {@code out[i]} to the list matches of token {@code i}: bit {@code class * 4 + position} with
     * position 0 begin, 1 inside, 2 last, 3 a one-token match.
     */
    void annotate(TaggerText t, int[] exactHash, int[] lowerHash, long[] out) {
        int n = t.size;
        for (int i = 0; i < n; i++) out[i] = 0;
        for (int i = 0; i < n; i++) {
            match(exact, t, exactHash, i, out, false);
            match(lower, t, lowerHash, i, out, true);
        }
    }

    private static void match(PhraseIndex index, TaggerText t, int[] hashes, int i, long[] out, boolean cased) {
        long h = PhraseIndex.start();
        int field = t.field[i];
        for (int j = i; j < t.size && j - i < MAX_PHRASE && t.field[j] == field; j++) {
            h = TokenHash.extend(h, hashes[j]);
            int v = index.get(h);
            if (v == 0) return;
            int bits = v & ~PhraseIndex.PREFIX;
            if (cased && j == i && !Character.isUpperCase(t.words[i].charAt(0))) bits &= ~CASED_CLASSES;
            if (bits != 0) mark(out, i, j, bits);
            if ((v & PhraseIndex.PREFIX) == 0) return;
        }
    }

    private static void mark(long[] out, int from, int to, int bits) {
        for (int c = 0; c < CLASSES; c++) {
            if ((bits & (1 << c)) == 0) continue;
            if (from == to) {
                out[from] |= 1L << (c * 4 + 3);
            } else {
                out[from] |= 1L << (c * 4);
                for (int k = from + 1; k < to; k++) out[k] |= 1L << (c * 4 + 1);
                out[to] |= 1L << (c * 4 + 2);
            }
        }
    }

    private void addExact(String phrase, int cls) {
        int[] hashes = hashes(phrase, false);
        if (hashes.length == 0 || hashes.length > MAX_PHRASE) return;
        exact.add(hashes, 1 << cls);
    }

    private void addLower(String phrase, int cls) {
        int[] hashes = hashes(phrase, true);
        if (hashes.length == 0 || hashes.length > MAX_PHRASE) return;
        lower.add(hashes, 1 << cls);
    }

    private static int[] hashes(String phrase, boolean lowerCase) {
        TaggerText t = TaggerText.of(List.of(FieldText.of(Field.TEXT, phrase)));
        int[] h = new int[t.size];
        for (int i = 0; i < t.size; i++) h[i] = lowerCase ? TokenHash.lower(t.words[i]) : TokenHash.exact(t.words[i]);
        return h;
    }

    private static WordLists load() {
        WordLists lists = new WordLists();
        Gazetteer.shared().forEachName((surface, entries) -> {
            for (Gazetteer.Entry e : entries) {
                int cls = placeClass(e);
                lists.addExact(surface, cls);
                if (Surface.letterCount(surface) >= 4 && (cls != CITY || e.place().population() >= 100_000)) {
                    lists.addExact(surface.toUpperCase(Locale.ROOT), cls);
                }
            }
        });
        for (LexiconTable.Row row : LexiconTable.resource("organizations.tsv", 1)) {
            for (String name : names(row)) {
                lists.addExact(name, ORGANIZATION);
                if (Surface.letterCount(name) >= 4) lists.addExact(name.toUpperCase(Locale.ROOT), ORGANIZATION);
            }
        }
        for (LexiconTable.Row row : LexiconTable.resource("titles.tsv", 1)) lists.addLower(row.get(0), TITLE);
        for (LexiconTable.Row row : LexiconTable.resource("actor-cues.tsv", 2)) {
            String word = row.get(1);
            switch (row.get(0)) {
                case "org-head" -> lists.addLower(word, ORG_HEAD);
                case "org-suffix" -> lists.addLower(word, ORG_SUFFIX);
                case "org-lead" -> lists.addLower(word, ORG_LEAD);
                case "place-lead" -> lists.addLower(word, PLACE_LEAD);
                case "particle" -> lists.addLower(word, PARTICLE);
                case "not-name" -> lists.addLower(word, NOT_NAME);
                default -> { }
            }
        }
        for (LexiconTable.Row row : LexiconTable.resource(LexiconFiles.FIRST_NAMES, 1)) {
            long births = row.number(1, 0);
            lists.addLower(row.get(0), births >= FirstNames.COMMON_BIRTHS ? FIRST_COMMON : FIRST_RARE);
        }
        return lists;
    }

    private static int placeClass(Gazetteer.Entry e) {
        if (e.demonym()) return DEMONYM;
        Place p = e.place();
        return switch (p.type()) {
            case COUNTRY -> COUNTRY;
            case REGION, ADMIN_REGION -> REGION;
            case CITY -> p.population() >= 1_000_000 ? CITY_MAJOR : p.population() >= 100_000 ? CITY_LARGE : CITY;
        };
    }

    private static List<String> names(LexiconTable.Row row) {
        List<String> names = new ArrayList<>();
        names.add(row.get(0));
        names.addAll(row.list(1));
        return names;
    }

    private static final class Holder {
        static final WordLists INSTANCE = load();
    }
}
