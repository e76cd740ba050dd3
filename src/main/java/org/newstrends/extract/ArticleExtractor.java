package org.newstrends.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newstrends.extract.actor.ActorRecognizer;
import org.newstrends.extract.actor.ActorResult;
import org.newstrends.extract.location.LocationRecognizer;
import org.newstrends.extract.theme.ThemeScorer;
import org.newstrends.ingest.Article;

/**
 * Turns one article into its mentions and themes. Plain Java: lexicons load once per JVM
 * (see {@link #shared()}), so Spark executors call it from {@code mapPartitions} with no per-article setup.
 *
 * <p>Order of work: the title and text are tokenised; actors are found first and the spans they claim are
 * passed to the location recogniser, so a place name inside a person's name ("Lloyd Austin") is not a place;
 * then themes are scored. Mentions are sorted by field (title first), then offset.
 */
public final class ArticleExtractor implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Name of the title field of mentions. */
    public static final String FIELD_TITLE = "title";
    /** Name of the text field of mentions. */
    public static final String FIELD_TEXT = "text";

    private static final Comparator<Mention> ORDER = Comparator
            .comparingInt((Mention m) -> m.field().equals(FIELD_TITLE) ? 0 : 1)
            .thenComparingInt(Mention::start)
            .thenComparingInt(Mention::end)
            .thenComparing(Mention::kind);

    private ArticleExtractor() { }

    /** The extractor of this JVM, with its lexicons loaded on first use. */
    public static ArticleExtractor shared() {
        return Holder.INSTANCE;
    }

    /** Extracts the mentions (title then text, in offset order) and themes of {@code article}. */
    public ExtractedArticle extract(Article article) {
        FieldText title = FieldText.of(FIELD_TITLE, article.getTitle());
        FieldText text = FieldText.of(FIELD_TEXT, article.getText());
        List<FieldText> fields = List.of(title, text);
        ActorResult actors = ActorRecognizer.shared().recognize(fields);
        List<Mention> mentions = new ArrayList<>(actors.mentions());
        mentions.addAll(LocationRecognizer.shared().recognize(fields, actors.claimed()));
        mentions.sort(ORDER);
        List<ThemeHit> themes = ThemeScorer.shared().score(title, text);
        return new ExtractedArticle(article.getId(), article.getDate(), List.copyOf(mentions), themes);
    }

    /** Reads back the one shared instance when Spark deserialises an extractor. */
    private Object readResolve() {
        return shared();
    }

    private static final class Holder {
        static final ArticleExtractor INSTANCE = new ArticleExtractor();
    }
}
