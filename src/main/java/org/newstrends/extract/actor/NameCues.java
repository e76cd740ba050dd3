package org.newstrends.extract.actor;

import java.util.List;
import org.newstrends.extract.lexicon.FirstNames;
import org.newstrends.extract.lexicon.Gazetteer;
import org.newstrends.extract.lexicon.Place;
import org.newstrends.extract.text.PhraseDictionary;
import org.newstrends.extract.text.Surface;

/**
 * What the word lists say about tokens and phrases, for the finders: curated organisations and titles at a
 * token, places and their countries, and the cue words of names (particles, words that are no names, acronyms).
 */
final class NameCues {
    final ActorLexicon lexicon;
    final Gazetteer gazetteer;
    final FirstNames firstNames;

    NameCues(ActorLexicon lexicon, Gazetteer gazetteer, FirstNames firstNames) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.firstNames = firstNames;
    }

    /** The longest curated organisation from token {@code i}, also in capitals on a headline line; null when none. */
    PhraseDictionary.Match<Organization> organizationAt(FieldTokens t, int i) {
        NameToken[] p = t.p;
        PhraseDictionary.Match<Organization> m = lexicon.organizations.longest(k -> p[k].text, i, t.n);
        if (m == null && p[i].shout) m = lexicon.organizationsUpper.longest(k -> Surface.upperKey(p[k].text), i, t.n);
        return m;
    }

    /** The longest title from token {@code from} ending before token {@code limit}, or null. */
    PhraseDictionary.Match<Title> titleAt(FieldTokens t, int from, int limit) {
        NameToken[] p = t.p;
        return lexicon.titles.longest(k -> Surface.titleKey(p[k].text), from, limit);
    }

    /** The country stated just before a title ("US", "Israeli", "Israel's"), or the organisation's before it. */
    String statedCountry(FieldTokens t, int titleStart) {
        NameToken[] p = t.p;
        int k = titleStart - 1;
        if (k < 0) return null;
        if (t.orgEnd == titleStart) return t.orgCountry;
        if (!p[k].word) return null;
        if (k >= 1 && p[k - 1].word) {
            String two = countryOf(p[k - 1].text + " " + p[k].text);
            if (two != null) return two;
        }
        return countryOf(p[k].text);
    }

    /** The code of the country {@code surface} names or is the demonym of, or null. */
    String countryOf(String surface) {
        for (Gazetteer.Entry e : gazetteer.lookup(surface)) {
            if (e.place().type() == Place.Type.COUNTRY) return e.place().country();
        }
        return null;
    }

    /** True when the gazetteer knows {@code surface}. */
    boolean isPlace(String surface) {
        return !gazetteer.lookup(surface).isEmpty();
    }

    /** End of the longest place name (at most three tokens) that opens [a, b) and is shorter than it, else a. */
    int leadingPlaceEnd(FieldTokens t, int a, int b) {
        for (int k = Math.min(b - 1, a + 3); k > a; k--) {
            if (isPlace(t.join(a, k))) return k;
        }
        return a;
    }

    /**
     * The country of a place name that opens an organisation name: of a country or demonym, or of a city or
     * region of 100,000 people or more that is not a common first name; else null.
     */
    String placeCountry(String surface) {
        List<Gazetteer.Entry> readings = gazetteer.lookup(surface);
        if (readings.isEmpty()) return null;
        Gazetteer.Entry top = readings.get(0);
        boolean broad = top.demonym() || top.place().type() == Place.Type.COUNTRY;
        if (!broad && (top.place().population() < 100_000 || firstNames.common(surface))) return null;
        return top.place().country();
    }

    /** A country, region or first-level region, or a city of a million people or more ("Paris", "Texas"). */
    boolean isMajorPlace(String word) {
        for (Gazetteer.Entry e : gazetteer.lookup(word)) {
            if (e.place().type() != Place.Type.CITY || e.place().population() >= 1_000_000) return true;
        }
        return false;
    }

    /** A country, region or first-level region. */
    boolean isBroadPlace(String surface) {
        for (Gazetteer.Entry e : gazetteer.lookup(surface)) {
            Place.Type t = e.place().type();
            if (t == Place.Type.COUNTRY || t == Place.Type.REGION || t == Place.Type.ADMIN_REGION) return true;
        }
        return false;
    }

    /** A demonym of a country ("Dutch"): no surname ("Royal Dutch"). */
    boolean isCountryDemonym(String word) {
        for (Gazetteer.Entry e : gazetteer.lookup(word)) {
            if (e.demonym() && e.place().type() == Place.Type.COUNTRY) return true;
        }
        return false;
    }

    /** A word that can be part of a name: capitalised, or a particle joined to a capitalised word ("al-Sisi"). */
    boolean nameCapable(NameToken q) {
        if (!q.word) return false;
        if (q.cap) return true;
        int dash = q.text.indexOf('-');
        return dash > 0 && dash + 1 < q.text.length() && Character.isUpperCase(q.text.charAt(dash + 1))
                && lexicon.particles.contains(q.text.substring(0, dash));
    }

    /** A capitalised word that is no name ("Monday", "The"), also in capitals on a headline line. */
    boolean isNotName(NameToken q) {
        if (lexicon.notNames.contains(q.text)) return true;
        if (!q.shout || q.text.length() < 2) return false;
        return lexicon.notNames.contains(Surface.titleCase(q.text)) || NameToken.isVersus(Surface.lowerKey(q.text));
    }

    /** Two to six capitals (dots and "&" allowed) that are no roman numeral, cue word or legal form. */
    boolean isAcronym(NameToken q) {
        String s = Surface.withoutTrailingDot(q.text);
        if (!q.allCaps || s.length() < 2 || s.length() > 6) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isUpperCase(c) && c != '.' && c != '&') return false;
        }
        return !isRomanNumeral(s) && !lexicon.notNames.contains(s) && !lexicon.orgSuffixes.contains(s);
    }

    private static boolean isRomanNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("IVXLC".indexOf(s.charAt(i)) < 0) return false;
        }
        return true;
    }
}
