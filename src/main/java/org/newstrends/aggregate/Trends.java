package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Trends (docs/measures.md, "Trends"): each entity's unique articles in the current window (the last
 * {@code window} periods) against the window before it, as shares of the windows' unique articles, with Dunning's
 * log-likelihood {@link TrendScore} and at least {@code minArticles} articles in the two windows together.
 * {@link #topMovers} picks the strongest of each kind and direction.
 */
public final class Trends {
    /** The direction of a trend whose current share is higher. */
    public static final String RISING = "rising";
    /** The direction of a trend whose current share is lower. */
    public static final String FALLING = "falling";

    private Trends() { }

    /** The two windows compared: previous [previousFrom, currentFrom) and current [currentFrom, currentTo]. */
    public record Windows(LocalDate previousFrom, LocalDate currentFrom, LocalDate currentTo, long previousArticles,
                          long currentArticles) implements java.io.Serializable { }

    /**
     * The windows of {@code window} periods at the end of {@code periods} (every period of the range, in order,
     * with its unique articles in {@code uniqueVolume}); null when there are fewer than two windows of periods.
     */
    public static Windows windows(PeriodUnit unit, List<LocalDate> periods, Map<LocalDate, Long> uniqueVolume,
                                  int window) {
        if (window < 1) throw new IllegalArgumentException("trends window must be at least 1 (got " + window + ")");
        int n = periods.size();
        if (n < 2 * window) return null;
        long previous = 0;
        long current = 0;
        for (int i = n - 2 * window; i < n; i++) {
            long v = uniqueVolume.getOrDefault(periods.get(i), 0L);
            if (i < n - window) previous += v; else current += v;
        }
        return new Windows(periods.get(n - 2 * window), periods.get(n - window),
                unit.next(periods.get(n - 1)).minusDays(1), previous, current);
    }

    /**
     * The trends of every entity with support, rising ones first, each direction by descending score, then by
     * kind and entity. {@code rows} carry the kept flag ({@link CoverageCounts#withStatus}).
     */
    public static Dataset<Trend> of(Dataset<EntityArticle> rows, Dataset<EntityLabel> labels, Windows w,
                                    long minArticles) {
        Date previousFrom = Date.valueOf(w.previousFrom());
        Date currentFrom = Date.valueOf(w.currentFrom());
        Date currentTo = Date.valueOf(w.currentTo());
        Dataset<Row> counts = rows.filter(col("kept").and(col("date").geq(lit(previousFrom)))
                        .and(col("date").leq(lit(currentTo))))
                .groupBy("kind", "key")
                .agg(sum(when(col("date").lt(lit(currentFrom)), 1L).otherwise(0L)).as("previousArticles"),
                        sum(when(col("date").geq(lit(currentFrom)), 1L).otherwise(0L)).as("currentArticles"))
                .filter(col("previousArticles").plus(col("currentArticles")).geq(minArticles));
        Dataset<Row> labelled = counts.join(labels, CollectionConverters.asScala(List.of("kind", "key")).toSeq());
        Windows windows = w;
        return labelled.map((MapFunction<Row, Trend>) r -> trend(r, windows), Encoders.bean(Trend.class))
                .filter(col("change").notEqual(0.0))
                .orderBy(col("direction").desc(), col("score").desc(), col("kind"), col("entity"), col("key"));
    }

    /** The first {@code n} rising and the first {@code n} falling trends of each kind: the top movers. */
    public static Dataset<Trend> topMovers(Dataset<Trend> trends, int n) {
        return trends.withColumn("r", row_number().over(Window.partitionBy("kind", "direction")
                        .orderBy(col("score").desc(), col("entity"), col("key"))))
                .filter(col("r").leq(n)).drop("r")
                .orderBy(col("kind"), col("direction").desc(), col("score").desc(), col("entity"), col("key"))
                .as(Encoders.bean(Trend.class));
    }

    private static Trend trend(Row r, Windows w) {
        Trend t = new Trend();
        t.setKind(r.getString(r.fieldIndex("kind")));
        t.setKey(r.getString(r.fieldIndex("key")));
        t.setEntity(r.getString(r.fieldIndex("entity")));
        t.setType(r.getString(r.fieldIndex("type")));
        t.setPreviousFrom(w.previousFrom());
        t.setPreviousTo(w.currentFrom().minusDays(1));
        t.setCurrentFrom(w.currentFrom());
        t.setCurrentTo(w.currentTo());
        long a = r.getLong(r.fieldIndex("previousArticles"));
        long b = r.getLong(r.fieldIndex("currentArticles"));
        t.setPreviousArticles(a);
        t.setCurrentArticles(b);
        t.setPreviousShare(w.previousArticles() == 0 ? 0 : a / (double) w.previousArticles());
        t.setCurrentShare(w.currentArticles() == 0 ? 0 : b / (double) w.currentArticles());
        t.setChange(t.getCurrentShare() - t.getPreviousShare());
        t.setScore(TrendScore.logLikelihood(a, w.previousArticles(), b, w.currentArticles()));
        t.setDirection(t.getChange() > 0 ? RISING : FALLING);
        return t;
    }
}
