package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Connected components of an undirected graph in Spark, by iterated smallest-label propagation: every node starts
 * with its own name as label and takes the smallest label among itself and its neighbours until no label changes.
 * Each component ends labelled by its smallest node name, whatever the partitioning; nothing is collected but the
 * number of labels that changed in each round.
 */
public final class ConnectedComponents {
    /** The most rounds before giving up (a component's diameter bounds the rounds it needs). */
    static final int MAX_ROUNDS = 200;

    private ConnectedComponents() { }

    /**
     * The component of every node that has an edge: rows {@code (node, component)}, the component being the
     * smallest node name in it. {@code edges} has string columns {@code a} and {@code b}.
     */
    public static Dataset<Row> of(Dataset<Row> edges) {
        Dataset<Row> both = edges.select(col("a"), col("b"))
                .union(edges.select(col("b").as("a"), col("a").as("b")))
                .distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> labels = both.groupBy("a").agg(min(least(col("a"), col("b"))).as("label"))
                .withColumnRenamed("a", "node")
                .localCheckpoint();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Dataset<Row> proposed = both.join(labels, both.col("b").equalTo(labels.col("node")))
                    .select(both.col("a").as("node"), labels.col("label"))
                    .union(labels.select("node", "label"))
                    .groupBy("node").agg(min("label").as("label"))
                    .localCheckpoint();
            long changed = proposed.join(labels.withColumnRenamed("label", "before"), "node")
                    .filter(col("label").notEqual(col("before"))).count();
            labels = proposed;
            if (changed == 0) {
                both.unpersist();
                return labels.withColumnRenamed("label", "component");
            }
        }
        both.unpersist();
        throw new IllegalStateException("duplicate clusters did not settle in " + MAX_ROUNDS + " rounds");
    }
}
