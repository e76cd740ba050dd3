package org.newstrends.job;

import org.apache.spark.sql.SparkSession;

/**
 * Shuffle partitions sized to the corpus: Spark's default of 200 makes a few hundred articles cost hundreds of tiny
 * tasks per stage. Unless the user set {@code spark.sql.shuffle.partitions} (job spec, spark-submit or session),
 * the job uses one partition per {@value #ARTICLES_PER_PARTITION} articles, at least the cluster's default
 * parallelism and at most Spark's default. Adaptive execution still coalesces what turns out smaller. The tables do
 * not depend on it: every output is sorted, and the same at any partitioning.
 */
final class ShufflePartitions {
    /** The Spark setting this sizes. */
    static final String KEY = "spark.sql.shuffle.partitions";
    /** Articles per shuffle partition: their entity rows are a few megabytes. */
    static final long ARTICLES_PER_PARTITION = 25_000;
    /** The most partitions chosen, Spark's own default. */
    static final int MOST = 200;

    private ShufflePartitions() { }

    /** The partitions for {@code articles} articles on a cluster of default parallelism {@code parallelism}. */
    static int forArticles(long articles, int parallelism) {
        long wanted = (articles + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION;
        return (int) Math.max(Math.max(1, parallelism), Math.min(MOST, wanted));
    }

    /**
     * Sets the shuffle partitions of {@code spark} for {@code articles} articles unless the user set them, and
     * returns what undoes that when the job is done (nothing when the user's setting stands), so that a session
     * shared by several jobs keeps its own settings.
     */
    static Runnable apply(SparkSession spark, long articles) {
        if (spark.conf().contains(KEY)) return () -> { };
        spark.conf().set(KEY, forArticles(articles, spark.sparkContext().defaultParallelism()));
        return () -> spark.conf().unset(KEY);
    }
}
