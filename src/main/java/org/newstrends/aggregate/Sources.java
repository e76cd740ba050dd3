package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Per-source counts (docs/measures.md, "Sources"): each source's articles over the collection, per period, and
 * per entity. An article's source is its own, or its input folder's name; {@link #UNKNOWN} when neither is known.
 */
public final class Sources {
    /** The source of an article that has none. */
    public static final String UNKNOWN = "(unknown)";

    private static final Seq<String> KIND_KEY = CollectionConverters.asScala(List.of("kind", "key")).toSeq();

    private Sources() { }

    /** Every source: articles, unique articles, first and last date; most articles first, then by name. */
    public static Dataset<SourceTotal> totals(Dataset<ArticleStatus> status) {
        return status.groupBy("source")
                .agg(count(lit(1)).as("articles"), sum(CoverageCounts.keptOne()).as("uniqueArticles"),
                        min("date").as("firstDate"), max("date").as("lastDate"))
                .orderBy(col("articles").desc(), col("source"))
                .as(Encoders.bean(SourceTotal.class));
    }

    /** Every (period, source) with articles: its articles, unique articles and share of the period's articles. */
    public static Dataset<SourcePeriodCount> perPeriod(Dataset<ArticleStatus> status, PeriodUnit unit) {
        Dataset<Row> bySource = status.groupBy(CoverageCounts.periodStart(unit, col("date")).as("periodStart"),
                        col("source"))
                .agg(count(lit(1)).as("articles"), sum(CoverageCounts.keptOne()).as("uniqueArticles"));
        Dataset<Row> periods = status.groupBy(CoverageCounts.periodStart(unit, col("date")).as("periodStart"))
                .agg(count(lit(1)).as("periodArticles"));
        return bySource.join(periods, "periodStart")
                .withColumn("share", col("articles").divide(col("periodArticles")))
                .select("periodStart", "source", "articles", "uniqueArticles", "periodArticles", "share")
                .orderBy("periodStart", "source")
                .as(Encoders.bean(SourcePeriodCount.class));
    }

    /**
     * Every (entity, source) pair with articles: the source's articles naming the entity, all its articles and
     * the share; {@code rows} carry their article's source ({@link CoverageCounts#withStatus}).
     */
    public static Dataset<EntitySourceCount> perEntity(Dataset<EntityArticle> rows, Dataset<EntityLabel> labels,
                                                       Dataset<ArticleStatus> status) {
        Dataset<Row> sourceArticles = status.groupBy("source").agg(count(lit(1)).as("sourceArticles"));
        return rows.groupBy("kind", "key", "source").agg(count(lit(1)).as("articles"))
                .join(labels.select("kind", "key", "entity", "type"), KIND_KEY)
                .join(sourceArticles, "source")
                .withColumn("share", col("articles").divide(col("sourceArticles")))
                .select("kind", "key", "entity", "type", "source", "articles", "sourceArticles", "share")
                .orderBy(col("kind"), col("entity"), col("key"), col("articles").desc(), col("source"))
                .as(Encoders.bean(EntitySourceCount.class));
    }
}
