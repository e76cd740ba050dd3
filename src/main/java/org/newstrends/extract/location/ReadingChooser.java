package org.newstrends.extract.location;

import java.util.List;
import java.util.Set;
import org.newstrends.extract.lexicon.Gazetteer;
import org.newstrends.extract.lexicon.Place;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Token;

/** Which of the readings of a place name counts, from what the article says around it and elsewhere. */
final class ReadingChooser {

    /**
     * A city of this population named exactly like its first-level region ("New York", "Washington", "Moscow")
     * is what a bare mention of the name means, unless the context says the region.
     */
    static final long REGION_NAMED_CITY = 600_000;

    private static final Set<String> REGION_WORDS = Set.of(
            "state", "State", "STATE", "province", "Province", "prefecture", "Prefecture", "oblast", "Oblast");

    private final PlaceContext context;

    ReadingChooser(PlaceContext context) {
        this.context = context;
    }

    /**
     * The reading of {@code c}: a place followed by its country or region ("Paris, Texas") wins, a first-level
     * region named like its big city is the city unless the context says the region, then a reading in a country
     * the article names otherwise, else the most plausible (country, region, admin region, city by population).
     */
    Gazetteer.Entry choose(PlaceCandidate c, FieldText field, Set<String> contextCountries, Set<String> specificCountries) {
        List<Gazetteer.Entry> entries = c.entries;
        Gazetteer.Entry best = entries.get(0);
        if (entries.size() == 1) return best;
        Place after = context.placeAfterComma(c, field);
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
    private static boolean regionContext(PlaceCandidate c, FieldText field) {
        List<Token> tokens = field.tokens();
        int next = c.tokenIndex + c.tokenCount;
        if (!c.hyphenPart && next < tokens.size() && REGION_WORDS.contains(tokens.get(next).text())) return true;
        if (c.tokenIndex == 0 || c.hyphenPart) return false;
        String before = tokens.get(c.tokenIndex - 1).text();
        if (before.equalsIgnoreCase("upstate") || before.equals(",")) return true;
        return before.equals("of") && c.tokenIndex >= 2
                && tokens.get(c.tokenIndex - 2).text().equalsIgnoreCase("state");
    }
}
