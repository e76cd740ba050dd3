package org.newstrends.aggregate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.newstrends.extract.text.Mention;
import org.newstrends.ingest.Article;

/**
 * Applies the job's {@link AliasTable} to the entity rows: renames and merges entities by canonical name, and adds
 * the entities of lines with a type where their alias is found in an article as a phrase and the article has no
 * row of that entity yet (so an entity the extractor found is never counted twice). Rows that become the same
 * entity of the same article are merged: mentions and written forms summed.
 */
public final class Aliases {
    private static final Encoder<EntityArticle> ENCODER = Encoders.bean(EntityArticle.class);

    private Aliases() { }

    /** {@code rows} with {@code table} applied; {@code articles} are searched for the added entities. */
    public static Dataset<EntityArticle> apply(Dataset<EntityArticle> rows, Dataset<Article> articles, AliasTable table) {
        if (table.entries().isEmpty()) return rows;
        Dataset<EntityArticle> renamed = rows.map((MapFunction<EntityArticle, EntityArticle>) r -> renamed(r, table), ENCODER)
                .groupByKey((MapFunction<EntityArticle, String>) Aliases::rowKey, Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, EntityArticle, EntityArticle>) (k, group) -> merged(group), ENCODER);
        List<AliasTable.Entry> added = table.entries().stream().filter(AliasTable.Entry::addsEntity).toList();
        if (added.isEmpty()) return renamed;
        List<PhraseMatcher> matchers = added.stream().map(e -> new PhraseMatcher(e.alias(), false)).toList();
        Dataset<EntityArticle> found = articles.flatMap(
                (FlatMapFunction<Article, EntityArticle>) a -> phraseRows(a, added, matchers).iterator(), ENCODER);
        Dataset<EntityArticle> missing = found.join(renamed,
                        found.col("articleId").equalTo(renamed.col("articleId"))
                                .and(found.col("kind").equalTo(renamed.col("kind")))
                                .and(found.col("key").equalTo(renamed.col("key"))), "left_anti")
                .as(ENCODER);
        return renamed.union(missing);
    }

    /** {@code row} counted as the canonical entity its alias line names, or unchanged. */
    static EntityArticle renamed(EntityArticle row, AliasTable table) {
        AliasTable.Entry e = table.lookup(row.getKind(), row.getEntity());
        if (e == null) return row;
        String type = e.type() != null ? e.type() : row.getType();
        String country = e.type() != null ? e.country() : row.getCountry();
        EntityArticle out = new EntityArticle(row.getArticleId(), row.getDate(), row.getKind(),
                key(row.getKind(), e.canonical(), type, country), e.canonical(), type, country, row.getMentions(),
                row.getSurfaces() == null ? new TreeMap<>() : new TreeMap<>(row.getSurfaces()));
        out.setSource(row.getSource());
        out.setKept(row.isKept());
        return out;
    }

    /** The rows of the added entities found in {@code article}'s title and text. */
    static List<EntityArticle> phraseRows(Article article, List<AliasTable.Entry> added) {
        return phraseRows(article, added, added.stream().map(e -> new PhraseMatcher(e.alias(), false)).toList());
    }

    private static List<EntityArticle> phraseRows(Article article, List<AliasTable.Entry> added,
                                                  List<PhraseMatcher> matchers) {
        List<EntityArticle> out = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            AliasTable.Entry e = added.get(i);
            PhraseMatcher m = matchers.get(i);
            int n = m.count(article.getTitle()) + m.count(article.getText());
            if (n == 0) continue;
            Map<String, Long> surfaces = new TreeMap<>();
            surfaces.put(e.alias(), (long) n);
            EntityArticle row = new EntityArticle(article.getId(), article.getDate(), e.kind(),
                    key(e.kind(), e.canonical(), e.type(), e.country()), e.canonical(), e.type(), e.country(), n, surfaces);
            row.setSource(article.getSource());
            out.add(row);
        }
        return out;
    }

    /** The key that tells entities apart, as {@link EntityArticles} makes it. */
    static String key(String kind, String canonical, String type, String country) {
        return Mention.LOCATION.equals(kind) ? canonical + '|' + type + '|' + (country == null ? "" : country) : canonical;
    }

    private static String rowKey(EntityArticle r) {
        return r.getArticleId() + '\u0000' + r.getKind() + '\u0000' + r.getKey();
    }

    private static EntityArticle merged(Iterator<EntityArticle> group) {
        List<EntityArticle> all = new ArrayList<>();
        group.forEachRemaining(all::add);
        if (all.size() == 1) return all.get(0);
        all.sort(java.util.Comparator.comparingLong(EntityArticle::getMentions).reversed()
                .thenComparing(EntityArticle::getType, java.util.Comparator.nullsLast(String::compareTo))
                .thenComparing(EntityArticle::getCountry, java.util.Comparator.nullsLast(String::compareTo)));
        EntityArticle first = all.get(0);
        Map<String, Long> surfaces = new TreeMap<>(first.getSurfaces() == null ? Map.of() : first.getSurfaces());
        long mentions = first.getMentions();
        String country = first.getCountry();
        for (EntityArticle r : all.subList(1, all.size())) {
            mentions += r.getMentions();
            if (r.getSurfaces() != null) r.getSurfaces().forEach((k, v) -> surfaces.merge(k, v, Long::sum));
            if (country == null || (r.getCountry() != null && r.getCountry().compareTo(country) < 0)) {
                country = r.getCountry() != null ? r.getCountry() : country;
            }
        }
        EntityArticle out = new EntityArticle(first.getArticleId(), first.getDate(), first.getKind(), first.getKey(),
                first.getEntity(), first.getType(), country, mentions, surfaces);
        out.setSource(first.getSource());
        out.setKept(first.isKept());
        return out;
    }
}
