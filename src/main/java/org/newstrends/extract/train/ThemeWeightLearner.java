package org.newstrends.extract.train;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newstrends.extract.theme.ThemeCategory;
import org.newstrends.extract.theme.ThemeModel;

/**
 * Learns theme feature weights from labelled articles, starting from and held near the curated ones. Each feature
 * {@code f} of theme {@code t} gets the weight {@code a[t] * curated[f] + d[f]}: a scale per theme (so terms the
 * labels never show move with their theme) and a change per feature, each pulled back to the curated weights by
 * its own strength. The fitted model is a softmax over the eleven categories of the summed feature scores of
 * each category's themes, the same sums that decide an article's dominant category; it is fitted by full-batch
 * gradient descent with AdaGrad steps, so a run is deterministic. Only the themes of categories the labels show
 * are learned (the others keep their curated weights: no label can tell how much a flood story weighs); a theme's
 * scale stays within {@value #MIN_SCALE}..{@value #MAX_SCALE}, and a weight within the taxonomy's ±10 and of its
 * curated sign.
 */
public final class ThemeWeightLearner {

    private static final double STEP = 0.2;
    private static final double MAX_WEIGHT = 10.0;
    private static final double MIN_SCALE = 0.25;
    private static final double MAX_SCALE = 4.0;
    private static final int CATEGORIES = ThemeCategory.values().length;

    private final ThemeModel base;
    private final LearnerSettings settings;
    private final int[] categoryOfFeature;

    /** A learner that starts from {@code base}'s curated weights. */
    public ThemeWeightLearner(ThemeModel base, LearnerSettings settings) {
        this.base = base;
        this.settings = settings;
        categoryOfFeature = new int[base.features()];
        for (int f = 0; f < base.features(); f++) {
            categoryOfFeature[f] = base.themes().get(base.theme(f)).category().ordinal();
        }
    }

    /** The model with weights learned from {@code examples} (the curated model when the settings learn nothing). */
    public ThemeModel learn(List<ThemeExample> examples) {
        int n = base.features();
        double[] curated = new double[n];
        for (int f = 0; f < n; f++) curated[f] = base.curatedWeight(f);
        if (settings.curatedOnly() || examples.isEmpty()) return base.withWeights(curated);
        Sparse[] data = new Sparse[examples.size()];
        for (int i = 0; i < data.length; i++) data[i] = Sparse.of(examples.get(i));
        double[] exampleWeight = exampleWeights(examples);
        double totalWeight = Arrays.stream(exampleWeight).sum();
        int themes = base.themes().size();
        double[] scale = new double[themes];
        Arrays.fill(scale, 1.0);
        double[] change = new double[n];
        double[] scaleSquares = new double[themes];
        double[] changeSquares = new double[n];
        boolean learnScale = Double.isFinite(settings.themeStrength());
        boolean learnChange = Double.isFinite(settings.termStrength());
        boolean[] labelled = new boolean[CATEGORIES];
        for (ThemeExample e : examples) labelled[e.category().ordinal()] = true;
        double[] weight = curated.clone();
        double[] gradient = new double[n];
        double[] scores = new double[CATEGORIES];
        for (int iteration = 0; iteration < settings.iterations(); iteration++) {
            Arrays.fill(gradient, 0);
            for (int i = 0; i < data.length; i++) {
                accumulate(data[i], examples.get(i).category().ordinal(), exampleWeight[i] / totalWeight, weight, scores, gradient);
            }
            if (learnScale) {
                double[] scaleGradient = new double[themes];
                for (int f = 0; f < n; f++) scaleGradient[base.theme(f)] += gradient[f] * curated[f];
                for (int t = 0; t < themes; t++) {
                    if (!labelled[base.themes().get(t).category().ordinal()]) continue;
                    double g = scaleGradient[t] + settings.themeStrength() * (scale[t] - 1.0);
                    scaleSquares[t] += g * g;
                    if (scaleSquares[t] > 0) scale[t] -= STEP * g / Math.sqrt(scaleSquares[t]);
                    scale[t] = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale[t]));
                }
            }
            if (learnChange) {
                for (int f = 0; f < n; f++) {
                    if (!labelled[categoryOfFeature[f]]) continue;
                    double g = gradient[f] + settings.termStrength() * change[f];
                    changeSquares[f] += g * g;
                    if (changeSquares[f] > 0) change[f] -= STEP * g / Math.sqrt(changeSquares[f]);
                }
            }
            for (int f = 0; f < n; f++) weight[f] = bounded(scale[base.theme(f)] * curated[f] + change[f], curated[f]);
        }
        return base.withWeights(weight);
    }

    /** Keeps a weight within ±{@value #MAX_WEIGHT} and of its curated weight's sign (a learned weight may reach 0). */
    private static double bounded(double weight, double curated) {
        double w = Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, weight));
        return curated > 0 ? Math.max(0, w) : Math.min(0, w);
    }

    /** Adds one example's gradient of the weighted log loss to {@code gradient}. */
    private void accumulate(Sparse x, int label, double exampleWeight, double[] weight, double[] scores, double[] gradient) {
        Arrays.fill(scores, 0);
        for (int k = 0; k < x.features.length; k++) scores[categoryOfFeature[x.features[k]]] += weight[x.features[k]] * x.values[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CATEGORIES; c++) max = Math.max(max, settings.sharpness() * scores[c]);
        double sum = 0;
        for (int c = 0; c < CATEGORIES; c++) {
            scores[c] = Math.exp(settings.sharpness() * scores[c] - max);
            sum += scores[c];
        }
        for (int k = 0; k < x.features.length; k++) {
            int f = x.features[k];
            int c = categoryOfFeature[f];
            double p = scores[c] / sum;
            gradient[f] += exampleWeight * settings.sharpness() * x.values[k] * (p - (c == label ? 1 : 0));
        }
    }

    /** Per example, its weight: the inverse of its category's size raised to the class balance. */
    private double[] exampleWeights(List<ThemeExample> examples) {
        int[] size = new int[CATEGORIES];
        for (ThemeExample e : examples) size[e.category().ordinal()]++;
        double[] weights = new double[examples.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.pow(size[examples.get(i).category().ordinal()], -settings.classBalance());
        }
        return weights;
    }

    /** One example's features with their summed credits, in feature order. */
    private record Sparse(int[] features, double[] values) {
        static Sparse of(ThemeExample example) {
            TreeMap<Integer, Double> sums = new TreeMap<>();
            for (int i = 0; i < example.evidence().size(); i++) {
                sums.merge(example.evidence().feature(i), example.evidence().credit(i), Double::sum);
            }
            int[] features = new int[sums.size()];
            double[] values = new double[sums.size()];
            int k = 0;
            for (Map.Entry<Integer, Double> e : sums.entrySet()) {
                features[k] = e.getKey();
                values[k++] = e.getValue();
            }
            return new Sparse(features, values);
        }
    }
}
