package org.newstrends.aggregate;

import java.io.Serializable;

/**
 * AND-banding of MinHash signatures (docs/measures.md, "Near copies"): a signature of {@code rows * bands} MinHash
 * values is cut into {@code bands} bands of {@code rows} values; two articles are candidates when all the values of
 * at least one band agree. A pair of Jaccard similarity s is a candidate with probability
 * {@code 1 - (1 - s^rows)^bands}. Plain Java: the band count is chosen from the threshold so that a pair at the
 * threshold is missed with probability at most {@link #MAX_MISS}.
 */
public final class LshBanding implements Serializable {
    private static final long serialVersionUID = 1L;
    /** MinHash values per band: pairs well below the threshold rarely agree on five values at once. */
    public static final int ROWS = 5;
    /** The most bands (so at most 250 MinHash values per article, whatever the threshold). */
    public static final int MAX_BANDS = 50;
    /** The largest chance of missing a pair exactly at the threshold, when {@link #MAX_BANDS} allows it. */
    public static final double MAX_MISS = 0.01;

    private final int rows;
    private final int bands;

    private LshBanding(int rows, int bands) {
        this.rows = rows;
        this.bands = bands;
    }

    /** The banding for a near-copy threshold (0 &lt; t &le; 1): {@value #ROWS} rows, the fewest bands that do. */
    public static LshBanding forThreshold(double threshold) {
        double band = Math.pow(threshold, ROWS);
        if (band >= 1) return new LshBanding(ROWS, 1);
        int needed = (int) Math.ceil(Math.log(MAX_MISS) / Math.log(1 - band));
        return new LshBanding(ROWS, Math.max(1, Math.min(MAX_BANDS, needed)));
    }

    /** Values per band. */
    public int rows() {
        return rows;
    }

    /** Bands per signature. */
    public int bands() {
        return bands;
    }

    /** The signature's length: MinHash functions (Spark ML's hash tables) per article. */
    public int hashes() {
        return rows * bands;
    }

    /** The chance that a pair of Jaccard similarity {@code s} shares at least one band. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /** Where the S-curve of {@link #candidateProbability} is steepest, about (1/b)^(1/r). */
    public double steepestSimilarity() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }

    /**
     * The bucket key of band {@code band} of {@code signature}: a 64-bit mix of the band's number and its values.
     * Two articles with the same band values get the same key; a collision of different values only adds a
     * candidate pair, which the exact check then rejects.
     */
    public long bucketKey(int band, double[] signature) {
        long h = 0x9E3779B97F4A7C15L * (band + 1);
        for (int i = band * rows; i < (band + 1) * rows; i++) {
            h = mix(h ^ (long) signature[i]);
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    @Override
    public String toString() {
        return bands + " bands of " + rows + " MinHash values";
    }
}
