package org.newstrends;

import org.apache.spark.sql.SparkSession;

/**
 * The local SparkSession tests share within a class: {@code local[2]}, UI off, two shuffle partitions, UTC.
 * Create it in {@code @BeforeAll} and stop it in {@code @AfterAll}.
 */
public final class SparkTestSession {
    private SparkTestSession() { }

    /** A new local session named after the test class. */
    public static SparkSession start(Class<?> testClass) {
        return SparkSession.builder()
                .appName(testClass.getSimpleName())
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
