package org.newstrends.extract.location;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.newstrends.extract.lexicon.FirstNames;
import org.newstrends.extract.lexicon.Gazetteer;
import org.newstrends.extract.lexicon.Place;
import org.newstrends.extract.lexicon.PlaceWords;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.MentionType;
import org.newstrends.extract.text.NameType;
import org.newstrends.extract.text.Surface;
import org.newstrends.extract.text.Token;

/**
 * Finds the places one article names and decides what each counts as.
 *
 * <p>How: every token n-gram (up to {@link Gazetteer#maxTokens()}) is looked up in the gazetteer, the
 * longest match wins; possessives ("Israel's") are stripped and hyphenated tokens ("US-Israel",
 * "pro-Russian") are searched part by part with exact offsets. A match inside a span actors already
 * took ("Lloyd Austin") is dropped. Names that are also words or first names ({@link PlaceWords},
 * common {@link FirstNames}) count only with context: a preposition before ("in Chad"), a place after
 * ("Nice, France"), a possessive before a state noun ("Chad's government"), support from the rest of
 * the article, or the same name read as a place elsewhere in it. Among readings, a place followed by
 * its country or region wins, then one in a country the article names otherwise, else the most
 * plausible (country, region, admin region, city by population).
 *
 * <p>{@link #resolveSpans} instead takes the places a statistical tagger found and only decides what each
 * counts as, with the same choice of reading.
 */
public final class LocationRecognizer {

    /** A single-token city name below this population needs context or its country named in the article. */
    static final long SMALL_CITY = 50_000;
    /** From this population a city or region name counts even when it is also a first name or precedes a company word. */
    static final long LARGE_PLACE = 1_000_000;

    private static final Set<String> COMPANY_WORDS = Set.of(
            "Bank", "Banks", "Bancorp", "Bancshares", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Inc",
            "Inc.", "Ltd", "Ltd.", "Plc", "PLC", "Motor", "Motors", "Securities", "Steel", "Airlines", "Group",
            "Financial", "Trust", "Savings", "Industries", "Electric", "Chemical", "Chemicals", "Holdings",
            "Partners", "Insurance", "Mutual", "Petroleum", "Oil", "Gas", "Power", "Telephone", "Communications",
            "Energy", "Resources", "Mining", "Investment", "Investments", "Fund", "Stores", "Heavy", "Shipbuilding");

    /**
     * A city of this population named exactly like its first-level region ("New York", "Washington", "Moscow")
     * is what a bare mention of the name means, unless the context says the region.
     */
    static final long REGION_NAMED_CITY = 600_000;

    private static final Set<String> REGION_WORDS = Set.of(
            "state", "State", "STATE", "province", "Province", "prefecture", "Prefecture", "oblast", "Oblast");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "at", "from", "to", "near", "into", "across", "outside", "inside", "throughout",
            "towards", "toward", "via", "around", "of", "visit", "visited", "visiting", "IN", "AT", "FROM", "TO");
    private static final Set<String> STATE_NOUNS = Set.of(
            "government", "capital", "army", "military", "president", "parliament", "border", "borders",
            "economy", "people", "foreign", "prime", "embassy", "ambassador", "leader", "leaders", "forces",
            "troops", "police", "ministry", "minister", "mayor", "city", "state", "region", "population",
            "largest", "biggest", "second-largest", "capital's", "central", "northern", "southern", "eastern",
            "western", "election", "elections", "king", "regime", "navy", "airport", "port", "citizens",
            "authorities", "officials", "security", "oil", "exports", "imports", "currency", "debt", "trade");

    private final Gazetteer gazetteer;
    private final PlaceWords placeWords;
    private final FirstNames firstNames;

    /** A recogniser over the given lexicons. */
    public LocationRecognizer(Gazetteer gazetteer, PlaceWords placeWords, FirstNames firstNames) {
        this.gazetteer = gazetteer;
        this.placeWords = placeWords;
        this.firstNames = firstNames;
    }

    /** The recogniser of this JVM, over the shared lexicons. */
    public static LocationRecognizer shared() {
        return Holder.INSTANCE;
    }

    /**
     * The location mentions of one article's fields, in field then offset order.
     *
     * @param fields the article's fields ({@code title}, {@code text})
     * @param claimed per field, {@code [start, end)} spans actors already took; a place inside one is not reported
     */
    public List<Mention> recognize(List<FieldText> fields, Map<Field, List<int[]>> claimed) {
        List<Candidate> candidates = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            FieldText field = fields.get(f);
            List<int[]> taken = claimed == null ? List.of() : claimed.getOrDefault(field.field(), List.of());
            for (Candidate c : match(f, field)) {
                if (!overlaps(taken, c.start, c.end)) candidates.add(c);
            }
        }
        Set<String> contextCountries = new HashSet<>();
        Set<String> specificCountries = new HashSet<>();
        Set<String> demonymCountries = new HashSet<>();
        for (Candidate c : candidates) {
            c.doubt = doubt(c);
            if (c.doubt == null) {
                Place top = c.entries.get(0).place();
                if (top.country() != null) {
                    contextCountries.add(top.country());
                    if (top.type() == Place.Type.CITY || top.type() == Place.Type.ADMIN_REGION) specificCountries.add(top.country());
                    if (c.entries.get(0).demonym()) demonymCountries.add(top.country());
                }
            }
        }
        Set<String> acceptedDoubtful = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.doubt != null && c.doubt != PlaceWords.Kind.NEVER && localContext(c, fields.get(c.fieldIndex))) {
                c.accepted = true;
                acceptedDoubtful.add(c.surface);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Candidate c : candidates) {
            FieldText field = fields.get(c.fieldIndex);
            if (c.doubt == PlaceWords.Kind.NEVER) continue;
            if (c.doubt != null && !c.accepted) {
                boolean supported = acceptedDoubtful.contains(c.surface)
                        || (c.doubt == PlaceWords.Kind.NAME && articleSupport(c, specificCountries, demonymCountries))
                        || (c.smallCity && !c.sentenceStart && inCountries(c, contextCountries));
                if (!supported || followedByCapitalised(c, field)) continue;
            }
            if (beforeCompanyWord(c, field)) continue;
            Gazetteer.Entry reading = choose(c, field, contextCountries, specificCountries);
            out.add(mention(field.field(), c.start, c.end, field.text().substring(c.start, c.end), reading));
        }
        out.sort(Comparator.comparingInt((Mention m) -> fieldOrder(fields, m.textField())).thenComparingInt(Mention::start));
        return out;
    }

    /**
     * The location mentions of the names a tagger found, in field then offset order, with the tagger's offsets.
     * A {@link NameType#LOC LOC} span the gazetteer knows is that place (a country, region, admin region or city
     * with its coordinates, "U.S." = United States), its reading chosen as for {@link #recognize}; one it does not
     * know is a {@link MentionType#PLACE} named as written; a LOC span that is a demonym is its place, not a demonym mention.
     * A {@link NameType#MISC MISC} span that is a demonym the gazetteer knows ("Israeli") counts as its country;
     * other spans are skipped.
     *
     * @param fields the article's fields (title first), as the tagger saw them
     * @param spans the tagger's spans, in field then offset order, without possessive "'s"
     */
    public List<Mention> resolveSpans(List<FieldText> fields, List<EntitySpan> spans) {
        List<Candidate> known = new ArrayList<>();
        List<Mention> out = new ArrayList<>();
        for (EntitySpan span : spans) {
            if (span.type() != NameType.LOC && span.type() != NameType.MISC) continue;
            FieldText field = fields.get(span.field());
            String text = field.text().substring(span.start(), span.end());
            String surface = Surface.normaliseSpaces(text);
            List<Gazetteer.Entry> entries = readings(surface, span.type() == NameType.MISC);
            if (!entries.isEmpty()) {
                Candidate c = spanCandidate(span, field, surface, entries);
                c.taggedPlace = span.type() == NameType.LOC;
                known.add(c);
            } else if (span.type() == NameType.LOC) {
                out.add(new Mention(field.field(), span.start(), span.end(), text, MentionType.PLACE, surface,
                        null, false, null, null, null));
            }
        }
        Set<String> contextCountries = new HashSet<>();
        Set<String> specificCountries = new HashSet<>();
        for (Candidate c : known) {
            Place top = c.entries.get(0).place();
            if (top.country() == null) continue;
            contextCountries.add(top.country());
            if (top.type() == Place.Type.CITY || top.type() == Place.Type.ADMIN_REGION) specificCountries.add(top.country());
        }
        for (Candidate c : known) {
            FieldText field = fields.get(c.fieldIndex);
            Gazetteer.Entry reading = choose(c, field, contextCountries, specificCountries);
            Mention m = mention(field.field(), c.start, c.end, field.text().substring(c.start, c.end), reading);
            out.add(c.taggedPlace && m.demonym() ? asPlace(m) : m);
        }
        out.sort(Comparator.comparingInt((Mention m) -> fieldOrder(fields, m.textField())).thenComparingInt(Mention::start));
        return out;
    }

    /** A demonym the tagger marked as a place ("Philippine" marked LOC): a mention of the place itself. */
    private static Mention asPlace(Mention m) {
        return new Mention(m.textField(), m.start(), m.end(), m.text(), m.entityType(), m.canonical(), m.country(),
                false, m.role(), m.latitude(), m.longitude());
    }

    /** The readings of a tagged name: for a place its places (demonym readings only when it has no other), for another name its demonyms. */
    private List<Gazetteer.Entry> readings(String surface, boolean demonymsOnly) {
        List<Gazetteer.Entry> all = gazetteer.lookup(surface);
        List<Gazetteer.Entry> places = new ArrayList<>();
        List<Gazetteer.Entry> demonyms = new ArrayList<>();
        for (Gazetteer.Entry e : all) (e.demonym() ? demonyms : places).add(e);
        if (demonymsOnly) return demonyms;
        return places.isEmpty() ? demonyms : places;
    }

    /** A tagged span as a match, with the tokens it covers for the context of its reading. */
    private static Candidate spanCandidate(EntitySpan span, FieldText field, String surface, List<Gazetteer.Entry> entries) {
        List<Token> tokens = field.tokens();
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= span.start()) first++;
        int last = first;
        while (last < tokens.size() && tokens.get(last).start() < span.end()) last++;
        boolean inside = first >= tokens.size() || tokens.get(first).start() != span.start();
        boolean possessive = false;
        if (last > first && tokens.get(last - 1).end() != span.end()) {
            possessive = coreEnd(tokens.get(last - 1)) == span.end();
            inside |= !possessive;
        }
        boolean sentenceStart = first < tokens.size() && tokens.get(first).sentenceStart();
        Candidate c = new Candidate(span.field(), span.start(), span.end(), surface, entries, first,
                Math.max(1, last - first), sentenceStart, possessive);
        c.hyphenPart = inside;
        return c;
    }

    /**
     * Every country any phrase of the fields names under any gazetteer reading (countries, the countries of
     * cities, regions and demonyms), before context, claims or choice of reading: what a mention-based reading
     * of the article could at best predict. Sorted.
     */
    public SortedSet<String> namedCountries(List<FieldText> fields) {
        SortedSet<String> out = new TreeSet<>();
        for (int f = 0; f < fields.size(); f++) {
            for (Candidate c : match(f, fields.get(f))) {
                for (Gazetteer.Entry e : c.entries) {
                    if (e.place().country() != null) out.add(e.place().country());
                }
            }
        }
        return out;
    }

    // ---- matching

    private List<Candidate> match(int fieldIndex, FieldText field) {
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = field.tokens();
        String text = field.text();
        int i = 0;
        while (i < tokens.size()) {
            Candidate found = longestAt(fieldIndex, text, tokens, i);
            if (found != null) {
                out.add(found);
                i += found.tokenCount;
            } else {
                out.addAll(insideHyphenated(fieldIndex, text, tokens, i));
                i++;
            }
        }
        return out;
    }

    /**
     * The longest place name of at most {@link Gazetteer#maxTokens()} tokens from token {@code i}; its last token
     * may also be read without a possessive ("Israel's") or, after other tokens, up to its first hyphen ("New
     * Jersey-based"). Null when none.
     */
    private Candidate longestAt(int fieldIndex, String text, List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!startsName(first.text())) return null;
        int max = Math.min(gazetteer.maxTokens(), tokens.size() - i);
        Gazetteer.Walk walk = gazetteer.walk();
        int bestCount = 0;
        int bestEnd = -1;
        List<Gazetteer.Entry> best = null;
        for (int n = 1; n <= max; n++) {
            Token last = tokens.get(i + n - 1);
            boolean glued = n > 1 && last.start() == tokens.get(i + n - 2).end();
            int core = coreEnd(last);
            int hyphen = n == 1 ? last.end() : firstHyphenPartEnd(last);
            List<Gazetteer.Entry> entries = walk.with(last.text(), glued);
            int end = last.end();
            if (entries.isEmpty() && core != last.end()) {
                entries = walk.with(text.substring(last.start(), core), glued);
                end = core;
            }
            if (entries.isEmpty() && hyphen != last.end() && hyphen != core) {
                entries = walk.with(text.substring(last.start(), hyphen), glued);
                end = hyphen;
            }
            if (!entries.isEmpty()) {
                bestCount = n;
                bestEnd = end;
                best = entries;
            }
            if (!walk.advance(last.text(), glued)) break;
        }
        if (best == null) return null;
        Token last = tokens.get(i + bestCount - 1);
        String surface = Surface.normaliseSpaces(text.substring(first.start(), bestEnd));
        return new Candidate(fieldIndex, first.start(), bestEnd, surface, best, i, bestCount, first.sentenceStart(),
                bestEnd == coreEnd(last) && bestEnd != last.end());
    }

    /** Names inside a hyphenated token: "US-Israel" gives "US" and "Israel", "pro-Russian" gives "Russian". */
    private List<Candidate> insideHyphenated(int fieldIndex, String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        int core = coreEnd(token);
        if (text.indexOf('-', token.start()) < 0 || text.indexOf('-', token.start()) >= core) return List.of();
        List<int[]> parts = new ArrayList<>();
        int s = token.start();
        for (int k = token.start(); k <= core; k++) {
            if (k == core || text.charAt(k) == '-') {
                if (k > s) parts.add(new int[] {s, k});
                s = k + 1;
            }
        }
        List<Candidate> out = new ArrayList<>();
        int p = 0;
        while (p < parts.size()) {
            int matched = 0;
            for (int q = parts.size() - 1; q >= p && matched == 0; q--) {
                if (p == 0 && q == parts.size() - 1) continue;
                int start = parts.get(p)[0];
                int end = parts.get(q)[1];
                String surface = text.substring(start, end);
                if (!startsName(surface)) break;
                List<Gazetteer.Entry> entries = gazetteer.lookup(surface);
                if (!entries.isEmpty()) {
                    Candidate c = new Candidate(fieldIndex, start, end, surface, entries, i, 1,
                            token.sentenceStart() && p == 0, end == core && core != token.end());
                    c.hyphenPart = true;
                    out.add(c);
                    matched = q - p + 1;
                }
            }
            p += Math.max(1, matched);
        }
        return out;
    }

    /** End of a token without a possessive "'s" (or its end when it has none). */
    private static int coreEnd(Token t) {
        return Surface.coreEnd(t);
    }

    private static int firstHyphenPartEnd(Token t) {
        int dash = t.text().indexOf('-');
        return dash > 0 ? t.start() + dash : t.end();
    }

    private static boolean startsName(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    // ---- doubt and context

    /** Why this match needs context before it counts, or null when it counts as it is. */
    private PlaceWords.Kind doubt(Candidate c) {
        PlaceWords.Kind kind = placeWords.kind(c.surface);
        if (kind != null) return kind;
        if (c.tokenCount > 1 || c.surface.indexOf(' ') >= 0) return null;
        boolean citiesOnly = true;
        boolean broad = false;
        long largest = 0;
        for (Gazetteer.Entry e : c.entries) {
            Place.Type type = e.place().type();
            if (type != Place.Type.CITY || e.demonym()) citiesOnly = false;
            if (type == Place.Type.COUNTRY || type == Place.Type.REGION || e.demonym()) broad = true;
            largest = Math.max(largest, e.place().population());
        }
        if (broad || largest >= LARGE_PLACE) return null;
        if (firstNames.common(c.surface)) return PlaceWords.Kind.NAME;
        boolean caseFolded = c.surface.length() > 3 && c.surface.equals(Surface.upperKey(c.surface));
        if (citiesOnly && (largest < SMALL_CITY || (caseFolded && largest < SMALL_CITY * 2))) {
            c.smallCity = true;
            return PlaceWords.Kind.WORD;
        }
        return null;
    }

    /** Context around the match itself that says it is a place. */
    private boolean localContext(Candidate c, FieldText field) {
        List<Token> tokens = field.tokens();
        if (c.doubt == PlaceWords.Kind.NAME && followedByCapitalised(c, field)) return false;
        if (c.tokenIndex > 0 && !c.hyphenPart) {
            Token before = tokens.get(c.tokenIndex - 1);
            if (PLACE_PREPOSITIONS.contains(before.text())) return true;
        }
        if (placeAfterComma(c, field) != null) return true;
        if (c.hyphenPart && field.text().startsWith("-based", c.end)) return true;
        if (c.possessive) {
            int next = c.tokenIndex + c.tokenCount;
            if (next < tokens.size() && STATE_NOUNS.contains(tokens.get(next).text())) return true;
        }
        return false;
    }

    /** Support from the rest of the article: a demonym of the country, or a city or region in it. */
    private static boolean articleSupport(Candidate c, Set<String> specificCountries, Set<String> demonymCountries) {
        for (Gazetteer.Entry e : c.entries) {
            Place p = e.place();
            if (p.country() == null) continue;
            if (p.type() == Place.Type.COUNTRY && (demonymCountries.contains(p.country()) || specificCountries.contains(p.country()))) {
                return true;
            }
            if (p.type() == Place.Type.ADMIN_REGION && specificCountries.contains(p.country())) return true;
        }
        return false;
    }

    /** "Midland Bank", "Toyota Motor": a city or region name that starts a company name is no place mention. */
    private static boolean beforeCompanyWord(Candidate c, FieldText field) {
        int next = c.tokenIndex + c.tokenCount;
        if (c.hyphenPart || c.possessive || next >= field.tokens().size()) return false;
        String word = field.tokens().get(next).text();
        if (!COMPANY_WORDS.contains(word) && !COMPANY_WORDS.contains(capitalised(word))) return false;
        for (Gazetteer.Entry e : c.entries) {
            Place.Type type = e.place().type();
            if (e.demonym() || type == Place.Type.COUNTRY || type == Place.Type.REGION
                    || e.place().population() >= LARGE_PLACE) {
                return false;
            }
        }
        return true;
    }

    private static String capitalised(String word) {
        return Surface.titleCase(word);
    }

    private static boolean inCountries(Candidate c, Set<String> countries) {
        for (Gazetteer.Entry e : c.entries) {
            if (countries.contains(e.place().country())) return true;
        }
        return false;
    }

    /** The place named right after ", " ("Nice, France"), or null. */
    private Place placeAfterComma(Candidate c, FieldText field) {
        List<Token> tokens = field.tokens();
        int comma = c.tokenIndex + c.tokenCount;
        if (c.hyphenPart || comma + 1 >= tokens.size() || !tokens.get(comma).text().equals(",")) return null;
        for (int n = Math.min(3, tokens.size() - comma - 1); n >= 1; n--) {
            Token first = tokens.get(comma + 1);
            Token last = tokens.get(comma + n);
            String surface = Surface.normaliseSpaces(field.text().substring(first.start(), coreEnd(last)));
            for (Gazetteer.Entry e : gazetteer.lookup(surface)) {
                Place p = e.place();
                if (!e.demonym() && (p.type() == Place.Type.COUNTRY || p.type() == Place.Type.ADMIN_REGION)) return p;
            }
        }
        return null;
    }

    private static boolean followedByCapitalised(Candidate c, FieldText field) {
        if (c.possessive || c.hyphenPart) return false;
        int next = c.tokenIndex + c.tokenCount;
        if (next >= field.tokens().size()) return false;
        Token t = field.tokens().get(next);
        return t.capitalised() && !t.allCaps() && !t.sentenceStart();
    }

    // ---- choosing the reading

    private Gazetteer.Entry choose(Candidate c, FieldText field, Set<String> contextCountries, Set<String> specificCountries) {
        List<Gazetteer.Entry> entries = c.entries;
        Gazetteer.Entry best = entries.get(0);
        if (entries.size() == 1) return best;
        Place after = placeAfterComma(c, field);
        if (after != null) {
            for (Gazetteer.Entry e : entries) {
                if (after.country() != null && after.country().equals(e.place().country()) && !e.place().equals(after)) return e;
            }
        }
        String bestCountry = best.place().country();
        if (best.place().type() == Place.Type.ADMIN_REGION && !regionContext(c, field)) {
            for (Gazetteer.Entry e : entries) {
                Place p = e.place();
                if (p.type() == Place.Type.CITY && !e.demonym() && p.population() >= REGION_NAMED_CITY
                        && p.country() != null && p.country().equals(bestCountry)) {
                    return e;
                }
            }
        }
        if (bestCountry != null && contextCountries.contains(bestCountry)) return best;
        for (Gazetteer.Entry e : entries) {
            Place p = e.place();
            if (p.country() == null || p.country().equals(bestCountry) || e.demonym() != best.demonym()) continue;
            boolean switchOk = switch (best.place().type()) {
                case COUNTRY, REGION -> specificCountries.contains(p.country()) && p.type() == Place.Type.ADMIN_REGION;
                case ADMIN_REGION, CITY -> contextCountries.contains(p.country())
                        && p.population() * 10 >= best.place().population();
            };
            if (switchOk) return e;
        }
        return best;
    }

    /**
     * Context that says a name is the region, not its big city: "state", "State", "province" after it
     * ("Washington state", "New York State"), "upstate" or "state of" before it, or a place and a comma before
     * it ("Seattle, Washington").
     */
    private static boolean regionContext(Candidate c, FieldText field) {
        List<Token> tokens = field.tokens();
        int next = c.tokenIndex + c.tokenCount;
        if (!c.hyphenPart && next < tokens.size() && REGION_WORDS.contains(tokens.get(next).text())) return true;
        if (c.tokenIndex == 0 || c.hyphenPart) return false;
        String before = tokens.get(c.tokenIndex - 1).text();
        if (before.equalsIgnoreCase("upstate") || before.equals(",")) return true;
        return before.equals("of") && c.tokenIndex >= 2
                && tokens.get(c.tokenIndex - 2).text().equalsIgnoreCase("state");
    }

    private static int fieldOrder(List<FieldText> fields, Field field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).field() == field) return i;
        }
        return fields.size();
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && end > s[0]) return true;
        }
        return false;
    }

    static Mention mention(Field field, int start, int end, String text, Gazetteer.Entry entry) {
        Place p = entry.place();
        return new Mention(field, start, end, text, mentionType(p.type()), p.name(), p.country(),
                entry.demonym(), null, p.latitude(), p.longitude());
    }

    /** The mention type of a place of the gazetteer. */
    static MentionType mentionType(Place.Type type) {
        return switch (type) {
            case COUNTRY -> MentionType.COUNTRY;
            case REGION -> MentionType.REGION;
            case ADMIN_REGION -> MentionType.ADMIN_REGION;
            case CITY -> MentionType.CITY;
        };
    }

    /** A gazetteer match before the decision whether and how it counts. */
    private static final class Candidate {
        final int fieldIndex;
        final int start;
        final int end;
        final String surface;
        final List<Gazetteer.Entry> entries;
        final int tokenIndex;
        final int tokenCount;
        final boolean sentenceStart;
        final boolean possessive;
        boolean hyphenPart;
        /** A tagger's LOC span (not a MISC demonym). */
        boolean taggedPlace;
        boolean smallCity;
        PlaceWords.Kind doubt;
        boolean accepted;

        Candidate(int fieldIndex, int start, int end, String surface, List<Gazetteer.Entry> entries,
                  int tokenIndex, int tokenCount, boolean sentenceStart, boolean possessive) {
            this.fieldIndex = fieldIndex;
            this.start = start;
            this.end = end;
            this.surface = surface;
            this.entries = entries;
            this.tokenIndex = tokenIndex;
            this.tokenCount = tokenCount;
            this.sentenceStart = sentenceStart;
            this.possessive = possessive;
        }
    }

    private static final class Holder {
        static final LocationRecognizer INSTANCE =
                new LocationRecognizer(Gazetteer.shared(), PlaceWords.shared(), FirstNames.shared());
    }
}
