package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newstrends.ingest.Article;

/**
 * Finds copies of the same story (docs/measures.md, "Duplicates"). Exact copies share their {@link CopyText
 * compared text}; near copies have a Jaccard similarity of distinctive shingles of at least the threshold, found by
 * Spark ML's {@link MinHashLSH} ({@code approxSimilarityJoin}), never by comparing all pairs. Shingles found in more
 * than {@link #boilerplateLimit} articles are boilerplate and are not compared; articles with fewer than
 * {@link #MIN_SHINGLES} distinctive shingles can only be exact copies. Copies are joined into clusters as connected
 * components; each cluster keeps its earliest article, then the one with the smallest id.
 */
public final class Duplicates {
    /** The default near-copy threshold: Jaccard similarity of distinctive shingles. */
    public static final double DEFAULT_THRESHOLD = 0.8;
    /** The fewest distinctive shingles an article needs to be compared for near copies. */
    public static final int MIN_SHINGLES = 10;
    /** MinHash tables: a pair at similarity 0.8 is missed by all of them with probability 0.2^3 = 0.8%. */
    public static final int HASH_TABLES = 3;
    /** The seed of the MinHash functions, so that runs agree. */
    static final long SEED = 20240614L;
    private static final double EPSILON = 1e-9;

    private Duplicates() { }

    /**
     * A shingle found in more articles than this is boilerplate: 100, or one in a thousand of {@code articles} when
     * that is more. The boilerplate set therefore never holds more than about 1,000 shingles per shingle of an
     * article, however large the collection.
     */
    public static long boilerplateLimit(long articles) {
        return Math.max(100, (articles + 999) / 1000);
    }

    /** The fingerprint of every article (compute once, persist, and pass to {@link #copies}). */
    public static Dataset<CopyFingerprint> fingerprints(Dataset<Article> articles) {
        return articles.map((MapFunction<Article, CopyFingerprint>) CopyFingerprint::of,
                Encoders.bean(CopyFingerprint.class));
    }

    /** The members of every cluster of two or more copies at similarity {@code threshold} (0 &lt; t &le; 1). */
    public static Dataset<ArticleCopy> copies(Dataset<CopyFingerprint> fingerprints, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("dedup threshold must be above 0 and at most 1 (got " + threshold + ")");
        }
        SparkSession spark = fingerprints.sparkSession();
        Dataset<Row> exactRoots = fingerprints.filter(col("textDigest").isNotNull())
                .groupBy("textDigest").agg(min("order").as("root"));
        Dataset<Row> withRoot = fingerprints.join(exactRoots,
                        fingerprints.col("textDigest").equalTo(exactRoots.col("textDigest")), "left")
                .select(fingerprints.col("order"), fingerprints.col("articleId"), fingerprints.col("shingles"),
                        coalesce(col("root"), fingerprints.col("order")).as("root"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> exactEdges = withRoot.filter(col("order").notEqual(col("root")))
                .select(col("order").as("a"), col("root").as("b"));

        Dataset<Row> representatives = withRoot.filter(col("order").equalTo(col("root")));
        long count = representatives.count();
        Broadcast<Set<Integer>> boilerplate = spark.sparkContext().broadcast(
                boilerplate(representatives, boilerplateLimit(count)), scala.reflect.ClassTag$.MODULE$.apply(Set.class));
        Dataset<Row> vectors = distinctiveVectors(representatives, boilerplate);
        MinHashLSHModel model = new MinHashLSH().setNumHashTables(HASH_TABLES).setSeed(SEED)
                .setInputCol("features").setOutputCol("hashes").fit(vectors);
        Dataset<Row> nearEdges = model.approxSimilarityJoin(vectors, vectors, 1 - threshold + EPSILON, "distance")
                .filter(col("datasetA.order").lt(col("datasetB.order")))
                .filter(col("distance").leq(1 - threshold + EPSILON))
                .select(col("datasetA.order").as("a"), col("datasetB.order").as("b"));

        Dataset<Row> components = ConnectedComponents.of(exactEdges.union(nearEdges).localCheckpoint());
        Dataset<Row> members = withRoot.join(components, withRoot.col("order").equalTo(components.col("node")));
        Dataset<Row> kept = withRoot.select(col("order").as("keptOrder"), col("articleId").as("cluster"),
                col("shingles").as("keptShingles"), col("root").as("keptRoot"));
        Dataset<ArticleCopy> out = members.join(kept, members.col("component").equalTo(kept.col("keptOrder")))
                .select(col("articleId"), col("cluster"), col("keptOrder").as("clusterOrder"), col("order"),
                        col("root"), col("keptRoot"), col("shingles"), col("keptShingles"))
                .map((MapFunction<Row, ArticleCopy>) r -> member(r, boilerplate.value()),
                        Encoders.bean(ArticleCopy.class));
        return out;
    }

    /**
     * Every article's status for unique counts: kept unless it is a copy in {@code copies} other than its
     * cluster's kept article; its source, {@link Sources#UNKNOWN} when it has none.
     */
    public static Dataset<ArticleStatus> status(Dataset<Article> articles, Dataset<ArticleCopy> copies) {
        Dataset<Row> c = copies.select(col("articleId").as("copyId"), col("kept").as("copyKept"));
        return articles.join(c, articles.col("id").equalTo(c.col("copyId")), "left")
                .select(col("id").as("articleId"), col("date"),
                        coalesce(col("source"), lit(Sources.UNKNOWN)).as("source"),
                        coalesce(col("copyKept"), lit(true)).as("kept"),
                        col("copyId").isNotNull().as("clustered"))
                .as(Encoders.bean(ArticleStatus.class));
    }

    /** The status of every article when duplicate detection is off: each kept, none clustered. */
    public static Dataset<ArticleStatus> none(Dataset<Article> articles) {
        return status(articles, articles.sparkSession().emptyDataset(Encoders.bean(ArticleCopy.class)));
    }

    /**
     * The rows of {@code duplicate_clusters.csv}: clusters in the order of their kept article (date, then id),
     * within a cluster the kept article first, then by date and id. {@code inputs} gives each article's file.
     */
    public static Dataset<DuplicateClusterRow> clusterRows(Dataset<ArticleCopy> copies, Dataset<Article> articles,
                                                           Dataset<ArticleInput> inputs) {
        return copies.join(articles, copies.col("articleId").equalTo(articles.col("id")))
                .join(inputs, copies.col("articleId").equalTo(inputs.col("articleId")), "left")
                .select(copies.col("cluster"), copies.col("articleId"), col("input"), col("date"),
                        coalesce(col("source"), lit(Sources.UNKNOWN)).as("source"), col("title"),
                        col("similarity"), col("kept"), col("clusterOrder"))
                .orderBy(col("clusterOrder"), col("kept").desc(), col("date"), copies.col("articleId"))
                .drop("clusterOrder")
                .as(Encoders.bean(DuplicateClusterRow.class));
    }

    private static Set<Integer> boilerplate(Dataset<Row> representatives, long limit) {
        List<Row> common = representatives.select(explode(col("shingles")).as("s"))
                .groupBy("s").count().filter(col("count").gt(limit)).select("s").collectAsList();
        Set<Integer> out = new HashSet<>();
        for (Row r : common) out.add(r.getInt(0));
        return out;
    }

    private static Dataset<Row> distinctiveVectors(Dataset<Row> representatives, Broadcast<Set<Integer>> boilerplate) {
        return representatives.filter(size(col("shingles")).geq(MIN_SHINGLES))
                .map((MapFunction<Row, Row>) r -> {
                    int[] distinct = Shingles.without(intArray(r.getList(r.fieldIndex("shingles"))), boilerplate.value());
                    double[] ones = new double[distinct.length];
                    java.util.Arrays.fill(ones, 1.0);
                    return RowFactory.create(r.getString(r.fieldIndex("order")),
                            distinct.length < MIN_SHINGLES ? null : Vectors.sparse(Shingles.FEATURES, distinct, ones));
                }, Encoders.row(new StructType().add("order", DataTypes.StringType, false)
                        .add("features", SQLDataTypes.VectorType(), true)))
                .filter(col("features").isNotNull())
                .select(col("order"), col("features"));
    }

    private static ArticleCopy member(Row r, Set<Integer> boilerplate) {
        String order = r.getString(r.fieldIndex("order"));
        String clusterOrder = r.getString(r.fieldIndex("clusterOrder"));
        boolean sameText = r.getString(r.fieldIndex("root")).equals(r.getString(r.fieldIndex("keptRoot")));
        double similarity = sameText ? 1.0 : Shingles.jaccard(
                Shingles.without(intArray(r.getList(r.fieldIndex("shingles"))), boilerplate),
                Shingles.without(intArray(r.getList(r.fieldIndex("keptShingles"))), boilerplate));
        return new ArticleCopy(r.getString(r.fieldIndex("articleId")), r.getString(r.fieldIndex("cluster")),
                clusterOrder, similarity, order.equals(clusterOrder));
    }

    private static int[] intArray(List<Integer> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i);
        return out;
    }
}
