package org.newstrends.extract.location;

import java.util.ArrayList;
import java.util.List;
import org.newstrends.extract.lexicon.Gazetteer;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Surface;
import org.newstrends.extract.text.Token;

/**
 * Where a text names places the gazetteer knows, before context decides: every longest name of at most
 * {@link Gazetteer#maxTokens()} tokens from each capitalised token, possessives ("Israel's") cut and hyphenated
 * tokens ("US-Israel", "pro-Russian") read part by part with exact offsets; or the readings of a name a tagger
 * found.
 */
final class PlaceMatcher {

    private final Gazetteer gazetteer;

    PlaceMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The readings of a tagged name: for a place its places (demonym readings only when it has no other), for another name its demonyms. */
    List<Gazetteer.Entry> readings(String surface, boolean demonymsOnly) {
        List<Gazetteer.Entry> all = gazetteer.lookup(surface);
        List<Gazetteer.Entry> places = new ArrayList<>();
        List<Gazetteer.Entry> demonyms = new ArrayList<>();
        for (Gazetteer.Entry e : all) (e.demonym() ? demonyms : places).add(e);
        if (demonymsOnly) return demonyms;
        return places.isEmpty() ? demonyms : places;
    }

    /** A tagged span as a match, with the tokens it covers for the context of its reading. */
    static PlaceCandidate spanCandidate(EntitySpan span, FieldText field, String surface, List<Gazetteer.Entry> entries) {
        List<Token> tokens = field.tokens();
        int first = firstTokenEndingAfter(tokens, span.start());
        int last = first;
        while (last < tokens.size() && tokens.get(last).start() < span.end()) last++;
        boolean inside = first >= tokens.size() || tokens.get(first).start() != span.start();
        boolean possessive = false;
        if (last > first && tokens.get(last - 1).end() != span.end()) {
            possessive = coreEnd(tokens.get(last - 1)) == span.end();
            inside |= !possessive;
        }
        boolean sentenceStart = first < tokens.size() && tokens.get(first).sentenceStart();
        PlaceCandidate c = new PlaceCandidate(span.field(), span.start(), span.end(), surface, entries, first,
                Math.max(1, last - first), sentenceStart, possessive);
        c.hyphenPart = inside;
        return c;
    }

    /** Every longest gazetteer name among the tokens of {@code field} (its index {@code fieldIndex}), in text order. */
    List<PlaceCandidate> match(int fieldIndex, FieldText field) {
        List<PlaceCandidate> out = new ArrayList<>();
        List<Token> tokens = field.tokens();
        String text = field.text();
        int i = 0;
        while (i < tokens.size()) {
            PlaceCandidate found = longestAt(fieldIndex, text, tokens, i);
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
    private PlaceCandidate longestAt(int fieldIndex, String text, List<Token> tokens, int i) {
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
        return new PlaceCandidate(fieldIndex, first.start(), bestEnd, surface, best, i, bestCount, first.sentenceStart(),
                bestEnd == coreEnd(last) && bestEnd != last.end());
    }

    /** Names inside a hyphenated token: "US-Israel" gives "US" and "Israel", "pro-Russian" gives "Russian". */
    private List<PlaceCandidate> insideHyphenated(int fieldIndex, String text, List<Token> tokens, int i) {
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
        List<PlaceCandidate> out = new ArrayList<>();
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
                    PlaceCandidate c = new PlaceCandidate(fieldIndex, start, end, surface, entries, i, 1,
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
    static int coreEnd(Token t) {
        return Surface.coreEnd(t);
    }

    private static int firstHyphenPartEnd(Token t) {
        int dash = t.text().indexOf('-');
        return dash > 0 ? t.start() + dash : t.end();
    }

    private static boolean startsName(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    /** The index of the first token that ends after {@code offset} (tokens are in offset order): a binary search. */
    private static int firstTokenEndingAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
