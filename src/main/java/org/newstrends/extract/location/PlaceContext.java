package org.newstrends.extract.location;

import java.util.List;
import java.util.Set;
import org.newstrends.extract.lexicon.FirstNames;
import org.newstrends.extract.lexicon.Gazetteer;
import org.newstrends.extract.lexicon.Place;
import org.newstrends.extract.lexicon.PlaceWords;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Surface;
import org.newstrends.extract.text.Token;

/**
 * Whether a place name counts where it stands. Names that are also words or first names ({@link PlaceWords},
 * common {@link FirstNames}) and small towns need context: a preposition before ("in Chad"), a place after ("Nice,
 * France"), a possessive before a state noun ("Chad's government"), support from the rest of the article, or the
 * same name read as a place elsewhere in it; a town that opens a company name ("Midland Bank") is no place.
 */
final class PlaceContext {

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

    PlaceContext(Gazetteer gazetteer, PlaceWords placeWords, FirstNames firstNames) {
        this.gazetteer = gazetteer;
        this.placeWords = placeWords;
        this.firstNames = firstNames;
    }

    /** Why this match needs context before it counts, or null when it counts as it is. */
    PlaceWords.Kind doubt(PlaceCandidate c) {
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
    boolean localContext(PlaceCandidate c, FieldText field) {
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
    static boolean articleSupport(PlaceCandidate c, Set<String> specificCountries, Set<String> demonymCountries) {
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
    static boolean beforeCompanyWord(PlaceCandidate c, FieldText field) {
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

    static boolean inCountries(PlaceCandidate c, Set<String> countries) {
        for (Gazetteer.Entry e : c.entries) {
            if (countries.contains(e.place().country())) return true;
        }
        return false;
    }

    /** The place named right after ", " ("Nice, France"), or null. */
    Place placeAfterComma(PlaceCandidate c, FieldText field) {
        List<Token> tokens = field.tokens();
        int comma = c.tokenIndex + c.tokenCount;
        if (c.hyphenPart || comma + 1 >= tokens.size() || !tokens.get(comma).text().equals(",")) return null;
        for (int n = Math.min(3, tokens.size() - comma - 1); n >= 1; n--) {
            Token first = tokens.get(comma + 1);
            Token last = tokens.get(comma + n);
            String surface = Surface.normaliseSpaces(field.text().substring(first.start(), PlaceMatcher.coreEnd(last)));
            for (Gazetteer.Entry e : gazetteer.lookup(surface)) {
                Place p = e.place();
                if (!e.demonym() && (p.type() == Place.Type.COUNTRY || p.type() == Place.Type.ADMIN_REGION)) return p;
            }
        }
        return null;
    }

    static boolean followedByCapitalised(PlaceCandidate c, FieldText field) {
        if (c.possessive || c.hyphenPart) return false;
        int next = c.tokenIndex + c.tokenCount;
        if (next >= field.tokens().size()) return false;
        Token t = field.tokens().get(next);
        return t.capitalised() && !t.allCaps() && !t.sentenceStart();
    }
}
