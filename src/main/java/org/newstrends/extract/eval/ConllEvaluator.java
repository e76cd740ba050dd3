package org.newstrends.extract.eval;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.extract.ExtractedArticle;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.Mention;
import org.newstrends.ingest.Article;

/**
 * Runs {@link ArticleExtractor} over CoNLL documents and scores its spans exactly against the gold tags.
 *
 * <p>Mapping: actor {@code PERSON} to PER, actor {@code ORGANIZATION} to ORG, every non-demonym location to
 * LOC; demonyms and gold MISC are not scored; a mention nested in a longer one or inside one token is not scored. Each document is the article text (no title).
 */
public final class ConllEvaluator {

    /** Types that are scored; gold spans of other types (MISC) are ignored. */
    public static final Set<String> SCORED = Set.of("PER", "LOC", "ORG");

    private final ArticleExtractor extractor;
    private final ScoreTable scores = new ScoreTable();
    private long tokens;
    private long nanos;

    /** An evaluator that scores {@code extractor}. */
    public ConllEvaluator(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** The predicted spans of one text, mapped to CoNLL types. */
    public List<Span> predict(String id, String text) {
        ExtractedArticle extracted = extractor.extract(
                new Article(id, LocalDate.of(1996, 8, 30), "conll2003", "", text, null));
        List<Span> all = new ArrayList<>();
        for (Mention m : extracted.mentions()) {
            String type = conllType(m);
            if (type != null && m.textField() == Field.TEXT) all.add(new Span(m.start(), m.end(), type));
        }
        List<Span> spans = new ArrayList<>();
        for (Span s : all) {
            if (!insideAnother(s, all) && wholeTokens(text, s)) spans.add(s);
        }
        return spans;
    }

    /**
     * CoNLL tags are flat: of nested mentions (the location "U.S." inside the organisation "U.S. District Court")
     * only the outermost is scored.
     */
    private static boolean insideAnother(Span s, List<Span> spans) {
        for (Span o : spans) {
            if (o != s && o.start() <= s.start() && s.end() <= o.end() && o.end() - o.start() > s.end() - s.start()) return true;
        }
        return false;
    }

    /**
     * CoNLL tags whole tokens: a mention inside one token (the "U.S." of "U.S.-made", which CoNLL tags as one
     * MISC word) can match no gold span and is not scored.
     */
    private static boolean wholeTokens(String text, Span s) {
        boolean startsToken = s.start() == 0 || Character.isWhitespace(text.charAt(s.start() - 1));
        boolean endsToken = s.end() == text.length() || Character.isWhitespace(text.charAt(s.end()));
        return startsToken && endsToken;
    }

    /** The CoNLL type a mention is scored as, or null when it is not scored. */
    public static String conllType(Mention m) {
        return switch (m.entityType()) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            default -> m.demonym() ? null : "LOC";
        };
    }

    /** Scores one document; when {@code errors} is not null, writes its misses and false alarms there. */
    public void score(ConllDocument doc, PrintWriter errors) {
        long t0 = System.nanoTime();
        List<Span> predicted = predict(doc.id(), doc.text());
        nanos += System.nanoTime() - t0;
        tokens += doc.tokenCount();
        Set<Span> gold = new TreeSet<>();
        for (Span s : doc.gold()) {
            if (SCORED.contains(s.type())) gold.add(s);
        }
        Set<Span> pred = new TreeSet<>(predicted);
        for (Span p : pred) {
            if (gold.contains(p)) {
                scores.truePositive(p.type());
            } else {
                scores.falsePositive(p.type());
                if (errors != null) errors.println(doc.id() + "\tFP\t" + p.type() + "\t" + describe(doc, p));
            }
        }
        for (Span g : gold) {
            if (!pred.contains(g)) {
                scores.falseNegative(g.type());
                if (errors != null) errors.println(doc.id() + "\tFN\t" + g.type() + "\t" + describe(doc, g));
            }
        }
    }

    private static String describe(ConllDocument doc, Span s) {
        String text = doc.text();
        int from = Math.max(0, s.start() - 40);
        int to = Math.min(text.length(), s.end() + 40);
        String context = (text.substring(from, s.start()) + "[[" + text.substring(s.start(), s.end()) + "]]"
                + text.substring(s.end(), to)).replace('\n', ' ');
        return text.substring(s.start(), s.end()) + "\t" + context;
    }

    /** The scores so far. */
    public ScoreTable scores() {
        return scores;
    }

    /** Tokens extracted so far. */
    public long tokens() {
        return tokens;
    }

    /** Wall-clock nanoseconds spent in extraction so far. */
    public long extractionNanos() {
        return nanos;
    }
}
