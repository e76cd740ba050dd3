package org.newstrends.extract.train;

import java.util.Locale;

/**
 * The settings of one run of {@link ThemeWeightLearner}.
 *
 * @param themeStrength how strongly each theme's scale is held at 1 (the curated weights); infinite: not learned
 * @param termStrength how strongly each feature's own change is held at 0; infinite: not learned
 * @param classBalance how examples are weighted by category: 0 all alike, 1 every category weighs the same in all,
 *     0.5 in between (the inverse square root of the category's size)
 * @param sharpness the factor on category scores in the softmax the learner fits
 * @param iterations full passes of gradient descent
 */
public record LearnerSettings(double themeStrength, double termStrength, double classBalance, double sharpness,
                              int iterations) {

    /** Settings with curated weights only: nothing is learned. */
    public static final LearnerSettings CURATED = new LearnerSettings(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            1, 0.25, 0);

    /** Validates the settings. */
    public LearnerSettings {
        if (!(themeStrength > 0) || !(termStrength > 0)) throw new IllegalArgumentException("strengths must be positive");
        if (classBalance < 0 || classBalance > 1) throw new IllegalArgumentException("class balance must be within 0..1");
        if (!(sharpness > 0) || Double.isInfinite(sharpness)) throw new IllegalArgumentException("sharpness must be positive");
        if (iterations < 0) throw new IllegalArgumentException("iterations must be 0 or more");
    }

    /** True when these settings learn nothing. */
    public boolean curatedOnly() {
        return iterations == 0 || (Double.isInfinite(themeStrength) && Double.isInfinite(termStrength));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "theme-strength %s, term-strength %s, class-balance %s, sharpness %s, iterations %d",
                number(themeStrength), number(termStrength), number(classBalance), number(sharpness), iterations);
    }

    private static String number(double v) {
        if (Double.isInfinite(v)) return "inf";
        return v == Math.rint(v) && Math.abs(v) < 1e6 ? Long.toString((long) v) : Double.toString(v);
    }
}
