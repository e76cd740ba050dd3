package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.newstrends.ingest.Article;
import scala.Tuple2;

/**
 * Watch queries counted per period (docs/measures.md, "Watchlists"): an article matches a query when any of its
 * terms matches; it counts once per query however many terms match. Every query has a row for every period.
 */
public final class Watchlists {
    private Watchlists() { }

    /** (articleId, query) for every article matching a query, each pair once. */
    public static Dataset<Row> matches(Dataset<Article> articles, Dataset<EntityArticle> rows, List<WatchQuery> queries) {
        List<WatchQuery> qs = List.copyOf(queries);
        Dataset<Tuple2<String, String>> byEntity = rows.flatMap((FlatMapFunction<EntityArticle, Tuple2<String, String>>) r ->
                        entityMatches(r, qs).iterator(), Encoders.tuple(Encoders.STRING(), Encoders.STRING()));
        List<List<PhraseMatcher>> matchers = new ArrayList<>();
        for (WatchQuery q : qs) matchers.add(q.phrases().stream().map(p -> new PhraseMatcher(p, true)).toList());
        Dataset<Tuple2<String, String>> byPhrase = articles.flatMap((FlatMapFunction<Article, Tuple2<String, String>>) a ->
                        phraseMatches(a, qs, matchers), Encoders.tuple(Encoders.STRING(), Encoders.STRING()));
        return byEntity.union(byPhrase).toDF("articleId", "query").distinct();
    }

    /**
     * The counts of every query in every one of {@code periods} (in order; zeros included), ordered by period then
     * query order. {@code volume} holds each period's articles and unique articles. Bounded: queries x periods
     * rows, collected.
     */
    public static Dataset<WatchPeriodCount> perPeriod(Dataset<Row> matches, Dataset<ArticleStatus> status,
                                                      List<WatchQuery> queries, PeriodUnit unit,
                                                      List<LocalDate> periods, Map<LocalDate, PeriodVolume> volume) {
        List<Row> counted = matches.join(status, "articleId")
                .groupBy(col("query"), CoverageCounts.periodStart(unit, col("date")).as("periodStart"))
                .agg(org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.lit(1)).as("articles"),
                        org.apache.spark.sql.functions.sum(CoverageCounts.keptOne()).as("uniqueArticles"))
                .collectAsList();
        Map<String, long[]> found = new HashMap<>();
        for (Row r : counted) {
            LocalDate p = r.get(1) instanceof LocalDate d ? d : ((java.sql.Date) r.get(1)).toLocalDate();
            found.put(r.getString(0) + '\u0000' + p, new long[] {r.getLong(2), r.getLong(3)});
        }
        List<WatchPeriodCount> out = new ArrayList<>();
        for (LocalDate p : periods) {
            PeriodVolume v = volume.get(p);
            long periodArticles = v == null ? 0 : v.getArticles();
            long periodUnique = v == null ? 0 : v.getUniqueArticles();
            for (WatchQuery q : queries) {
                long[] n = found.getOrDefault(q.name() + '\u0000' + p, new long[2]);
                WatchPeriodCount c = new WatchPeriodCount();
                c.setPeriodStart(p);
                c.setQuery(q.name());
                c.setArticles(n[0]);
                c.setUniqueArticles(n[1]);
                c.setPeriodArticles(periodArticles);
                c.setPeriodUniqueArticles(periodUnique);
                c.setShare(periodArticles == 0 ? 0 : n[0] / (double) periodArticles);
                c.setUniqueShare(periodUnique == 0 ? 0 : n[1] / (double) periodUnique);
                out.add(c);
            }
        }
        return matches.sparkSession().createDataset(out, Encoders.bean(WatchPeriodCount.class));
    }

    /** The queries whose entity terms name the entity of {@code row}: its canonical name or a written form. */
    static List<Tuple2<String, String>> entityMatches(EntityArticle row, List<WatchQuery> queries) {
        Set<String> names = new LinkedHashSet<>();
        names.add(row.getEntity().toLowerCase(Locale.ROOT));
        if (row.getSurfaces() != null) {
            for (String s : row.getSurfaces().keySet()) names.add(s.toLowerCase(Locale.ROOT));
        }
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (WatchQuery q : queries) {
            for (String term : q.entities()) {
                if (names.contains(term)) {
                    out.add(new Tuple2<>(row.getArticleId(), q.name()));
                    break;
                }
            }
        }
        return out;
    }

    private static Iterator<Tuple2<String, String>> phraseMatches(Article article, List<WatchQuery> queries,
                                                                  List<List<PhraseMatcher>> matchers) {
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            for (PhraseMatcher m : matchers.get(i)) {
                if (m.foundIn(article.getTitle()) || m.foundIn(article.getText())) {
                    out.add(new Tuple2<>(article.getId(), queries.get(i).name()));
                    break;
                }
            }
        }
        return out.iterator();
    }
}
