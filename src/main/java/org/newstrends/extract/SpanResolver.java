package org.newstrends.extract;

import org.newstrends.extract.text.Surface;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newstrends.extract.actor.ActorLexicon;
import org.newstrends.extract.actor.ActorRecognizer;
import org.newstrends.extract.lexicon.Gazetteer;
import org.newstrends.extract.lexicon.Place;
import org.newstrends.extract.location.LocationRecognizer;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.NameType;
import org.newstrends.extract.text.SpanIndex;
import org.newstrends.extract.text.SpanTagger;
import org.newstrends.extract.text.Token;

/**
 * Turns the typed spans of a {@link SpanTagger} into canonical mentions with the foundation's lexicons and
 * within-article resolution: PER and ORG spans become actors ({@link ActorRecognizer#resolveSpans}), LOC spans
 * and demonyms among MISC spans become locations ({@link LocationRecognizer#resolveSpans}); other MISC spans are
 * dropped. The tagger decides what is a name and where it ends: nothing is added outside its spans, and their
 * offsets are kept, except that a possessive "'s" at the end of a span is cut off.
 *
 * <p>Thread-safe and stateless between articles.
 */
public final class SpanResolver {

    private static final int MAX_PLACE_TOKENS = 3;

    private final ActorRecognizer actors;
    private final LocationRecognizer locations;
    private final Gazetteer gazetteer;
    private final ActorLexicon organizations;

    /** A resolver over the given recognisers and lexicons. */
    public SpanResolver(ActorRecognizer actors, LocationRecognizer locations, Gazetteer gazetteer, ActorLexicon organizations) {
        this.actors = actors;
        this.locations = locations;
        this.gazetteer = gazetteer;
        this.organizations = organizations;
    }

    /** The resolver of this JVM, over the shared lexicons. */
    public static SpanResolver shared() {
        return Holder.INSTANCE;
    }

    /**
     * The actor and location mentions of one article (actors first, each in field then offset order).
     *
     * @param fields the article's fields, title first, as the tagger saw them
     * @param spans what the tagger found in them
     */
    public List<Mention> resolve(List<FieldText> fields, List<EntitySpan> spans) {
        List<EntitySpan> cut = withAbbreviationDots(fields, withoutPossessives(fields, spans));
        List<EntitySpan> curated = curatedOrganizations(fields, cut);
        Set<String> surnames = surnames(fields, curated);
        List<EntitySpan> names = hyphenCompounds(fields, curated, surnames);
        List<Mention> mentions = new ArrayList<>(actors.resolveSpans(fields, names).mentions());
        List<EntitySpan> nested = placesInsideNames(fields, names);
        nested.removeIf(place -> surnames.contains(surface(fields, place)));
        List<EntitySpan> places = new ArrayList<>(names);
        places.addAll(nested);
        places.sort(SPAN_ORDER);
        mentions.addAll(locations.resolveSpans(fields, places));
        return mentions;
    }

    private static String surface(List<FieldText> fields, EntitySpan span) {
        return fields.get(span.field()).text().substring(span.start(), span.end());
    }

    private static final Comparator<EntitySpan> SPAN_ORDER = Comparator.comparingInt(EntitySpan::field)
            .thenComparingInt(EntitySpan::start).thenComparingInt(EntitySpan::end);

    /**
     * A name the curated organisations list under exactly that name is that organisation, whatever type the
     * tagger gave it, unless it also names a country or region: CoNLL calls "White House" a location and
     * "Democrats" another name, and "Morgan Stanley" looks like a person; newstrends counts them as actors.
     */
    private List<EntitySpan> curatedOrganizations(List<FieldText> fields, List<EntitySpan> spans) {
        List<EntitySpan> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            EntitySpan span = spans.get(i);
            EntitySpan longer = curatedContinuation(fields, span, i + 1 < spans.size() ? spans.get(i + 1) : null);
            if (longer != null) {
                out.add(longer);
                continue;
            }
            if (span.type() != NameType.ORG) {
                String surface = Surface.normaliseSpaces(surface(fields, span));
                if (organizations.organizationAnyCase(surface) != null && !namesCountryOrRegion(surface)) {
                    out.add(new EntitySpan(span.field(), span.start(), span.end(), NameType.ORG));
                    continue;
                }
            }
            out.add(span);
        }
        return out;
    }

    /**
     * The span grown to the curated organisation it opens when that name goes on past the span's end over words
     * no other span takes ("Federal" tagged alone where a wrapped line reads "Federal" / "Reserve"); else null.
     */
    private EntitySpan curatedContinuation(List<FieldText> fields, EntitySpan span, EntitySpan next) {
        List<Token> tokens = fields.get(span.field()).tokens();
        int first = firstTokenAt(tokens, span.start());
        int limit = tokens.size();
        if (next != null && next.field() == span.field()) limit = firstTokenAt(tokens, next.start());
        limit = Math.min(limit, first + MAX_ORGANIZATION_TOKENS);
        if (first >= limit || !Character.isUpperCase(tokens.get(first).text().charAt(0))) return null;
        List<String> words = new ArrayList<>(limit - first);
        for (int k = first; k < limit; k++) words.add(tokens.get(k).text());
        int length = organizations.organizationOpeningLength(words);
        if (length == 0) return null;
        int end = tokens.get(first + length - 1).end();
        return end > span.end() ? new EntitySpan(span.field(), span.start(), end, NameType.ORG) : null;
    }

    private static final int MAX_ORGANIZATION_TOKENS = 8;

    private boolean namesCountryOrRegion(String surface) {
        for (Gazetteer.Entry e : gazetteer.lookup(surface)) {
            if (e.place().type() != Place.Type.CITY) return true;
        }
        return false;
    }

    /**
     * Hyphen compounds of names, which the tokenizer keeps as one word: a place-like compound the gazetteer
     * does not know ("US-Israel") is its places, and a compound whose every part is the surname of a person
     * the article names ("the Austin-Gallant meeting"), left out or marked as a place by the tagger, is a
     * person span, which actor resolution splits into the people; a surname is never one of the places.
     */
    private List<EntitySpan> hyphenCompounds(List<FieldText> fields, List<EntitySpan> spans, Set<String> surnames) {
        List<EntitySpan> out = new ArrayList<>(spans.size());
        for (EntitySpan span : spans) {
            String text = fields.get(span.field()).text();
            String surface = text.substring(span.start(), span.end());
            boolean compound = surface.indexOf('-') > 0 && surface.indexOf(' ') < 0;
            if (compound && span.type() != NameType.PER && allSurnames(surface, surnames)) {
                out.add(new EntitySpan(span.field(), span.start(), span.end(), NameType.PER));
                continue;
            }
            if (span.type() == NameType.LOC && compound && gazetteer.lookup(surface).isEmpty()) {
                List<EntitySpan> parts = new ArrayList<>();
                Token whole = new Token(surface, span.start(), span.end(), false);
                hyphenParts(span.field(), text, whole, 0, parts);
                parts.removeIf(part -> surnames.contains(text.substring(part.start(), part.end())));
                if (!parts.isEmpty()) {
                    out.addAll(parts);
                    continue;
                }
            }
            out.add(span);
        }
        if (surnames.isEmpty()) return out;
        SpanIndex[] cover = cover(out, fields.size());
        for (int f = 0; f < fields.size(); f++) {
            for (Token t : fields.get(f).tokens()) {
                String w = t.text();
                if (w.indexOf('-') <= 0 || !Character.isUpperCase(w.charAt(0)) || cover[f].overlaps(t.start(), t.end())) continue;
                if (allSurnames(w, surnames)) out.add(new EntitySpan(f, t.start(), t.end(), NameType.PER));
            }
        }
        out.sort(SPAN_ORDER);
        return out;
    }

    /** The last words of the article's person spans ("Austin" of "Lloyd Austin"). */
    private static Set<String> surnames(List<FieldText> fields, List<EntitySpan> spans) {
        Set<String> surnames = new HashSet<>();
        for (EntitySpan span : spans) {
            if (span.type() != NameType.PER) continue;
            String text = surface(fields, span);
            surnames.add(text.substring(text.lastIndexOf(' ') + 1));
        }
        return surnames;
    }

    private static boolean allSurnames(String hyphenWord, Set<String> surnames) {
        if (surnames.isEmpty()) return false;
        for (String part : hyphenWord.split("-")) {
            if (!surnames.contains(part)) return false;
        }
        return true;
    }

    /** Per field, the index of the spans of {@code spans} in that field. */
    private static SpanIndex[] cover(List<EntitySpan> spans, int fields) {
        SpanIndex[] out = new SpanIndex[fields];
        for (int f = 0; f < fields; f++) {
            List<int[]> inField = new ArrayList<>();
            for (EntitySpan s : spans) {
                if (s.field() == f) inField.add(new int[] {s.start(), s.end()});
            }
            out[f] = SpanIndex.of(inField);
        }
        return out;
    }

    /**
     * Places named inside another name, counted as the foundation's rules count them: the place or demonym
     * that opens an organisation's or another name ("U.S." of "U.S. Justice Department", "Chicago" of "Chicago
     * Mercantile Exchange"), a place further inside it ("America" of "Writers Guild of America", "American" of
     * "Cominco American Inc"), a place inside a place the gazetteer does not know ("Texas" of "West Texas
     * Intermediate"), and places joined by hyphens in one word, inside a name or outside any ("U.S.-Japan",
     * "Iran-contra", "U.S.-built"). They are nested in the name, so the name itself still counts once as written.
     */
    private List<EntitySpan> placesInsideNames(List<FieldText> fields, List<EntitySpan> spans) {
        List<EntitySpan> out = new ArrayList<>();
        for (EntitySpan span : spans) {
            if (span.type() == NameType.PER) continue;
            FieldText field = fields.get(span.field());
            String text = field.text();
            if (span.type() == NameType.LOC
                    && !gazetteer.lookup(Surface.normaliseSpaces(text.substring(span.start(), span.end()))).isEmpty()) {
                continue;
            }
            List<Token> tokens = field.tokens();
            int first = firstTokenAt(tokens, span.start());
            int last = first;
            while (last < tokens.size() && tokens.get(last).end() <= span.end()) last++;
            boolean wholeIsPlace = last - first > 1 && placeSpan(span.field(), text, span.start(), span.end()) != null;
            if (span.type() != NameType.LOC && (last - first == 1 || wholeIsPlace)) {
                for (int k = first; k < last; k++) hyphenPlaces(span.field(), text, tokens, k, k, out);
                continue;
            }
            int k = first;
            while (k < last) {
                boolean afterOf = k > first && tokens.get(k - 1).text().equals("of");
                int end = k == first && span.type() != NameType.LOC ? last - 1 : last;
                EntitySpan place = Character.isUpperCase(tokens.get(k).text().charAt(0)) && !tailOfPlace(tokens, first, k)
                        ? longestPlaceAt(span.field(), text, tokens, k, end, k == first || afterOf) : null;
                if (place != null) {
                    out.add(place);
                    while (k < last && tokens.get(k).start() < place.end()) k++;
                } else {
                    hyphenPlaces(span.field(), text, tokens, first, k, out);
                    k++;
                }
            }
        }
        SpanIndex[] cover = cover(spans, fields.size());
        for (int f = 0; f < fields.size(); f++) {
            List<Token> tokens = fields.get(f).tokens();
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.text().indexOf('-') <= 0 || cover[f].overlaps(t.start(), t.end()) || !gazetteer.lookup(t.text()).isEmpty()) continue;
                int from = k;
                while (from > k - MAX_PLACE_TOKENS + 1 && from > 0
                        && Character.isUpperCase(tokens.get(from - 1).text().charAt(0))
                        && !cover[f].overlaps(tokens.get(from - 1).start(), tokens.get(from - 1).end())) {
                    from--;
                }
                hyphenPlaces(f, fields.get(f).text(), tokens, from, k, out);
            }
        }
        return out;
    }

    /**
     * The places in hyphen word {@code tokens[k]}: its first part read together with the capitalised words
     * before it from token {@code from} on ("New Jersey" of "New Jersey-based"), else alone, and its other parts.
     */
    private void hyphenPlaces(int field, String text, List<Token> tokens, int from, int k, List<EntitySpan> out) {
        Token token = tokens.get(k);
        int hyphen = token.text().indexOf('-');
        if (hyphen <= 0) return;
        for (int j = Math.max(from, k - MAX_PLACE_TOKENS + 1); j < k; j++) {
            boolean capitalised = true;
            for (int i = j; i < k && capitalised; i++) capitalised = Character.isUpperCase(tokens.get(i).text().charAt(0));
            EntitySpan place = capitalised ? placeSpan(field, text, tokens.get(j).start(), token.start() + hyphen) : null;
            if (place != null) {
                out.add(place);
                hyphenParts(field, text, token, hyphen + 1, out);
                return;
            }
        }
        hyphenParts(field, text, token, 0, out);
    }

    /** True when token {@code k} ends a longer place name that starts inside the span ("Jersey" of "New Jersey"). */
    private boolean tailOfPlace(List<Token> tokens, int first, int k) {
        return k > first && !gazetteer.lookup(tokens.get(k - 1).text() + " " + tokens.get(k).text()).isEmpty();
    }

    /**
     * The longest place span of at most {@link #MAX_PLACE_TOKENS} tokens from token {@code k}, ending before
     * token {@code end}: any place when {@code anyPlace}, else only a country or demonym; null when none.
     */
    private EntitySpan longestPlaceAt(int field, String text, List<Token> tokens, int k, int end, boolean anyPlace) {
        for (int e = Math.min(end, k + MAX_PLACE_TOKENS); e > k; e--) {
            int start = tokens.get(k).start();
            int stop = tokens.get(e - 1).end();
            EntitySpan place = anyPlace ? placeSpan(field, text, start, stop, CITY_IN_NAME)
                    : countrySpan(field, text, start, stop);
            if (place != null) return place;
        }
        return null;
    }

    /**
     * [start, end) as a country span when it is a country's English name, its demonym or an abbreviation in
     * capitals ("United States", "American", "U.S."), not one of its other names ("Suisse", "Island").
     */
    private EntitySpan countrySpan(int field, String text, int start, int end) {
        String surface = Surface.normaliseSpaces(text.substring(start, end));
        for (Gazetteer.Entry e : gazetteer.lookup(surface)) {
            Place p = e.place();
            if (p.type() != Place.Type.COUNTRY) continue;
            if (e.demonym() || p.name().equals(surface) || !Surface.hasLowerCase(surface)) {
                return new EntitySpan(field, start, end, e.demonym() ? NameType.MISC : NameType.LOC);
            }
        }
        return null;
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private void hyphenParts(int field, String text, Token token, int offset, List<EntitySpan> out) {
        String word = token.text();
        if (word.indexOf('-') <= 0) return;
        int from = offset;
        while (from < word.length()) {
            int to = word.indexOf('-', from);
            if (to < 0) to = word.length();
            if (to > from) {
                EntitySpan place = placeSpan(field, text, token.start() + from, token.start() + to);
                if (place != null) out.add(place);
            }
            from = to + 1;
        }
    }

    /**
     * [start, end) as a place (LOC) or demonym (MISC) span when the gazetteer knows it as a country, region or
     * a city of {@link #CITY_IN_WORD} people or more, and it is not a curated organisation's name.
     */
    private EntitySpan placeSpan(int field, String text, int start, int end) {
        return placeSpan(field, text, start, end, CITY_IN_WORD);
    }

    /** Like {@link #placeSpan(int, String, int, int)}, cities counted from {@code minCityPopulation} people. */
    private EntitySpan placeSpan(int field, String text, int start, int end, long minCityPopulation) {
        String surface = Surface.normaliseSpaces(text.substring(start, end));
        for (Gazetteer.Entry e : gazetteer.lookup(surface)) {
            Place p = e.place();
            if (p.type() == Place.Type.CITY && p.population() < minCityPopulation) continue;
            if (organizations.organizationAnyCase(surface) != null) return null;
            return new EntitySpan(field, start, end, e.demonym() ? NameType.MISC : NameType.LOC);
        }
        return null;
    }

    /** A city joined to another name by a hyphen ("Tokyo-based") counts from this population. */
    private static final long CITY_IN_WORD = 100_000;
    /**
     * A city opening a name or named after its "of" counts from this population ("Chicago Mercantile Exchange",
     * "Bank of Boston"), not the towns companies are named after ("Burlington Northern", "Reading Co").
     */
    private static final long CITY_IN_NAME = 300_000;

    /**
     * The place spans that end where an abbreviation's dot follows ("Pa" of "Valley Forge, Pa.", which the
     * tokenizer splits from its dot) grown by the dot when the gazetteer knows the abbreviation ("Pa." =
     * Pennsylvania), so the state is read and not a town of that name elsewhere.
     */
    private List<EntitySpan> withAbbreviationDots(List<FieldText> fields, List<EntitySpan> spans) {
        List<EntitySpan> out = null;
        for (int i = 0; i < spans.size(); i++) {
            EntitySpan span = spans.get(i);
            String text = fields.get(span.field()).text();
            if (span.type() != NameType.LOC || span.end() >= text.length() || text.charAt(span.end()) != '.'
                    || gazetteer.lookup(text.substring(span.start(), span.end() + 1)).isEmpty()) {
                continue;
            }
            if (out == null) out = new ArrayList<>(spans);
            out.set(i, new EntitySpan(span.field(), span.start(), span.end() + 1, span.type()));
        }
        return out == null ? spans : out;
    }

    /** The spans with a final possessive "'s" written onto the name ("Netanyahu's") cut off. */
    static List<EntitySpan> withoutPossessives(List<FieldText> fields, List<EntitySpan> spans) {
        List<EntitySpan> out = new ArrayList<>(spans.size());
        for (EntitySpan span : spans) {
            String text = fields.get(span.field()).text();
            int end = Surface.possessiveStart(text, span.start(), span.end());
            out.add(end == span.end() ? span : new EntitySpan(span.field(), span.start(), end, span.type()));
        }
        return out;
    }

    private static final class Holder {
        static final SpanResolver INSTANCE = new SpanResolver(ActorRecognizer.shared(), LocationRecognizer.shared(),
                Gazetteer.shared(), ActorLexicon.shared());
    }
}
