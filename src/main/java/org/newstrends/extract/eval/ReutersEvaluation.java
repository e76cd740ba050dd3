package org.newstrends.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.newstrends.extract.CountryWeight;
import org.newstrends.extract.DocumentCountries;
import org.newstrends.extract.ExtractedArticle;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;
import org.newstrends.ingest.Article;

/**
 * Scores document-level countries on Reuters-21578 JSON Lines ({@code places} labels) four ways:
 * <ol>
 *   <li><b>strict</b>: a document's countries are the countries of all its location mentions;</li>
 *   <li><b>focus</b>: its salient countries by {@link DocumentCountries};</li>
 *   <li><b>focus, attainable</b>: the same predictions, recall counted over the labelled countries that some
 *       phrase of the document names under any gazetteer reading or that some mention carries (an earlier copy
 *       of the data had lost the datelines that located most one-line company reports);</li>
 *   <li><b>countries output</b>: the {@code countries} field of the extract output, scored as it is.</li>
 * </ol>
 * The share of attainable labels is the <b>cap</b> any mention-based reading can reach. A dataset-specific
 * fallback country for documents with no focus country is scored separately when given. Every figure is
 * given for all labelled documents and for the even- and odd-numbered halves, so parameters chosen on one
 * half ({@link #sweep}) can be checked on the other.
 */
public final class ReutersEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One labelled document: its gold countries, the attainable ones (named by some phrase under any gazetteer
     * reading, or the country of some mention, such as the organisation "Federal Reserve") and its mentions with a
     * country, those of them that only qualify a currency or an accord ("U.S. dlrs", {@link DocumentCountries#qualifierMentions}),
     * the one that is the place of its dateline ({@link DocumentCountries#datelineMentions}), and the {@code countries}
     * the extractor gave it.
     */
    public record Document(int index, SortedSet<String> gold, SortedSet<String> attainable, List<Mention> mentions,
                           Set<Mention> qualifiers, Set<Mention> datelines, SortedSet<String> output) { }

    /** The figures of one run: documents, skipped documents and labels, and the scores per reading and half. */
    public record Report(List<Document> documents, ReutersScore skipped) { }

    private final Function<Article, ExtractedArticle> extract;
    private final Function<Article, Set<String>> namedCountries;

    /**
     * An evaluation of what {@code extract} finds in an article (its mentions and its {@code countries});
     * {@code namedCountries} gives every country any phrase of the article names under any reading (for the
     * attainable recall).
     */
    public ReutersEvaluation(Function<Article, ExtractedArticle> extract, Function<Article, Set<String>> namedCountries) {
        this.extract = extract;
        this.namedCountries = namedCountries;
    }

    /**
     * An evaluation of what {@code mentions} finds in an article, its {@code countries} those
     * {@link DocumentCountries#shared()} gives for them.
     */
    public static ReutersEvaluation ofMentions(Function<Article, List<Mention>> mentions,
                                               Function<Article, Set<String>> namedCountries) {
        return new ReutersEvaluation(article -> {
            List<Mention> found = mentions.apply(article);
            List<FieldText> fields = FieldText.article(article.getTitle(), article.getText());
            return new ExtractedArticle(article.getId(), article.getDate(), found, List.of(),
                    DocumentCountries.shared().countries(found, fields));
        }, namedCountries);
    }

    /** Reads every record of {@code reader} (at most {@code limit} labelled documents, 0: all) and extracts it. */
    public Report read(BufferedReader reader, int limit) throws IOException {
        ReutersScore skipped = new ReutersScore();
        List<Document> documents = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null && (limit <= 0 || documents.size() < limit)) {
            if (line.isBlank()) continue;
            JsonNode record = JSON.readTree(line);
            SortedSet<String> gold = new TreeSet<>();
            for (JsonNode code : record.path("places")) {
                Optional<String> iso2 = ReutersPlaces.iso2(code.asText());
                if (iso2.isPresent()) gold.add(iso2.get());
                else skipped.skippedLabel(code.asText());
            }
            if (gold.isEmpty()) {
                skipped.skippedDocument();
                continue;
            }
            Article article = toArticle(record);
            ExtractedArticle extracted = extract.apply(article);
            SortedSet<String> output = new TreeSet<>();
            for (CountryWeight c : extracted.countries()) output.add(c.country());
            List<Mention> withCountry = new ArrayList<>();
            for (Mention m : extracted.mentions()) {
                if (m.country() != null) withCountry.add(m);
            }
            SortedSet<String> attainable = new TreeSet<>(gold);
            Set<String> named = new TreeSet<>(namedCountries.apply(article));
            for (Mention m : withCountry) named.add(m.country());
            attainable.retainAll(named);
            List<FieldText> texts = List.of(new FieldText(Field.TITLE, article.getTitle(), List.of()),
                    new FieldText(Field.TEXT, article.getText(), List.of()));
            documents.add(new Document(documents.size(), gold, attainable, List.copyOf(withCountry),
                    Set.copyOf(DocumentCountries.qualifierMentions(withCountry, texts)),
                    Set.copyOf(DocumentCountries.datelineMentions(withCountry, texts)), output));
        }
        return new Report(List.copyOf(documents), skipped);
    }

    /** Which documents a score covers. */
    public enum Half {
        /** Every labelled document. */
        ALL,
        /** Documents 0, 2, 4, ... in file order (where parameters are chosen). */
        EVEN,
        /** Documents 1, 3, 5, ... (where chosen parameters are checked). */
        ODD;

        boolean covers(Document d) {
            return this == ALL || (d.index() % 2 == 0) == (this == EVEN);
        }
    }

    /** The strict reading: every country of a location mention. */
    public static ReutersScore strict(List<Document> documents, Half half) {
        ReutersScore score = new ReutersScore();
        for (Document d : documents) {
            if (half.covers(d)) score(score, d.gold(), d.gold(), DocumentCountries.named(d.mentions()));
        }
        return score;
    }

    /**
     * The focus countries; with {@code attainableOnly} a labelled country no phrase names is not a miss; with a
     * {@code fallbackCountry}, documents without any focus country predict that one.
     */
    public static ReutersScore focus(List<Document> documents, Half half, DocumentCountries focus,
                                     boolean attainableOnly, String fallbackCountry) {
        ReutersScore score = new ReutersScore();
        for (Document d : documents) {
            if (!half.covers(d)) continue;
            SortedSet<String> predicted = focus.focus(d.mentions(), d.qualifiers(), d.datelines());
            if (predicted.isEmpty() && fallbackCountry != null) predicted.add(fallbackCountry);
            score(score, d.gold(), attainableOnly ? d.attainable() : d.gold(), predicted);
        }
        return score;
    }

    /** The {@code countries} the extractor output, as they are: its default focus parameters, whatever the options. */
    public static ReutersScore output(List<Document> documents, Half half) {
        ReutersScore score = new ReutersScore();
        for (Document d : documents) {
            if (half.covers(d)) score(score, d.gold(), d.gold(), d.output());
        }
        return score;
    }

    /** Labelled (document, country) pairs and the attainable ones among them, for a half. */
    public static int[] cap(List<Document> documents, Half half) {
        int gold = 0;
        int attainable = 0;
        for (Document d : documents) {
            if (!half.covers(d)) continue;
            gold += d.gold().size();
            attainable += d.attainable().size();
        }
        return new int[] {gold, attainable};
    }

    /** Scores one document: a prediction outside {@code gold} is a false positive, a {@code missable} label not predicted a miss. */
    private static void score(ReutersScore score, Set<String> gold, Set<String> missable, Set<String> predicted) {
        score.document();
        for (String c : predicted) {
            if (gold.contains(c)) score.truePositive(c);
            else score.falsePositive(c);
        }
        for (String c : missable) {
            if (!predicted.contains(c)) score.falseNegative(c);
        }
    }

    /**
     * Chooses focus parameters on the EVEN half: over a fixed grid, the highest attainable recall at a precision
     * of at least {@code minPrecision}, ties to the higher precision; if no point reaches it, the highest F1.
     */
    public static DocumentCountries.Parameters sweep(List<Document> documents, double minPrecision) {
        DocumentCountries.Parameters best = null;
        double bestRecall = -1;
        double bestPrecision = -1;
        double bestF1 = -1;
        boolean bestReaches = false;
        for (double title : new double[] {2, 3, 4}) {
          for (double lead : new double[] {1.5, 2, 3}) {
            for (int leadChars : new int[] {150, 300, 500}) {
              for (double demonym : new double[] {0.5, 1}) {
                for (int share = 4; share <= 12; share++) {
                  for (double actor : new double[] {0, 0.5, 1}) {
                    for (double qualifier : new double[] {1, 0.5, 0.25}) {
                      for (double keep : new double[] {Double.POSITIVE_INFINITY, 3, 4, 5, 6}) {
                        for (double dateline : new double[] {lead, 4, 6, 10}) {
                          DocumentCountries.Parameters p = new DocumentCountries.Parameters(
                                  title, lead, leadChars, demonym, share / 20.0, actor, qualifier, keep, dateline);
                          ReutersScore s = focus(documents, Half.EVEN, new DocumentCountries(p), true, null);
                          boolean reaches = s.precision() >= minPrecision;
                          boolean better = reaches
                                  ? !bestReaches || s.recall() > bestRecall + 1e-12
                                          || Math.abs(s.recall() - bestRecall) <= 1e-12 && s.precision() > bestPrecision
                                  : !bestReaches && s.f1() > bestF1;
                          if (better) {
                              best = p;
                              bestReaches = reaches;
                              bestRecall = s.recall();
                              bestPrecision = s.precision();
                              bestF1 = s.f1();
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        return best;
    }

    /** The three readings (and the fallback, when given) for all documents and each half, as a table. */
    public static String format(List<Document> documents, DocumentCountries focus, String fallbackCountry) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-42s %-22s %-22s %-22s%n", "reading (P / R / F1)", "all", "even half", "odd half"));
        row(sb, "1 strict: all location mentions", h -> strict(documents, h));
        row(sb, "2 focus countries", h -> focus(documents, h, focus, false, null));
        row(sb, "3 focus, recall over attainable", h -> focus(documents, h, focus, true, null));
        row(sb, "4 countries output of extract", h -> output(documents, h));
        if (fallbackCountry != null) {
            row(sb, "focus + fallback " + fallbackCountry + " (dataset-specific)", h -> focus(documents, h, focus, false, fallbackCountry));
        }
        sb.append(String.format(Locale.ROOT, "%-42s", "cap: attainable / labelled pairs"));
        for (Half h : Half.values()) {
            int[] c = cap(documents, h);
            sb.append(String.format(Locale.ROOT, " %-22s", String.format(Locale.ROOT, "%.3f (%d/%d)",
                    c[0] == 0 ? 0.0 : (double) c[1] / c[0], c[1], c[0])));
        }
        sb.append(System.lineSeparator());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, Function<Half, ReutersScore> score) {
        sb.append(String.format(Locale.ROOT, "%-42s", label));
        for (Half h : Half.values()) {
            ReutersScore s = score.apply(h);
            sb.append(String.format(Locale.ROOT, " %-22s", String.format(Locale.ROOT, "%.3f / %.3f / %.3f",
                    s.precision(), s.recall(), s.f1())));
        }
        sb.append(System.lineSeparator());
    }

    private static Article toArticle(JsonNode record) {
        String date = record.path("date").asText("");
        LocalDate day = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
        return new Article(record.path("id").asText(""), day, record.path("source").asText("Reuters"),
                record.path("title").asText(""), record.path("text").asText(""), null);
    }
}
