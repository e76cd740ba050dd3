package org.newstrends.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.newstrends.SparkTestSession;

/** Shuffle partitions follow the corpus size and never override what the user set. */
class ShufflePartitionsTest {

    @Test
    void aSmallCorpusGetsTheClustersParallelismAndALargeOneMoreUpToSparksDefault() {
        assertEquals(2, ShufflePartitions.forArticles(451, 2));
        assertEquals(8, ShufflePartitions.forArticles(0, 8));
        assertEquals(4, ShufflePartitions.forArticles(100_000, 2));
        assertEquals(40, ShufflePartitions.forArticles(1_000_000, 2));
        assertEquals(200, ShufflePartitions.forArticles(50_000_000, 2));
    }

    @Test
    void theUsersSettingStandsAndOursIsUndoneAfterTheJob() {
        SparkSession spark = SparkTestSession.start(ShufflePartitionsTest.class);
        try {
            String users = spark.conf().get(ShufflePartitions.KEY);
            ShufflePartitions.apply(spark, 1_000_000).run();
            assertEquals(users, spark.conf().get(ShufflePartitions.KEY), "a setting made before is kept");

            spark.conf().unset(ShufflePartitions.KEY);
            Runnable undo = ShufflePartitions.apply(spark, 1_000_000);
            assertEquals(String.valueOf(Math.max(40, spark.sparkContext().defaultParallelism())),
                    spark.conf().get(ShufflePartitions.KEY));
            undo.run();
            assertFalse(spark.conf().contains(ShufflePartitions.KEY));
            spark.conf().set(ShufflePartitions.KEY, users);
        } finally {
            spark.stop();
        }
    }
}
