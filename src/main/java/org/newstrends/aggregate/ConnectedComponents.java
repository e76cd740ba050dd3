package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Connected components of an undirected graph, each labelled by its smallest node name, whatever the partitioning.
 * A graph of at most {@link #DRIVER_LIMIT} edges is collected and solved by union-find on the driver (its edges are
 * already few: the copy pairs, not all pairs). A larger one is solved in Spark by alternating large-star and
 * small-star rounds (Kiveris et al., "Connected Components in MapReduce and Beyond", 2014): each round points
 * nodes at the smallest label in reach, so rounds grow with the logarithm of a component's size, not with its
 * diameter; each round's edges are cut from the lineage by a local checkpoint.
 */
public final class ConnectedComponents {
    /** The most edges solved on the driver. */
    public static final int DRIVER_LIMIT = 1_000_000;
    /** The most star rounds before giving up (logarithmic rounds need far fewer). */
    static final int MAX_ROUNDS = 100;
    private static final StructType LABELS = new StructType().add("node", DataTypes.StringType, false)
            .add("component", DataTypes.StringType, false);

    private ConnectedComponents() { }

    /**
     * The component of every node that has an edge: rows {@code (node, component)}, the component being the
     * smallest node name in it. {@code edges} has string columns {@code a} and {@code b}.
     */
    public static Dataset<Row> of(Dataset<Row> edges) {
        return of(edges, DRIVER_LIMIT);
    }

    /** As {@link #of(Dataset)}, solving graphs of at most {@code driverLimit} edges on the driver. */
    static Dataset<Row> of(Dataset<Row> edges, int driverLimit) {
        Dataset<Row> simple = edges.select(col("a"), col("b")).filter(col("a").notEqual(col("b")));
        List<Row> few = simple.limit(driverLimit + 1).collectAsList();
        if (few.size() <= driverLimit) return onDriver(edges.sparkSession(), few);
        return inSpark(simple.localCheckpoint());
    }

    private static Dataset<Row> onDriver(SparkSession spark, List<Row> edges) {
        Map<String, String> parent = new HashMap<>();
        for (Row e : edges) union(parent, e.getString(0), e.getString(1));
        Map<String, String> labels = new TreeMap<>();
        for (String node : parent.keySet()) labels.put(node, root(parent, node));
        List<Row> rows = new ArrayList<>(labels.size());
        labels.forEach((node, component) -> rows.add(RowFactory.create(node, component)));
        return spark.createDataFrame(rows, LABELS);
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (ra.equals(rb)) return;
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }

    private static String root(Map<String, String> parent, String node) {
        String r = node;
        while (!parent.get(r).equals(r)) r = parent.get(r);
        String n = node;
        while (!n.equals(r)) {
            String next = parent.get(n);
            parent.put(n, r);
            n = next;
        }
        return r;
    }

    /**
     * Star rounds over edges {@code (a, b)}: the graph is kept as edges from a node to a smaller one; it is solved
     * when every node has one edge out and it points at a node with none (a star around each component's
     * smallest node, since every round keeps the components).
     */
    private static Dataset<Row> inSpark(Dataset<Row> edges) {
        Dataset<Row> down = edges.select(
                        greatest(col("a"), col("b")).as("a"), least(col("a"), col("b")).as("b"))
                .distinct().localCheckpoint();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            down = smallStar(largeStar(down).localCheckpoint()).localCheckpoint();
            Dataset<Row> children = down.select(col("a").as("child")).distinct().localCheckpoint();
            long pointingAtChildren = down.join(children, down.col("b").equalTo(children.col("child"))).count();
            if (pointingAtChildren == 0 && down.count() == children.count()) {
                Dataset<Row> roots = down.select(col("b").as("node"), col("b").as("component")).distinct();
                return down.select(col("a").as("node"), col("b").as("component")).union(roots);
            }
        }
        throw new IllegalStateException("duplicate clusters did not settle in " + MAX_ROUNDS + " rounds");
    }

    /**
     * Large star: every node u with m(u) the smallest of u and its neighbours links each neighbour larger than u to
     * m(u). Edges in and out point from the larger node to the smaller.
     */
    private static Dataset<Row> largeStar(Dataset<Row> down) {
        Dataset<Row> both = down.union(down.select(col("b").as("a"), col("a").as("b")));
        Dataset<Row> smallest = both.groupBy("a").agg(min(least(col("a"), col("b"))).as("m"))
                .withColumnRenamed("a", "u");
        return both.join(smallest, both.col("a").equalTo(smallest.col("u")))
                .filter(col("b").gt(col("a")))
                .select(col("b").as("a"), col("m").as("b"))
                .distinct();
    }

    /**
     * Small star: every node u with m(u) the smallest of its smaller neighbours links u and each of those
     * neighbours to m(u).
     */
    private static Dataset<Row> smallStar(Dataset<Row> down) {
        Dataset<Row> smallest = down.groupBy("a").agg(min("b").as("m")).withColumnRenamed("a", "u");
        Dataset<Row> joined = down.join(smallest, down.col("a").equalTo(smallest.col("u")));
        return joined.filter(col("b").notEqual(col("m"))).select(col("b").as("a"), col("m").as("b"))
                .union(smallest.select(col("u").as("a"), col("m").as("b")))
                .distinct();
    }
}
