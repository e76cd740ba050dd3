package org.newstrends.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newstrends.extract.actor.ActorRecognizer;
import org.newstrends.extract.actor.ActorResult;
import org.newstrends.extract.location.Dateline;
import org.newstrends.extract.location.LocationRecognizer;
import org.newstrends.extract.tagger.NerTagger;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.NonStoryLines;
import org.newstrends.extract.text.SpanTagger;
import org.newstrends.extract.text.ThemeHit;
import org.newstrends.extract.theme.ThemeScorer;
import org.newstrends.ingest.Article;

/**
 * Turns one article into its mentions and themes by one extraction method. Plain Java: lexicons and models
 * load once per JVM (see {@link #forMethod}), so Spark executors call it from {@code mapPartitions} with no
 * per-article setup.
 *
 * <p>The methods:
 * <ul>
 *   <li>{@value #TAGGER} (the default): the project's statistical tagger ({@link NerTagger}) finds the names
 *       and their types, and {@link SpanResolver} canonicalises them with the lexicons and within-article
 *       resolution;</li>
 *   <li>{@value #RULES}: the rule recognisers find and resolve the names. Actors are found first and the
 *       spans they claim are passed to the location recogniser, so a place name inside a person's name
 *       ("Lloyd Austin") is not a place;</li>
 *   <li>{@value #CORENLP}: Stanford CoreNLP's CRF finds the names, resolved as for the tagger. Only in a jar
 *       built with {@code mvn -Pcorenlp package}.</li>
 * </ul>
 * Whatever the method, the mentions read in the text's headings, bylines and credits that are not the story's are
 * then dropped ({@link NonStoryLines}), and themes are scored. Mentions are sorted by field (title first), then offset.
 */
public final class ArticleExtractor implements Serializable {
    private static final long serialVersionUID = 2L;

    /** The method that runs the rule recognisers. */
    public static final String RULES = "rules";
    /** The method that runs the project's statistical tagger, then resolution. */
    public static final String TAGGER = "tagger";
    /** The method that runs Stanford CoreNLP's tagger, then resolution (needs the {@code corenlp} build). */
    public static final String CORENLP = "corenlp";
    /** Every extraction method, in the order the documentation lists them. */
    public static final List<String> METHODS = List.of(RULES, TAGGER, CORENLP);
    /** The method used when none is named. */
    public static final String DEFAULT_METHOD = TAGGER;

    /** The CoreNLP tagger, compiled only by the {@code corenlp} Maven profile. */
    static final String CORENLP_TAGGER_CLASS = "org.newstrends.extract.corenlp.CoreNlpTagger";

    private static final Comparator<Mention> ORDER = Comparator
            .comparing(Mention::textField)
            .thenComparingInt(Mention::start)
            .thenComparingInt(Mention::end)
            .thenComparing(Mention::entityKind);

    private static final Map<String, ArticleExtractor> INSTANCES = new ConcurrentHashMap<>();

    private final String method;
    /** The tagger of the method, null for {@value #RULES}. */
    private final transient SpanTagger tagger;

    private ArticleExtractor(String method, SpanTagger tagger) {
        this.method = method;
        this.tagger = tagger;
    }

    /**
     * The extractor of this JVM for {@code method} ({@value #TAGGER}, {@value #RULES} or {@value #CORENLP}),
     * created with its lexicons and model on first use.
     *
     * @throws IllegalArgumentException for an unknown method
     * @throws IllegalStateException when the method is not in this build ({@value #CORENLP} without the profile)
     */
    public static ArticleExtractor forMethod(String method) {
        requireAvailable(method);
        return INSTANCES.computeIfAbsent(method, ArticleExtractor::create);
    }

    /**
     * Checks that {@code method} is known and can run in this JVM, without loading anything.
     *
     * @throws IllegalArgumentException for an unknown method, naming the known ones
     * @throws IllegalStateException when {@value #CORENLP} is asked for in a build without it, saying how to build it
     */
    public static void requireAvailable(String method) {
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("extractor must be one of " + String.join(", ", METHODS)
                    + " (got '" + method + "')");
        }
        if (method.equals(CORENLP)) {
            try {
                Class.forName(CORENLP_TAGGER_CLASS, false, ArticleExtractor.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(coreNlpMissing(), e);
            }
        }
    }

    /** True when {@code method} is known and can run in this JVM ({@value #CORENLP} only in the corenlp build). */
    public static boolean isAvailable(String method) {
        try {
            requireAvailable(method);
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    /** The method this extractor runs. */
    public String method() {
        return method;
    }

    /** Extracts the mentions (title then text, in offset order), themes and focus countries of {@code article}. */
    public ExtractedArticle extract(Article article) {
        List<FieldText> fields = FieldText.article(article.getTitle(), article.getText());
        List<Mention> mentions = mentions(fields);
        List<ThemeHit> themes = ThemeScorer.shared().score(fields.get(0), fields.get(1), mentions);
        return new ExtractedArticle(article.getId(), article.getDate(), mentions, themes,
                DocumentCountries.shared().countries(mentions, fields));
    }

    /** The actor and location mentions of {@code article} (title then text, in offset order), without themes. */
    public List<Mention> mentions(Article article) {
        return mentions(FieldText.article(article.getTitle(), article.getText()));
    }

    private List<Mention> mentions(List<FieldText> fields) {
        List<Mention> mentions;
        if (tagger == null) {
            ActorResult actors = ActorRecognizer.shared().recognize(fields);
            mentions = new ArrayList<>(actors.mentions());
            mentions.addAll(LocationRecognizer.shared().recognize(fields, actors.claimed()));
        } else {
            mentions = SpanResolver.shared().resolve(fields, tagger.tag(fields));
        }
        withDateline(mentions, fields.get(1));
        mentions = new ArrayList<>(NonStoryLines.storyMentions(mentions, fields.get(1)));
        mentions.sort(ORDER);
        return List.copyOf(mentions);
    }

    /**
     * The place of a wire dateline opening the text ("SALVADOR, Feb 26 -") is the story's place: its mention, and
     * those of the regions after it ("TRENTON, N.J."), replace whatever else was read over them (a tagger's person
     * "HOUSTON", an organisation "KAN", a town the rules left out). The agency it credits ("NEW YORK (Reuters) -")
     * is who filed the story, not an actor of it.
     */
    private static void withDateline(List<Mention> mentions, FieldText text) {
        Dateline d = Dateline.find(text.text());
        if (d == null) return;
        if (d.credit() != null) {
            mentions.removeIf(m -> m.textField() == text.field() && m.start() < d.credit()[1] && d.credit()[0] < m.end());
        }
        for (Mention dateline : LocationRecognizer.shared().dateline(text, d)) {
            mentions.removeIf(m -> m.textField() == text.field() && m.start() < dateline.end() && dateline.start() < m.end());
            mentions.add(dateline);
        }
    }

    private static ArticleExtractor create(String method) {
        return switch (method) {
            case RULES -> new ArticleExtractor(RULES, null);
            case TAGGER -> new ArticleExtractor(TAGGER, NerTagger.shared());
            case CORENLP -> new ArticleExtractor(CORENLP, coreNlpTagger());
            default -> throw new IllegalArgumentException("unknown extractor '" + method + "'");
        };
    }

    private static SpanTagger coreNlpTagger() {
        try {
            return (SpanTagger) Class.forName(CORENLP_TAGGER_CLASS).getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(coreNlpMissing(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start the corenlp extractor: " + e, e);
        }
    }

    private static String coreNlpMissing() {
        return "the corenlp extractor is not in this build; build the jar with 'mvn -Pcorenlp package' "
                + "(CoreNLP is GPL-3.0, so the default build leaves it out)";
    }

    /** Reads back the one shared instance of the method when Spark deserialises an extractor. */
    private Object readResolve() {
        return forMethod(method);
    }
}
