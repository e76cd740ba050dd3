package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Boilerplate shingles (docs/measures.md, "Boilerplate"): shingles found in more than {@link #limit} of the
 * compared articles, such as a standing disclaimer or a recurring sentence, which near-copy search leaves out.
 * Their article counts are estimated from a sample of at most about {@value #SAMPLE} articles, chosen by a hash of
 * each article's order key, so that the same articles are sampled at any partitioning.
 */
final class Boilerplate {
    /** About how many articles are sampled to count shingles. */
    static final long SAMPLE = 20_000;

    private Boilerplate() { }

    /** A shingle in more than this many of {@code articles} articles is boilerplate: 100, or one in a thousand. */
    static long limit(long articles) {
        return Math.max(100, (articles + 999) / 1000);
    }

    /** The share of {@code articles} sampled: all of them up to {@value #SAMPLE}. */
    static double sampleRate(long articles) {
        return articles <= SAMPLE ? 1.0 : SAMPLE / (double) articles;
    }

    /** True when the article with this order key is in a sample of share {@code rate}. */
    static boolean sampled(String order, double rate) {
        return rate >= 1.0 || (order.hashCode() & 0x7fffffff) % 1_000_000 < rate * 1_000_000;
    }

    /**
     * The boilerplate shingles of {@code sets} (columns {@code order}, {@code shingles}) of {@code articles} rows:
     * those in more than {@code rate * limit} sampled articles. Collects only that set to the driver.
     */
    static Set<Integer> of(Dataset<Row> sets, long articles) {
        double rate = sampleRate(articles);
        double sampledLimit = limit(articles) * rate;
        List<Row> common = sets.filter((FilterFunction<Row>) r -> sampled(r.getString(0), rate))
                .select(explode(col("shingles")).as("s"))
                .groupBy("s").count().filter(col("count").gt(sampledLimit)).select("s").collectAsList();
        Set<Integer> out = new HashSet<>();
        for (Row r : common) out.add(r.getInt(0));
        return out;
    }
}
