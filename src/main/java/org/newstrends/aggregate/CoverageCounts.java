package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.dayofweek;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.newstrends.ingest.Article;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark stages that count coverage: article volume per period, entity labels, counts per
 * (period, kind, entity) with shares, and overall rankings. Each is a small function of Datasets; none collects
 * anything to the driver.
 */
public final class CoverageCounts {
    private static final Seq<String> KIND_KEY = CollectionConverters.asScala(List.of("kind", "key")).toSeq();

    private CoverageCounts() { }

    /** The first day of the period holding the date column {@code date}; agrees with {@link PeriodUnit#start}. */
    public static Column periodStart(PeriodUnit unit, Column date) {
        return switch (unit) {
            case DAY -> date;
            case WEEK -> date_sub(date, dayofweek(date).plus(5).mod(7));
            case MONTH -> trunc(date, "month");
            case QUARTER -> trunc(date, "quarter");
            case YEAR -> trunc(date, "year");
        };
    }

    /** The number of articles in each period that has any (every article counted as unique). */
    public static Dataset<PeriodVolume> volume(Dataset<Article> articles, PeriodUnit unit) {
        return articles.groupBy(periodStart(unit, col("date")).as("periodStart"))
                .agg(count(lit(1)).as("articles"))
                .withColumn("uniqueArticles", col("articles"))
                .withColumn("duplicateArticles", lit(0L))
                .withColumn("partial", lit(false))
                .as(Encoders.bean(PeriodVolume.class));
    }

    /**
     * The articles, unique articles and duplicates of each period that has any; {@code partial} is false here
     * ({@link PartialPeriods#mark} sets it on the collected rows).
     */
    public static Dataset<PeriodVolume> uniqueVolume(Dataset<ArticleStatus> status, PeriodUnit unit) {
        return status.groupBy(periodStart(unit, col("date")).as("periodStart"))
                .agg(count(lit(1)).as("articles"), sum(when(col("kept"), 1L).otherwise(0L)).as("uniqueArticles"))
                .withColumn("duplicateArticles", col("articles").minus(col("uniqueArticles")))
                .withColumn("partial", lit(false))
                .as(Encoders.bean(PeriodVolume.class));
    }

    /** {@code rows} with each article's source and kept flag taken from {@code status}. */
    public static Dataset<EntityArticle> withStatus(Dataset<EntityArticle> rows, Dataset<ArticleStatus> status) {
        Dataset<Row> s = status.select(col("articleId").as("statusId"), col("source").as("statusSource"),
                col("kept").as("statusKept"));
        return rows.join(s, rows.col("articleId").equalTo(s.col("statusId")))
                .withColumn("source", col("statusSource"))
                .withColumn("kept", col("statusKept"))
                .drop("statusId", "statusSource", "statusKept")
                .as(Encoders.bean(EntityArticle.class));
    }

    /** 1 for an article that unique counts keep, else 0: summed, it counts unique articles. */
    static Column keptOne() {
        return when(col("kept"), 1L).otherwise(0L);
    }

    /**
     * One label per entity: its most frequent (type, country) reading, and its canonical name, made unique among
     * locations by adding the country and type where two places share a name.
     */
    public static Dataset<EntityLabel> labels(Dataset<EntityArticle> rows) {
        Dataset<Row> readings = rows.groupBy("kind", "key", "entity", "type", "country").agg(count(lit(1)).as("n"));
        WindowSpec best = Window.partitionBy("kind", "key")
                .orderBy(col("n").desc(), col("country").asc_nulls_last(), col("type").asc(), col("entity").asc());
        Dataset<Row> chosen = readings.withColumn("r", row_number().over(best)).filter(col("r").equalTo(1));
        Column sameName = count(lit(1)).over(Window.partitionBy("kind", "entity"));
        Column qualified = concat(col("entity"), lit(" ("),
                concat_ws(", ", coalesce(col("country"), lit("-")), lower(col("type"))), lit(")"));
        return chosen.withColumn("entity", when(sameName.gt(1), qualified).otherwise(col("entity")))
                .select("kind", "key", "entity", "type", "country")
                .as(Encoders.bean(EntityLabel.class));
    }

    /**
     * Per (period, kind, entity) with any article: mentions, articles naming it, the period's articles and the
     * share; ordered by period, kind, entity.
     */
    public static Dataset<EntityPeriodCount> perPeriod(Dataset<EntityArticle> rows, Dataset<PeriodVolume> volume,
                                                       Dataset<EntityLabel> labels, PeriodUnit unit) {
        Dataset<Row> counts = rows.groupBy(periodStart(unit, col("date")).as("periodStart"), col("kind"), col("key"))
                .agg(sum("mentions").as("mentions"), count(lit(1)).as("articles"), sum(keptOne()).as("uniqueArticles"));
        return counts.join(labels, KIND_KEY)
                .join(volume.select(col("periodStart"), col("articles").as("periodArticles"),
                        col("uniqueArticles").as("periodUniqueArticles")), "periodStart")
                .withColumn("share", col("articles").divide(col("periodArticles")))
                .withColumn("uniqueShare", when(col("periodUniqueArticles").gt(0),
                        col("uniqueArticles").divide(col("periodUniqueArticles"))).otherwise(lit(0.0)))
                .select("periodStart", "kind", "key", "entity", "type", "country", "mentions", "articles",
                        "periodArticles", "share", "uniqueArticles", "periodUniqueArticles", "uniqueShare")
                .orderBy("periodStart", "kind", "entity", "key")
                .as(Encoders.bean(EntityPeriodCount.class));
    }

    /**
     * Per (kind, entity) over all periods: mentions, articles, share of all {@code totalArticles}, and rank in its
     * kind; ordered by kind then rank.
     */
    public static Dataset<EntityTotal> totals(Dataset<EntityArticle> rows, Dataset<EntityLabel> labels,
                                              long totalArticles) {
        WindowSpec ranking = Window.partitionBy("kind")
                .orderBy(col("articles").desc(), col("mentions").desc(), col("entity").asc(), col("key").asc());
        return rows.groupBy("kind", "key")
                .agg(sum("mentions").as("mentions"), count(lit(1)).as("articles"), sum(keptOne()).as("uniqueArticles"))
                .join(labels, KIND_KEY)
                .withColumn("rank", row_number().over(ranking))
                .withColumn("share", totalArticles == 0 ? lit(0.0) : col("articles").divide(lit((double) totalArticles)))
                .select("kind", "rank", "key", "entity", "type", "country", "mentions", "articles", "share",
                        "uniqueArticles")
                .orderBy("kind", "rank")
                .as(Encoders.bean(EntityTotal.class));
    }

    /** The first {@code n} entities of each kind from {@link #totals}. */
    public static Dataset<EntityTotal> top(Dataset<EntityTotal> totals, int n) {
        return totals.filter(col("rank").leq(n));
    }

    /**
     * The written forms of the entities in {@code top}: per form, its mentions and the articles using it; at most
     * {@code perEntity} forms per entity, most mentioned first; ordered by kind, entity rank, then frequency.
     */
    public static Dataset<EntityAlias> aliases(Dataset<EntityArticle> rows, Dataset<EntityTotal> top, int perEntity) {
        WindowSpec frequent = Window.partitionBy("kind", "key").orderBy(col("mentions").desc(), col("alias").asc());
        return rows.select(col("kind"), col("key"), explode(col("surfaces")).as(new String[] {"alias", "n"}))
                .join(functions.broadcast(top.select("kind", "key", "rank", "entity")), KIND_KEY)
                .groupBy("kind", "key", "rank", "entity", "alias")
                .agg(sum("n").as("mentions"), count(lit(1)).as("articles"))
                .withColumn("r", row_number().over(frequent))
                .filter(col("r").leq(perEntity))
                .orderBy(col("kind"), col("rank"), col("r"))
                .select("kind", "rank", "entity", "alias", "mentions", "articles")
                .as(Encoders.bean(EntityAlias.class));
    }

    /** The per-period counts of the entities in {@code top} only (a bounded set: at most top x periods rows). */
    public static Dataset<EntityPeriodCount> ofTop(Dataset<EntityPeriodCount> perPeriod, Dataset<EntityTotal> top) {
        return perPeriod.join(functions.broadcast(top.select("kind", "key")),
                        KIND_KEY,
                        "left_semi")
                .as(Encoders.bean(EntityPeriodCount.class));
    }
}
