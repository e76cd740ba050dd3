package org.newstrends.report;

/**
 * Centred rolling windows for over-time charts with many periods: beyond {@link #MAX_PLAIN_PERIODS} periods a
 * line or heatmap cell shows its period with the {@link #WIDE} periods around it (three on each side, fewer at the
 * ends), which turns hundreds of sparse daily values into a readable line. A rolling share pools the window:
 * articles naming the entity over the window's articles.
 */
final class Rolling {

    /** Charts of up to this many periods draw every period's own value. */
    static final int MAX_PLAIN_PERIODS = 90;
    /** The window of charts with more periods. */
    static final int WIDE = 7;

    private Rolling() {
    }

    /** The window for a chart of {@code periods} periods: 1 (no rolling) or {@link #WIDE}. */
    static int window(int periods) {
        return periods > MAX_PLAIN_PERIODS ? WIDE : 1;
    }

    /** {@code "; each value pools the 7 days around it"} for a rolling window, else empty: a subtitle's note. */
    static String note(int window, String unit) {
        return window == 1 ? "" : "; each value pools the " + window + " " + unit + "s around it";
    }

    /**
     * The pooled share of period {@code p}: the sum of {@code hits} over the sum of {@code totals} in the window
     * around it; null when the window has no articles.
     */
    static Double share(long[] hits, long[] totals, int p, int window) {
        long h = 0;
        long t = 0;
        for (int i = Math.max(0, p - window / 2); i <= Math.min(hits.length - 1, p + window / 2); i++) {
            h += hits[i];
            t += totals[i];
        }
        return t == 0 ? null : (double) h / t;
    }

    /** The mean of {@code counts} in the window around period {@code p}. */
    static double mean(long[] counts, int p, int window) {
        long sum = 0;
        int n = 0;
        for (int i = Math.max(0, p - window / 2); i <= Math.min(counts.length - 1, p + window / 2); i++) {
            sum += counts[i];
            n++;
        }
        return (double) sum / n;
    }
}
