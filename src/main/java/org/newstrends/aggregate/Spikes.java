package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spikes (docs/measures.md, "Spikes"): periods in which an entity is named in far more articles than in the
 * periods before ({@link SpikeScore}), each explained by its top source's share and the share of copies among
 * its articles. Each entity's series is scored on its own (at most one row per period); only the spikes go on.
 */
public final class Spikes {
    private static final Seq<String> SPIKE_KEY =
            CollectionConverters.asScala(List.of("kind", "key", "periodStart")).toSeq();

    private Spikes() { }

    /**
     * The spikes of every entity over {@code periods} (every period of the range, in order), highest score first,
     * then by kind, entity and period. {@code rows} carry source and kept flag ({@link CoverageCounts#withStatus}).
     */
    public static Dataset<Spike> of(Dataset<EntityArticle> rows, Dataset<EntityLabel> labels, PeriodUnit unit,
                                    List<LocalDate> periods, long minArticles) {
        Dataset<Row> perPeriod = rows.groupBy(col("kind"), col("key"),
                        CoverageCounts.periodStart(unit, col("date")).as("periodStart"))
                .agg(count(lit(1)).as("articles"), sum(CoverageCounts.keptOne()).as("uniqueArticles"));
        List<LocalDate> order = List.copyOf(periods);
        Dataset<Row> found = perPeriod
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0) + '\u0000' + r.getString(1), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Spike>) (k, group) -> spikes(group, order, minArticles),
                        Encoders.bean(Spike.class))
                .select("kind", "key", "periodStart", "articles", "uniqueArticles", "expected", "score");
        Dataset<Row> bySource = rows.withColumn("periodStart", CoverageCounts.periodStart(unit, col("date")))
                .join(functions.broadcast(found.select("kind", "key", "periodStart")), SPIKE_KEY, "left_semi")
                .groupBy("kind", "key", "periodStart", "source").agg(count(lit(1)).as("n"))
                .withColumn("r", row_number().over(Window.partitionBy("kind", "key", "periodStart")
                        .orderBy(col("n").desc(), col("source"))))
                .filter(col("r").equalTo(1))
                .select(col("kind"), col("key"), col("periodStart"), col("source").as("topSource"), col("n"));
        return found.join(bySource, SPIKE_KEY)
                .join(labels.select("kind", "key", "entity", "type"), CollectionConverters.asScala(List.of("kind", "key")).toSeq())
                .withColumn("topSourceShare", col("n").divide(col("articles")))
                .withColumn("duplicateShare", col("articles").minus(col("uniqueArticles")).divide(col("articles")))
                .select("kind", "key", "entity", "type", "periodStart", "articles", "uniqueArticles", "expected",
                        "score", "topSource", "topSourceShare", "duplicateShare")
                .orderBy(col("score").desc(), col("kind"), col("entity"), col("key"), col("periodStart"))
                .as(Encoders.bean(Spike.class));
    }

    private static Iterator<Spike> spikes(Iterator<Row> group, List<LocalDate> periods, long minArticles) {
        Map<LocalDate, Row> byPeriod = new HashMap<>();
        String kind = null;
        String key = null;
        while (group.hasNext()) {
            Row r = group.next();
            kind = r.getString(0);
            key = r.getString(1);
            byPeriod.put(localDate(r.get(2)), r);
        }
        long[] counts = new long[periods.size()];
        for (int i = 0; i < counts.length; i++) {
            Row r = byPeriod.get(periods.get(i));
            counts[i] = r == null ? 0 : r.getLong(3);
        }
        List<Spike> out = new ArrayList<>();
        for (SpikeScore.Found f : SpikeScore.find(counts, minArticles)) {
            Row r = byPeriod.get(periods.get(f.index()));
            Spike s = new Spike();
            s.setKind(kind);
            s.setKey(key);
            s.setPeriodStart(periods.get(f.index()));
            s.setArticles(r.getLong(3));
            s.setUniqueArticles(r.getLong(4));
            s.setExpected(f.expected());
            s.setScore(f.score());
            out.add(s);
        }
        return out.iterator();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
