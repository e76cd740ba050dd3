package org.newstrends.extract;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The countries one article is about, from its location mentions: every country it names
 * ({@link #named}), or only its salient "focus" countries ({@link #focus}).
 *
 * <p>Each location mention with a country (a country, a demonym, or a city or region inside a country) adds
 * weight to that country: one per mention ({@link Parameters#demonymWeight} for a demonym such as
 * "Israeli"), times {@link Parameters#titleWeight} in the title or {@link Parameters#leadWeight} in the first
 * {@link Parameters#leadChars} characters of the text. The focus countries are those whose weight reaches
 * {@link Parameters#minShare} of the heaviest country's. An organisation mention with a country ("Bank of Japan",
 * "U.S. Treasury", "Federal Reserve") adds {@link Parameters#actorWeight} (times the same position factor); people's
 * affiliations are not counted. Plain Java, stateless.
 */
public final class DocumentCountries {

    /**
     * How mentions are weighted and which countries are kept.
     *
     * @param titleWeight factor for a mention in the title
     * @param leadWeight factor for a mention in the lead of the text
     * @param leadChars length of the lead, in characters of the text
     * @param demonymWeight weight of a demonym mention ("Israeli"); a name counts 1
     * @param minShare a country is a focus country when its weight is at least this share of the top weight
     * @param actorWeight weight of an organisation mention with a country ("Bank of Japan", "U.S. Treasury"); 0 ignores them
     */
    public record Parameters(double titleWeight, double leadWeight, int leadChars, double demonymWeight, double minShare,
                             double actorWeight) {
        /** Checks the ranges: weights positive (the actor weight may be 0), lead not negative, share in (0, 1]. */
        public Parameters {
            if (titleWeight <= 0 || leadWeight <= 0 || demonymWeight <= 0 || actorWeight < 0 || leadChars < 0
                    || minShare <= 0 || minShare > 1) {
                throw new IllegalArgumentException(
                        "weights must be positive (actor weight 0 or more), leadChars not negative, minShare in (0, 1]");
            }
        }
    }

    /**
     * The parameters newstrends uses, chosen on the even-numbered half of the labelled Reuters-21578 train
     * documents (highest attainable recall at a precision of at least 0.80; see docs/extraction.md).
     */
    public static final Parameters DEFAULT = new Parameters(4.0, 2.0, 300, 1.0, 0.4, 0.5);

    private static final String ORGANIZATION = "ORGANIZATION";

    private final Parameters parameters;

    /** Focus countries with the {@link #DEFAULT} parameters. */
    public DocumentCountries() {
        this(DEFAULT);
    }

    /** Focus countries with the given parameters. */
    public DocumentCountries(Parameters parameters) {
        this.parameters = parameters;
    }

    /** The parameters in use. */
    public Parameters parameters() {
        return parameters;
    }

    /** Every country the location mentions name (the strict reading), sorted. */
    public static SortedSet<String> named(List<Mention> mentions) {
        SortedSet<String> out = new TreeSet<>();
        for (Mention m : mentions) {
            if (Mention.LOCATION.equals(m.kind()) && m.country() != null) out.add(m.country());
        }
        return out;
    }

    /** The weight of each country of a location mention (or, with an actor weight, an organisation mention), by ISO2 code. */
    public SortedMap<String, Double> weights(List<Mention> mentions) {
        SortedMap<String, Double> weights = new TreeMap<>();
        for (Mention m : mentions) {
            if (m.country() == null) continue;
            boolean location = Mention.LOCATION.equals(m.kind());
            if (!location && (parameters.actorWeight() == 0 || !ORGANIZATION.equals(m.type()))) continue;
            double w = !location ? parameters.actorWeight() : m.demonym() ? parameters.demonymWeight() : 1.0;
            if (ArticleExtractor.FIELD_TITLE.equals(m.field())) w *= parameters.titleWeight();
            else if (m.start() < parameters.leadChars()) w *= parameters.leadWeight();
            weights.merge(m.country(), w, Double::sum);
        }
        return weights;
    }

    /** The focus countries of an article's mentions, sorted; empty when no location mention has a country. */
    public SortedSet<String> focus(List<Mention> mentions) {
        SortedMap<String, Double> weights = weights(mentions);
        double top = 0;
        for (double w : weights.values()) top = Math.max(top, w);
        SortedSet<String> out = new TreeSet<>();
        for (var e : weights.entrySet()) {
            if (e.getValue() >= parameters.minShare() * top - 1e-9) out.add(e.getKey());
        }
        return out;
    }

    /** The focus countries of an extracted article. */
    public SortedSet<String> focus(ExtractedArticle article) {
        return focus(article.mentions());
    }
}
