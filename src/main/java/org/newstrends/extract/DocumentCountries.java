package org.newstrends.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newstrends.extract.location.Dateline;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.MentionType;
import org.newstrends.extract.text.Surface;

/**
 * The countries one article is about, from its location mentions: every country it names
 * ({@link #named}), or only its salient "focus" countries ({@link #focus}).
 *
 * <p>Each location mention with a country (a country, a demonym, or a city or region inside a country) adds
 * weight to that country: one per mention ({@link Parameters#demonymWeight} for a demonym such as
 * "Israeli"), times {@link Parameters#titleWeight} in the title or {@link Parameters#leadWeight} in the first
 * {@link Parameters#leadChars} characters of the text, times {@link Parameters#qualifierWeight} when the name only
 * qualifies a currency or a named accord ("U.S. dlrs", "Swiss francs", "the Paris accord": see
 * {@link #qualifierMentions}); the place of a wire dateline opening the text ("SALVADOR, Feb 26 -", see
 * {@link #datelineMentions}) is the story's place and counts {@link Parameters#datelineWeight} times instead of the
 * lead's factor. The focus countries are those
 * whose weight reaches {@link Parameters#minShare} of the heaviest country's, or {@link Parameters#keepWeight} in
 * itself (a country named often in a story dominated by another). An organisation mention with a country ("Bank of Japan",
 * "U.S. Treasury", "Federal Reserve") adds {@link Parameters#actorWeight} (times the same position factor); people's
 * affiliations and international wire services quoted as sources ("told Reuters") are not counted. Plain Java, stateless.
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
     * @param qualifierWeight factor for a mention that qualifies a currency or an accord ("U.S. dlrs", "Paris Club");
     *     1: no discount
     * @param keepWeight a country weighing this much is a focus country whatever its share; infinity turns this off
     * @param datelineWeight factor for the place of the dateline opening the text, instead of the lead's
     */
    public record Parameters(double titleWeight, double leadWeight, int leadChars, double demonymWeight, double minShare,
                             double actorWeight, double qualifierWeight, double keepWeight, double datelineWeight) {
        /** Checks the ranges: weights positive (the actor weight may be 0), lead not negative, share in (0, 1]. */
        public Parameters {
            if (titleWeight <= 0 || leadWeight <= 0 || demonymWeight <= 0 || actorWeight < 0 || leadChars < 0
                    || minShare <= 0 || minShare > 1 || qualifierWeight <= 0 || qualifierWeight > 1 || !(keepWeight > 0)
                    || datelineWeight <= 0) {
                throw new IllegalArgumentException("weights must be positive (actor weight 0 or more), leadChars not "
                        + "negative, minShare and qualifierWeight in (0, 1], keepWeight and datelineWeight positive");
            }
        }

        /** Parameters whose dateline counts as the rest of the lead. */
        public Parameters(double titleWeight, double leadWeight, int leadChars, double demonymWeight, double minShare,
                          double actorWeight, double qualifierWeight, double keepWeight) {
            this(titleWeight, leadWeight, leadChars, demonymWeight, minShare, actorWeight, qualifierWeight, keepWeight,
                    leadWeight);
        }

        /** Parameters without the qualifier discount and without the absolute keep weight. */
        public Parameters(double titleWeight, double leadWeight, int leadChars, double demonymWeight, double minShare,
                          double actorWeight) {
            this(titleWeight, leadWeight, leadChars, demonymWeight, minShare, actorWeight, 1.0, Double.POSITIVE_INFINITY);
        }
    }

    /**
     * The parameters newstrends uses, chosen on the even-numbered half of the labelled Reuters-21578 train
     * documents (highest attainable recall at a precision of at least 0.80; see docs/extraction.md).
     */
    public static final Parameters DEFAULT = new Parameters(4.0, 3.0, 150, 1.0, 0.45, 0.5, 0.5, 3.0, 6.0);

    /** International wire services (canonical names): "told Reuters" says nothing about where a story is. */
    private static final Set<String> INTERNATIONAL_WIRES =
            Set.of("Reuters", "Associated Press", "Agence France-Presse", "Bloomberg");

    /**
     * Nouns (lower case) that a place name before them only qualifies: currencies ("U.S. dlrs") and named accords
     * or creditor clubs ("the Paris accord", "Paris Club").
     */
    private static final Set<String> QUALIFIED_NOUNS = Set.of(
            "dollar", "dollars", "dlr", "dlrs", "franc", "francs", "yen", "mark", "marks", "pound", "pounds", "sterling",
            "stg", "guilder", "guilders", "lira", "lire", "crown", "crowns", "krona", "kronor", "krone", "kroner",
            "peso", "pesos", "rupee", "rupees", "euro", "euros", "yuan", "rouble", "roubles", "ruble", "rubles",
            "currency", "currencies", "cents", "cts", "accord", "accords", "pact", "club", "protocol");

    private final Parameters parameters;

    private static final DocumentCountries SHARED = new DocumentCountries();

    /** Focus countries with the {@link #DEFAULT} parameters, shared (the class is stateless). */
    public static DocumentCountries shared() {
        return SHARED;
    }

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
            if (m.isLocation() && m.country() != null) out.add(m.country());
        }
        return out;
    }

    /** The weight of each country of a location mention (or, with an actor weight, an organisation mention), by ISO2 code. */
    public SortedMap<String, Double> weights(List<Mention> mentions) {
        return weights(mentions, Set.of());
    }

    /**
     * Like {@link #weights(List)}, the mentions in {@code qualifiers} (from {@link #qualifierMentions}) weighing
     * {@link Parameters#qualifierWeight} times less.
     */
    public SortedMap<String, Double> weights(List<Mention> mentions, Set<Mention> qualifiers) {
        return weights(mentions, qualifiers, Set.of());
    }

    /**
     * Like {@link #weights(List, Set)}, the mentions in {@code datelines} (from {@link #datelineMentions}) counting
     * {@link Parameters#datelineWeight} times.
     */
    public SortedMap<String, Double> weights(List<Mention> mentions, Set<Mention> qualifiers, Set<Mention> datelines) {
        SortedMap<String, Double> weights = new TreeMap<>();
        for (Mention m : mentions) {
            if (m.country() == null) continue;
            boolean location = m.isLocation();
            if (!location && (parameters.actorWeight() == 0 || m.entityType() != MentionType.ORGANIZATION
                    || INTERNATIONAL_WIRES.contains(m.canonical()))) {
                continue;
            }
            double w = !location ? parameters.actorWeight() : m.demonym() ? parameters.demonymWeight() : 1.0;
            if (m.textField() == Field.TITLE) w *= parameters.titleWeight();
            else if (datelines.contains(m)) w *= parameters.datelineWeight();
            else if (m.start() < parameters.leadChars()) w *= parameters.leadWeight();
            if (qualifiers.contains(m)) w *= parameters.qualifierWeight();
            weights.merge(m.country(), w, Double::sum);
        }
        return weights;
    }

    /** The focus countries of an article's mentions, sorted; empty when no location mention has a country. */
    public SortedSet<String> focus(List<Mention> mentions) {
        return focus(mentions, Set.of());
    }

    /** The focus countries, the mentions in {@code qualifiers} (from {@link #qualifierMentions}) discounted. */
    public SortedSet<String> focus(List<Mention> mentions, Set<Mention> qualifiers) {
        return focus(mentions, qualifiers, Set.of());
    }

    /** The focus countries, the {@code qualifiers} discounted and the {@code datelines} weighed as such. */
    public SortedSet<String> focus(List<Mention> mentions, Set<Mention> qualifiers, Set<Mention> datelines) {
        return focus(weights(mentions, qualifiers, datelines));
    }

    private SortedSet<String> focus(SortedMap<String, Double> weights) {
        double top = 0;
        for (double w : weights.values()) top = Math.max(top, w);
        SortedSet<String> out = new TreeSet<>();
        for (var e : weights.entrySet()) {
            if (e.getValue() >= parameters.minShare() * top - 1e-9 || e.getValue() >= parameters.keepWeight() - 1e-9) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The focus countries of mentions found in {@code fields}, qualifiers ("U.S. dlrs", "Paris accord") discounted. */
    public SortedSet<String> focus(List<Mention> mentions, List<FieldText> fields) {
        return focus(mentions, qualifierMentions(mentions, fields), datelineMentions(mentions, fields));
    }

    /** The location mentions that are the place of the dateline opening the text field ({@link Dateline}). */
    public static Set<Mention> datelineMentions(List<Mention> mentions, List<FieldText> fields) {
        for (FieldText f : fields) {
            if (f.field() != Field.TEXT) continue;
            Dateline d = Dateline.find(f.text());
            if (d == null) return Set.of();
            for (Mention m : mentions) {
                if (m.isLocation() && m.textField() == Field.TEXT && m.start() == d.placeStart() && m.end() == d.placeEnd()) {
                    return Set.of(m);
                }
            }
        }
        return Set.of();
    }

    /**
     * The location mentions that only qualify a currency or an accord: the next word of their field is one of
     * those nouns ("U.S. dlrs", "Swiss francs", "the Australian dollar", "the Paris accord"). Mentions in fields
     * not given are never qualifiers.
     */
    public static Set<Mention> qualifierMentions(List<Mention> mentions, List<FieldText> fields) {
        Set<Mention> out = new HashSet<>();
        for (Mention m : mentions) {
            if (!m.isLocation()) continue;
            for (FieldText f : fields) {
                if (f.field() == m.textField() && QUALIFIED_NOUNS.contains(nextWord(f.text(), m.end()))) out.add(m);
            }
        }
        return out;
    }

    private static String nextWord(String text, int from) {
        int i = Math.min(Math.max(from, 0), text.length());
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        return Surface.lowerKey(text.substring(start, i));
    }

    /**
     * The focus countries of mentions found in {@code fields}, heaviest first (ties by code), each with its share of
     * the weight of every country the mentions name: what the extract output lists as an article's
     * {@code countries}.
     */
    public List<CountryWeight> countries(List<Mention> mentions, List<FieldText> fields) {
        SortedMap<String, Double> weights = weights(mentions, qualifierMentions(mentions, fields),
                datelineMentions(mentions, fields));
        double total = 0;
        for (double w : weights.values()) total += w;
        List<CountryWeight> out = new ArrayList<>();
        for (String country : focus(weights)) {
            out.add(new CountryWeight(country, Math.round(weights.get(country) / total * 1000.0) / 1000.0));
        }
        out.sort(Comparator.comparingDouble(CountryWeight::weight).reversed().thenComparing(CountryWeight::country));
        return List.copyOf(out);
    }

    /** The focus countries of an extracted article (without its text: no qualifier discount). */
    public SortedSet<String> focus(ExtractedArticle article) {
        return focus(article.mentions());
    }
}
