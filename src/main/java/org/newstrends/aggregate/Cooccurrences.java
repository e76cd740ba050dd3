package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Co-occurrence (docs/measures.md, "Co-occurrence"): for the top entities of each kind, the articles naming both
 * of a pair, for actor x location, actor x actor, actor x theme and location x theme, with lift
 * N * n(a,b) / (n(a) * n(b)) and PMI log2(lift), N being all articles. Bounded: at most top x top pairs per
 * pair of kinds; a pair needs {@code minArticles} articles.
 */
public final class Cooccurrences {
    /** The pairs of kinds counted, as (kind a, kind b). */
    public static final List<List<String>> KIND_PAIRS = List.of(
            List.of("actor", "location"), List.of("actor", "actor"), List.of("actor", "theme"),
            List.of("location", "theme"));

    private Cooccurrences() { }

    /**
     * The pairs among {@code top} (from {@link CoverageCounts#top}) with at least {@code minArticles} shared
     * articles, ordered by kind pair (as {@link #KIND_PAIRS}), most articles first, then by names.
     */
    public static Dataset<Cooccurrence> of(Dataset<EntityArticle> rows, Dataset<EntityTotal> top, long totalArticles,
                                           long minArticles) {
        Dataset<Row> topKeys = top.select("kind", "key", "entity", "articles");
        Dataset<Row> named = rows.drop("entity").join(functions.broadcast(topKeys.select("kind", "key", "entity")),
                        scala.jdk.javaapi.CollectionConverters.asScala(List.of("kind", "key")).toSeq())
                .select("articleId", "kind", "key", "entity", "kept");
        Dataset<Row> a = named.select(col("articleId"), col("kind").as("kindA"), col("key").as("keyA"),
                col("entity").as("entityA"), col("kept"));
        Dataset<Row> b = named.select(col("articleId").as("idB"), col("kind").as("kindB"), col("key").as("keyB"),
                col("entity").as("entityB"));
        Column pairOrder = lit(false);
        for (int i = 0; i < KIND_PAIRS.size(); i++) {
            String ka = KIND_PAIRS.get(i).get(0);
            String kb = KIND_PAIRS.get(i).get(1);
            Column c = col("kindA").equalTo(ka).and(col("kindB").equalTo(kb));
            if (ka.equals(kb)) c = c.and(col("keyA").lt(col("keyB")));
            pairOrder = pairOrder.or(c);
        }
        Column pairRank = functions.when(lit(false), lit(0));
        for (int i = 0; i < KIND_PAIRS.size(); i++) {
            pairRank = pairRank.when(col("kindA").equalTo(KIND_PAIRS.get(i).get(0))
                    .and(col("kindB").equalTo(KIND_PAIRS.get(i).get(1))), lit(i));
        }
        Dataset<Row> pairs = a.join(b, a.col("articleId").equalTo(b.col("idB")))
                .filter(pairOrder)
                .groupBy("kindA", "keyA", "entityA", "kindB", "keyB", "entityB")
                .agg(count(lit(1)).as("articles"), sum(CoverageCounts.keptOne()).as("uniqueArticles"))
                .filter(col("articles").geq(minArticles));
        Dataset<Row> countsA = topKeys.select(col("kind").as("kindA"), col("key").as("keyA"), col("articles").as("articlesA"));
        Dataset<Row> countsB = topKeys.select(col("kind").as("kindB"), col("key").as("keyB"), col("articles").as("articlesB"));
        Column lift = col("articles").multiply(lit((double) totalArticles))
                .divide(col("articlesA").multiply(col("articlesB")));
        return pairs.join(countsA, scala.jdk.javaapi.CollectionConverters.asScala(List.of("kindA", "keyA")).toSeq())
                .join(countsB, scala.jdk.javaapi.CollectionConverters.asScala(List.of("kindB", "keyB")).toSeq())
                .withColumn("lift", lift)
                .withColumn("pmi", log(2.0, col("lift")))
                .withColumn("pairRank", pairRank)
                .orderBy(col("pairRank"), col("articles").desc(), col("entityA"), col("entityB"), col("keyA"), col("keyB"))
                .drop("pairRank")
                .select("kindA", "keyA", "entityA", "kindB", "keyB", "entityB", "articles", "uniqueArticles",
                        "articlesA", "articlesB", "lift", "pmi")
                .as(Encoders.bean(Cooccurrence.class));
    }
}
