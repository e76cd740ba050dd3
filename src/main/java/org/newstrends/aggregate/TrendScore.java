package org.newstrends.aggregate;

/**
 * Dunning's log-likelihood ratio G2 for the 2x2 table of an entity's articles in two windows (docs/measures.md,
 * "Trends"): {@code a} of {@code n1} articles in the previous window, {@code b} of {@code n2} in the current.
 * G2 = 2 * sum over the four cells of O * ln(O / E), E being the count expected if both windows shared one
 * proportion. Above 3.84 the change is significant at p &lt; 0.05, above 10.83 at p &lt; 0.001 (chi-squared, 1
 * degree of freedom). Plain Java.
 */
public final class TrendScore {
    private TrendScore() { }

    /** G2 of {@code a}/{@code n1} against {@code b}/{@code n2}; 0 when either window is empty. */
    public static double logLikelihood(long a, long n1, long b, long n2) {
        if (n1 <= 0 || n2 <= 0) return 0;
        double total = n1 + n2;
        double named = a + b;
        double g = cell(a, n1 * named / total) + cell(n1 - a, n1 * (total - named) / total)
                + cell(b, n2 * named / total) + cell(n2 - b, n2 * (total - named) / total);
        return Math.max(0, 2 * g);
    }

    private static double cell(double observed, double expected) {
        return observed <= 0 || expected <= 0 ? 0 : observed * Math.log(observed / expected);
    }
}
