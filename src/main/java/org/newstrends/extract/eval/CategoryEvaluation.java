package org.newstrends.extract.eval;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;
import org.newstrends.extract.theme.ThemeCategory;

/**
 * Scores a category decision against a labelled set: each article's decided category against the category its
 * label maps to, counted in a {@link CategoryConfusion}.
 */
public final class CategoryEvaluation {

    private final Function<LabelledArticle, Optional<ThemeCategory>> decision;

    /** An evaluation of {@code decision}: an article's category, empty when it decides none. */
    public CategoryEvaluation(Function<LabelledArticle, Optional<ThemeCategory>> decision) {
        this.decision = decision;
    }

    /**
     * The confusion of the decision over {@code set}; when {@code errors} is given, every wrongly decided article
     * is written to it as a tab-separated line: set, id, label, labelled category, decided category, title.
     */
    public CategoryConfusion score(LabelledSet set, PrintWriter errors) {
        CategoryConfusion confusion = new CategoryConfusion();
        for (LabelledArticle article : set.articles()) {
            Optional<ThemeCategory> decided = decision.apply(article);
            confusion.add(article.category(), decided);
            if (errors != null && !decided.equals(Optional.of(article.category()))) {
                errors.println(String.join("\t", set.name(), article.id(), article.label(), article.category().name(),
                        decided.map(Enum::name).orElse("none"), article.title().replace('\t', ' ')));
            }
        }
        return confusion;
    }
}
