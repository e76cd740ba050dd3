package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Near-copy pairs among articles' shingle sets (docs/measures.md, "Near copies"), never by comparing
 * all pairs: Spark ML's {@link MinHashLSH} gives each set a signature, {@link LshBanding} cuts it into bands, the
 * articles of one bucket (band and band values) are candidates, a bucket of more than {@link #BUCKET_LIMIT}
 * articles is dropped (and counted), and each candidate pair's exact Jaccard similarity decides.
 */
final class NearCopies {
    /** The most articles a bucket may hold; a larger one (boilerplate, a template) gives no candidate pairs. */
    static final int BUCKET_LIMIT = 200;
    /** The seed of the MinHash functions, so that runs agree. */
    static final long SEED = 20240614L;
    private static final double EPSILON = 1e-9;
    private static final StructType BUCKET = new StructType().add("band", DataTypes.IntegerType, false)
            .add("bucket", DataTypes.LongType, false).add("order", DataTypes.StringType, false);
    private static final StructType PAIR = new StructType().add("a", DataTypes.StringType, false)
            .add("b", DataTypes.StringType, false);

    /**
     * What the search found: the verified pairs {@code (a, b)} with {@code a < b} (by order key), and how many
     * buckets were too large to compare, with the articles in them (which may still pair through other bands).
     */
    record Result(Dataset<Row> pairs, long candidatePairs, long oversizedBuckets, long articlesInOversizedBuckets) { }

    private NearCopies() { }

    /**
     * The pairs of {@code sets} (columns {@code order}, {@code shingles}: sorted distinct ints, non-empty; the distinctive shingles) whose
     * Jaccard similarity is at least {@code threshold}. Runs the actions it needs; the pairs are computed when used.
     */
    static Result find(Dataset<Row> sets, double threshold) {
        LshBanding banding = LshBanding.forThreshold(threshold);
        if (sets.isEmpty()) {
            return new Result(sets.sparkSession().createDataFrame(List.<Row>of(), PAIR), 0, 0, 0);
        }
        Dataset<Row> vectors = sets.map((MapFunction<Row, Row>) r -> {
            int[] shingles = ints(r.getList(1));
            double[] ones = new double[shingles.length];
            Arrays.fill(ones, 1.0);
            return RowFactory.create(r.getString(0), Vectors.sparse(Shingles.FEATURES, shingles, ones));
        }, Encoders.row(new StructType().add("order", DataTypes.StringType, false)
                .add("features", SQLDataTypes.VectorType(), false)));
        MinHashLSHModel model = new MinHashLSH().setNumHashTables(banding.hashes()).setSeed(SEED)
                .setInputCol("features").setOutputCol("hashes").fit(vectors);
        Dataset<Row> buckets = model.transform(vectors).select("order", "hashes")
                .flatMap((FlatMapFunction<Row, Row>) r -> bandRows(banding, r).iterator(), Encoders.row(BUCKET))
                .groupBy("band", "bucket").agg(sort_array(collect_list("order")).as("members"))
                .filter(size(col("members")).geq(2))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> oversized = buckets.filter(size(col("members")).gt(BUCKET_LIMIT));
        long oversizedBuckets = oversized.count();
        long oversizedArticles = oversizedBuckets == 0 ? 0
                : oversized.select(explode(col("members")).as("order")).distinct().count();
        Dataset<Row> candidates = buckets.filter(size(col("members")).leq(BUCKET_LIMIT))
                .flatMap((FlatMapFunction<Row, Row>) r -> pairsOf(r.getList(2)), Encoders.row(PAIR))
                .distinct()
                .localCheckpoint();
        long candidateCount = candidates.count();
        buckets.unpersist();
        Dataset<Row> left = sets.select(col("order").as("a"), col("shingles").as("sa"));
        Dataset<Row> right = sets.select(col("order").as("b"), col("shingles").as("sb"));
        Dataset<Row> pairs = candidates.join(left, "a").join(right, "b")
                .filter((FilterFunction<Row>) r -> Shingles.jaccard(
                        ints(r.getList(r.fieldIndex("sa"))), ints(r.getList(r.fieldIndex("sb")))) >= threshold - EPSILON)
                .select("a", "b");
        return new Result(pairs, candidateCount, oversizedBuckets, oversizedArticles);
    }

    private static List<Row> bandRows(LshBanding banding, Row r) {
        List<Vector> hashes = r.getList(1);
        double[] signature = new double[hashes.size()];
        for (int i = 0; i < signature.length; i++) signature[i] = hashes.get(i).apply(0);
        String order = r.getString(0);
        List<Row> out = new ArrayList<>(banding.bands());
        for (int band = 0; band < banding.bands(); band++) {
            out.add(RowFactory.create(band, banding.bucketKey(band, signature), order));
        }
        return out;
    }

    private static Iterator<Row> pairsOf(List<String> sortedMembers) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < sortedMembers.size(); i++) {
            for (int j = i + 1; j < sortedMembers.size(); j++) {
                out.add(RowFactory.create(sortedMembers.get(i), sortedMembers.get(j)));
            }
        }
        return out.iterator();
    }

    static int[] ints(List<Integer> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i);
        return out;
    }
}
