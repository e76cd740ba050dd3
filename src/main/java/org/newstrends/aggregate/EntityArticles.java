package org.newstrends.aggregate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.extract.ExtractedArticle;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.ThemeHit;
import org.newstrends.ingest.Article;

/**
 * The extraction stage: each article becomes one {@link EntityArticle} row per entity it names, with the
 * entity's mention count in that article. Runs {@link ArticleExtractor} once per partition's JVM.
 */
public final class EntityArticles {
    /** The kind of theme rows (actors and locations use {@link Mention#ACTOR} and {@link Mention#LOCATION}). */
    public static final String THEME = "theme";

    private static final Encoder<EntityArticle> ENCODER = Encoders.bean(EntityArticle.class);

    private EntityArticles() { }

    /** Extracts every article with the extraction method {@code method} (see {@link ArticleExtractor#forMethod}) and returns its entity rows. */
    public static Dataset<EntityArticle> extract(Dataset<Article> articles, String method) {
        return articles.mapPartitions(
                (MapPartitionsFunction<Article, EntityArticle>) partition -> extractAll(partition, method), ENCODER);
    }

    private static Iterator<EntityArticle> extractAll(Iterator<Article> articles, String method) {
        ArticleExtractor extractor = ArticleExtractor.forMethod(method);
        return new Iterator<>() {
            private Iterator<EntityArticle> current = List.<EntityArticle>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && articles.hasNext()) {
                    Article article = articles.next();
                    current = rows(article.getText(), extractor.extract(article)).iterator();
                }
                return current.hasNext();
            }

            @Override
            public EntityArticle next() {
                hasNext();
                return current.next();
            }
        };
    }

    /**
     * The entity rows of one extracted article, in first-mention order: one per entity, counting its mentions.
     * An actor's type and country are those of its first mention that states a country (else its first mention).
     * The written forms are the mentions' texts, and for themes the lower-cased evidence terms of {@code text}.
     */
    public static List<EntityArticle> rows(String text, ExtractedArticle article) {
        Map<String, EntityArticle> byKey = new LinkedHashMap<>();
        for (Mention m : article.mentions()) {
            String key = keyOf(m);
            EntityArticle row = byKey.get(m.kind() + '\u0000' + key);
            if (row == null) {
                row = new EntityArticle(article.id(), article.date(), m.kind(), key, m.canonical(), m.type(),
                        m.country(), 1, new TreeMap<>());
                byKey.put(m.kind() + '\u0000' + key, row);
            } else {
                row.setMentions(row.getMentions() + 1);
                if (row.getCountry() == null && m.country() != null) row.setCountry(m.country());
            }
            row.getSurfaces().merge(m.text(), 1L, Long::sum);
        }
        List<EntityArticle> out = new ArrayList<>(byKey.values());
        for (ThemeHit t : article.themes()) {
            Map<String, Long> terms = new TreeMap<>();
            for (int[] e : t.evidence()) {
                if (text != null && e[1] <= text.length()) {
                    terms.merge(text.substring(e[0], e[1]).toLowerCase(Locale.ROOT), 1L, Long::sum);
                }
            }
            out.add(new EntityArticle(article.id(), article.date(), THEME, t.theme(), t.theme(), t.category(), null,
                    Math.max(1, t.evidence().size()), terms));
        }
        return out;
    }

    /** What tells entities apart: locations by name, type and country; actors and themes by name. */
    static String keyOf(Mention m) {
        if (Mention.LOCATION.equals(m.kind())) {
            return m.canonical() + '|' + m.type() + '|' + (m.country() == null ? "" : m.country());
        }
        return m.canonical();
    }
}
