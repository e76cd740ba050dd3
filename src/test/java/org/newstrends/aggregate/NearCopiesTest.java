package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newstrends.SparkTestSession;

/** Banded candidates checked exactly, and buckets too large to compare dropped and counted. */
class NearCopiesTest {
    private static final StructType SETS = new StructType().add("order", DataTypes.StringType, false)
            .add("shingles", DataTypes.createArrayType(DataTypes.IntegerType, false), false);
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start(NearCopiesTest.class);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void pairsAtOrAboveTheThresholdAreFoundAndOthersNot() {
        List<Row> rows = new ArrayList<>();
        rows.add(set("a", range(0, 100)));
        rows.add(set("b", range(5, 105)));    // 95 / 105 = 0.905 with a
        rows.add(set("c", range(12, 112)));   // 88 / 112 = 0.786 with a, 93 / 107 = 0.869 with b
        rows.add(set("d", range(500, 600)));
        NearCopies.Result result = NearCopies.find(spark.createDataFrame(rows, SETS), 0.8);
        List<String> pairs = result.pairs().orderBy("a", "b").collectAsList().stream()
                .map(r -> r.getString(0) + "-" + r.getString(1)).toList();
        assertEquals(List.of("a-b", "b-c"), pairs);
        assertTrue(result.candidatePairs() >= 2, "every verified pair was a candidate");
        assertEquals(0, result.oversizedBuckets());
    }

    @Test
    void aBucketOfMoreThanTheLimitIsDroppedAndCounted() {
        List<Row> rows = new ArrayList<>();
        int articles = NearCopies.BUCKET_LIMIT + 60;
        for (int i = 0; i < articles; i++) {
            int[] template = range(0, 60);
            template[59] = 10_000 + i;
            rows.add(set(String.format("t%03d", i), template));
        }
        NearCopies.Result result = NearCopies.find(spark.createDataFrame(rows, SETS).repartition(3), 0.8);
        assertTrue(result.oversizedBuckets() > 0, "the template's bands hold all its articles");
        assertEquals(articles, result.articlesInOversizedBuckets());
        assertEquals(result.candidatePairs(), result.pairs().count(), "candidates from the other bands all pass");
    }

    @Test
    void noArticleLongEnoughToCompareGivesNoPairs() {
        NearCopies.Result result = NearCopies.find(spark.createDataFrame(List.of(), SETS), 0.8);
        assertEquals(0, result.pairs().count());
        assertEquals(0, result.candidatePairs());
    }

    private static Row set(String order, int[] shingles) {
        List<Integer> list = new ArrayList<>();
        for (int s : shingles) list.add(s);
        java.util.Collections.sort(list);
        return RowFactory.create(order, list);
    }

    private static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) out[i] = from + i;
        return out;
    }
}
