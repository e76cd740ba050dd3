package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;

import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newstrends.ingest.Article;

/**
 * Finds copies of the same story (docs/measures.md, "Duplicates"). Exact copies share their {@link CopyText
 * compared text}; near copies have a Jaccard similarity of distinctive shingles of at least the threshold, found by
 * {@link NearCopies} (Spark ML's MinHashLSH signatures cut into bands, each candidate pair checked exactly), never
 * by comparing all pairs. {@link Boilerplate} shingles are not compared, and buckets of too many articles are
 * dropped there; articles with fewer than {@link #MIN_SHINGLES} distinctive shingles can only be exact copies. Copies are joined into clusters as connected
 * components; each cluster keeps its earliest article, then the one with the smallest id.
 */
public final class Duplicates {
    /** The default near-copy threshold: Jaccard similarity of distinctive shingles. */
    public static final double DEFAULT_THRESHOLD = 0.8;
    /** The fewest distinctive shingles an article needs to be compared for near copies. */
    public static final int MIN_SHINGLES = 10;

    private Duplicates() { }

    /** The fingerprint of every article (compute once, persist, and pass to {@link #copies}). */
    public static Dataset<CopyFingerprint> fingerprints(Dataset<Article> articles) {
        return articles.map((MapFunction<Article, CopyFingerprint>) CopyFingerprint::of,
                Encoders.bean(CopyFingerprint.class));
    }

    /** The members of every cluster of two or more copies at similarity {@code threshold} (0 &lt; t &le; 1). */
    public static Dataset<ArticleCopy> copies(Dataset<CopyFingerprint> fingerprints, double threshold) {
        return search(fingerprints, threshold).copies();
    }

    /**
     * The clusters of copies at similarity {@code threshold} (0 &lt; t &le; 1) with what the near-copy search
     * counted. Runs the Spark actions the search needs; only narrow rows (order keys) and the shingles of one
     * article per exact-copy group travel.
     */
    public static CopySearch search(Dataset<CopyFingerprint> fingerprints, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("dedup threshold must be above 0 and at most 1 (got " + threshold + ")");
        }
        Dataset<Row> digests = fingerprints.filter(col("textDigest").isNotNull())
                .select(col("order"), col("articleId"), col("textDigest"));
        Dataset<Row> roots = digests.groupBy(col("textDigest").as("rootDigest")).agg(min("order").as("root"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> withRoot = digests.join(roots, col("textDigest").equalTo(col("rootDigest")))
                .select(col("order"), col("articleId"), col("root"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> exactEdges = withRoot.filter(col("order").notEqual(col("root")))
                .select(col("order").as("a"), col("root").as("b"));
        Dataset<Row> representatives = fingerprints.join(broadcast(roots.select("root")),
                        col("order").equalTo(col("root")), "left_semi")
                .filter(size(col("shingles")).geq(MIN_SHINGLES))
                .select(col("order"), col("shingles"));
        Set<Integer> common = Boilerplate.of(representatives, roots.count());
        Broadcast<Set<Integer>> boilerplate = fingerprints.sparkSession().sparkContext()
                .broadcast(common, scala.reflect.ClassTag$.MODULE$.apply(Set.class));
        Dataset<Row> sets = distinctive(representatives, boilerplate).persist(StorageLevel.MEMORY_AND_DISK());
        NearCopies.Result near = NearCopies.find(sets, threshold);

        Dataset<Row> components = ConnectedComponents.of(exactEdges.union(near.pairs()));
        Dataset<Row> members = withRoot.join(broadcast(components), col("order").equalTo(col("node")))
                .select(col("articleId"), col("order"), col("root"), col("component"))
                .localCheckpoint();
        Dataset<Row> similarities = similarities(members, sets);
        Dataset<ArticleCopy> out = members.join(similarities, members.col("root").equalTo(similarities.col("simRoot"))
                        .and(members.col("component").equalTo(similarities.col("simComponent"))), "left")
                .select(col("articleId"), col("order"), col("component"),
                        coalesce(col("similarity"), lit(1.0)).as("similarity"))
                .map((MapFunction<Row, ArticleCopy>) r -> {
                    String component = r.getString(2);
                    return new ArticleCopy(r.getString(0), CopyFingerprint.idOf(component), component, r.getDouble(3),
                            r.getString(1).equals(component));
                }, Encoders.bean(ArticleCopy.class));
        roots.unpersist();
        return new CopySearch(out, LshBanding.forThreshold(threshold), near.candidatePairs(), near.oversizedBuckets(),
                near.articlesInOversizedBuckets());
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

    /** The sets of {@code representatives} without {@code boilerplate}, those that keep enough shingles. */
    private static Dataset<Row> distinctive(Dataset<Row> representatives, Broadcast<Set<Integer>> boilerplate) {
        return representatives.map((MapFunction<Row, Row>) r -> RowFactory.create(r.getString(0),
                                Shingles.without(NearCopies.ints(r.getList(1)), boilerplate.value())),
                        Encoders.row(new StructType().add("order", DataTypes.StringType, false)
                                .add("shingles", DataTypes.createArrayType(DataTypes.IntegerType, false), false)))
                .filter(size(col("shingles")).geq(MIN_SHINGLES));
    }

    /**
     * The Jaccard similarity of every member's compared text with its kept article's, for the members whose text
     * differs from it: rows {@code (simRoot, simComponent, similarity)}. The kept article is always the first of
     * its exact-copy group, so both sides are found in {@code sets}.
     */
    private static Dataset<Row> similarities(Dataset<Row> members, Dataset<Row> sets) {
        Dataset<Row> needed = members.filter(col("root").notEqual(col("component")))
                .select(col("root").as("simRoot"), col("component").as("simComponent")).distinct();
        Dataset<Row> memberSets = sets.select(col("order").as("simRoot"), col("shingles").as("memberShingles"));
        Dataset<Row> keptSets = sets.select(col("order").as("simComponent"), col("shingles").as("keptShingles"));
        return memberSets.join(broadcast(needed), "simRoot").join(keptSets, "simComponent")
                .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getString(r.fieldIndex("simRoot")),
                        r.getString(r.fieldIndex("simComponent")),
                        Shingles.jaccard(NearCopies.ints(r.getList(r.fieldIndex("memberShingles"))),
                                NearCopies.ints(r.getList(r.fieldIndex("keptShingles"))))),
                        Encoders.row(new StructType().add("simRoot", DataTypes.StringType, false)
                                .add("simComponent", DataTypes.StringType, false)
                                .add("similarity", DataTypes.DoubleType, false)));
    }
}
