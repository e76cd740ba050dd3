package org.newstrends.extract.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newstrends.extract.eval.CategoryConfusion;
import org.newstrends.extract.theme.ThemeCategory;
import org.newstrends.extract.theme.ThemeDecision;
import org.newstrends.extract.theme.ThemeModel;

/**
 * K-fold cross-validation of learned theme weights: the examples of each (set, category) are dealt to the folds
 * in turn, weights are learned on all folds but one, and the held-out fold is decided with them (themes carried,
 * then the dominant category), so every example is scored once by weights that never saw it.
 */
public final class ThemeCrossValidation {

    private final ThemeModel base;
    private final List<ThemeExample> examples;
    private final int folds;
    private final int[] foldOf;

    /** A cross-validation over {@code examples} in {@code folds} folds (2 or more), starting from {@code base}. */
    public ThemeCrossValidation(ThemeModel base, List<ThemeExample> examples, int folds) {
        if (folds < 2) throw new IllegalArgumentException("cross-validation needs 2 folds or more, got " + folds);
        this.base = base;
        this.examples = List.copyOf(examples);
        this.folds = folds;
        this.foldOf = new int[examples.size()];
        Map<String, Integer> dealt = new HashMap<>();
        for (int i = 0; i < foldOf.length; i++) {
            ThemeExample e = examples.get(i);
            int k = dealt.merge(e.set() + '\u0000' + e.category(), 1, Integer::sum) - 1;
            foldOf[i] = k % folds;
        }
    }

    /**
     * The held-out figures of one setting: per labelled set its confusion over all folds, and per fold the
     * criterion of that fold's decisions alone (for the spread between folds).
     */
    public record Result(Map<String, CategoryConfusion> bySet, double[] foldCriteria) {

        /** The criterion of all held-out decisions. */
        public double criterion() {
            return ThemeCrossValidation.criterion(bySet);
        }

        /** The standard error of the criterion: the folds' standard deviation over the square root of their number. */
        public double standardError() {
            int k = foldCriteria.length;
            double mean = Arrays.stream(foldCriteria).average().orElse(0);
            double squares = 0;
            for (double c : foldCriteria) squares += (c - mean) * (c - mean);
            return k < 2 ? 0 : Math.sqrt(squares / (k - 1)) / Math.sqrt(k);
        }
    }

    /** The held-out decisions under {@code settings}. */
    public Result run(LearnerSettings settings) {
        Map<String, CategoryConfusion> bySet = new TreeMap<>();
        double[] foldCriteria = new double[folds];
        for (int fold = 0; fold < folds; fold++) {
            List<ThemeExample> train = new ArrayList<>();
            for (int i = 0; i < foldOf.length; i++) if (foldOf[i] != fold) train.add(examples.get(i));
            ThemeDecision decision = new ThemeDecision(new ThemeWeightLearner(base, settings).learn(train));
            Map<String, CategoryConfusion> foldBySet = new TreeMap<>();
            for (int i = 0; i < foldOf.length; i++) {
                if (foldOf[i] != fold) continue;
                ThemeExample e = examples.get(i);
                Optional<ThemeCategory> decided = decision.dominant(e.evidence());
                bySet.computeIfAbsent(e.set(), s -> new CategoryConfusion()).add(e.category(), decided);
                foldBySet.computeIfAbsent(e.set(), s -> new CategoryConfusion()).add(e.category(), decided);
            }
            foldCriteria[fold] = criterion(foldBySet);
        }
        return new Result(bySet, foldCriteria);
    }

    /**
     * The setting to keep: of {@code results} in order from simplest to most complex, the first whose criterion is
     * within one standard error of the best one's (the one-standard-error rule: a more complex setting must beat a
     * simpler one by more than the spread between folds).
     */
    public static int choose(List<Result> results) {
        int best = 0;
        for (int i = 1; i < results.size(); i++) {
            if (results.get(i).criterion() > results.get(best).criterion()) best = i;
        }
        double bar = results.get(best).criterion() - results.get(best).standardError();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).criterion() >= bar) return i;
        }
        return best;
    }

    /** The confusions of every set added together. */
    public static CategoryConfusion pooled(Map<String, CategoryConfusion> bySet) {
        CategoryConfusion all = new CategoryConfusion();
        bySet.values().forEach(all::addAll);
        return all;
    }

    /** What the choice of settings maximises: the macro accuracy of all sets' decisions pooled. */
    public static double criterion(Map<String, CategoryConfusion> bySet) {
        return pooled(bySet).macroAccuracy();
    }
}
