package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
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

/** Components on the driver and by star rounds in Spark, each labelled by its smallest node, at any partitioning. */
class ConnectedComponentsTest {
    private static final StructType EDGES = new StructType().add("a", DataTypes.StringType, false)
            .add("b", DataTypes.StringType, false);
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start(ConnectedComponentsTest.class);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aLongChainAndABridgedPairAreEachOneComponentInSparkAndOnTheDriver() {
        List<Row> edges = new ArrayList<>();
        for (int i = 0; i < 40; i++) edges.add(RowFactory.create(node(i + 1), node(i)));
        edges.add(RowFactory.create("x5", "x9"));
        edges.add(RowFactory.create("x9", "x7"));
        edges.add(RowFactory.create("x7", "x7"));
        Map<String, String> expected = new TreeMap<>();
        for (int i = 0; i <= 40; i++) expected.put(node(i), node(0));
        for (String x : List.of("x5", "x7", "x9")) expected.put(x, "x5");
        assertEquals(expected, labels(edges, 0, 2));
        assertEquals(expected, labels(edges, ConnectedComponents.DRIVER_LIMIT, 2));
    }

    @Test
    void aRandomGraphGetsTheSameLabelsInSparkAtOneTwoAndEightPartitionsAsOnTheDriver() {
        SplittableRandom random = new SplittableRandom(11);
        List<Row> edges = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            edges.add(RowFactory.create(node(random.nextInt(500)), node(random.nextInt(500))));
        }
        Map<String, String> onDriver = labels(edges, ConnectedComponents.DRIVER_LIMIT, 2);
        assertEquals(propagated(edges), onDriver);
        for (int partitions : new int[] {1, 2, 8}) {
            assertEquals(onDriver, labels(edges, 0, partitions), partitions + " partitions");
        }
        for (Map.Entry<String, String> e : onDriver.entrySet()) {
            assertEquals(e.getValue(), onDriver.get(e.getValue()), "a component is named by one of its nodes");
        }
        spark.conf().set("spark.sql.shuffle.partitions", "2");
    }

    private static Map<String, String> labels(List<Row> edges, int driverLimit, int partitions) {
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
        Dataset<Row> graph = spark.createDataFrame(edges, EDGES).repartition(partitions);
        Map<String, String> out = new TreeMap<>();
        for (Row r : ConnectedComponents.of(graph, driverLimit).collectAsList()) {
            String before = out.put(r.getString(0), r.getString(1));
            assertEquals(null, before, "one label per node");
        }
        return out;
    }

    /** The smallest label in reach of every node, by propagating along the edges until nothing changes. */
    private static Map<String, String> propagated(List<Row> edges) {
        Map<String, String> label = new TreeMap<>();
        for (Row e : edges) {
            if (e.getString(0).equals(e.getString(1))) continue;
            label.put(e.getString(0), e.getString(0));
            label.put(e.getString(1), e.getString(1));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Row e : edges) {
                if (!label.containsKey(e.getString(0))) continue;
                String a = label.get(e.getString(0));
                String b = label.get(e.getString(1));
                String least = a.compareTo(b) <= 0 ? a : b;
                changed |= !a.equals(least) || !b.equals(least);
                label.put(e.getString(0), least);
                label.put(e.getString(1), least);
            }
        }
        return label;
    }

    private static String node(int i) {
        return String.format("n%03d", i);
    }
}
