package org.newstrends.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds spikes in one entity's series of article counts per period (docs/measures.md, "Spikes"): a period is a
 * spike when its count is at least the support and its robust z-score against the {@link #HISTORY} periods
 * before it (at least {@link #MIN_HISTORY}) is at least {@link #THRESHOLD}: z = (x - median) / max(1.4826 * MAD,
 * sqrt(max(median, 1))), the floor keeping a flat history from dividing by zero. Plain Java.
 */
public final class SpikeScore {
    /** The most earlier periods a period is compared with. */
    public static final int HISTORY = 12;
    /** The fewest earlier periods a period needs to be compared at all. */
    public static final int MIN_HISTORY = 3;
    /** The least robust z-score of a spike. */
    public static final double THRESHOLD = 3.5;
    /** Scales the MAD to the standard deviation of a normal distribution. */
    static final double MAD_SCALE = 1.4826;

    private SpikeScore() { }

    /** A spike at period {@code index}: the expected count (median of its history) and its z-score. */
    public record Found(int index, double expected, double score) { }

    /** The spikes of {@code counts}, in period order. */
    public static List<Found> find(long[] counts, long minArticles) {
        List<Found> out = new ArrayList<>();
        for (int t = MIN_HISTORY; t < counts.length; t++) {
            if (counts[t] < minArticles) continue;
            double[] history = new double[Math.min(HISTORY, t)];
            for (int i = 0; i < history.length; i++) history[i] = counts[t - history.length + i];
            double z = score(counts[t], history);
            if (z >= THRESHOLD) out.add(new Found(t, median(history), z));
        }
        return out;
    }

    /** The robust z-score of {@code x} against {@code history}. */
    public static double score(double x, double[] history) {
        double median = median(history);
        double[] deviations = new double[history.length];
        for (int i = 0; i < history.length; i++) deviations[i] = Math.abs(history[i] - median);
        double scale = Math.max(MAD_SCALE * median(deviations), Math.sqrt(Math.max(median, 1)));
        return (x - median) / scale;
    }

    /** The median of {@code values} (the mean of the middle two for an even count). */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) return 0;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
