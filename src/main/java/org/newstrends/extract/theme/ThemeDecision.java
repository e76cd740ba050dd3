package org.newstrends.extract.theme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newstrends.extract.text.ThemeHit;

/**
 * Decides which themes an article carries from its {@link ThemeEvidence}, and how much each weighs. The article
 * carries a theme when the sum over its items of curated weight times credit (rounded to 3 decimals) reaches the
 * theme's threshold and the evidence is corroborated: two items with a positive weight, or one whose weight alone
 * reaches the threshold. A carried theme's score is the same sum with the model's weights (the curated ones, or
 * those learned from labelled news), so learning changes how much a theme weighs, never whether it is there. Its
 * dominant category follows as {@link DominantCategory} defines it.
 */
public final class ThemeDecision {

    private final ThemeModel model;
    private final int[] themesByCode;

    /** The decision under {@code model}'s weights and thresholds. */
    public ThemeDecision(ThemeModel model) {
        this.model = model;
        List<ThemeDefinition> themes = model.themes();
        Integer[] order = new Integer[themes.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparing(i -> themes.get(i).code()));
        this.themesByCode = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The model decided with. */
    public ThemeModel model() {
        return model;
    }

    /** The themes carried, sorted by code, each with its score and the text offsets of its positive items. */
    public List<ThemeHit> hits(ThemeEvidence evidence) {
        double[] score = carriedScores(evidence);
        List<ThemeHit> hits = new ArrayList<>();
        for (int t : themesByCode) {
            if (Double.isNaN(score[t])) continue;
            ThemeDefinition theme = model.themes().get(t);
            hits.add(new ThemeHit(theme.code(), theme.category().name(), score[t], evidence(t, evidence)));
        }
        return List.copyOf(hits);
    }

    /** The dominant category of the themes carried, without building them; empty when none is carried. */
    public Optional<ThemeCategory> dominant(ThemeEvidence evidence) {
        double[] score = carriedScores(evidence);
        double[] sums = new double[ThemeCategory.values().length];
        boolean[] present = new boolean[sums.length];
        for (int t = 0; t < score.length; t++) {
            if (Double.isNaN(score[t])) continue;
            int c = model.themes().get(t).category().ordinal();
            sums[c] += score[t];
            present[c] = true;
        }
        int best = -1;
        for (int c = 0; c < sums.length; c++) {
            if (present[c] && (best < 0 || sums[c] > sums[best])) best = c;
        }
        return best < 0 ? Optional.empty() : Optional.of(ThemeCategory.values()[best]);
    }

    /**
     * Per theme, its rounded score when carried, else NaN. Whether a theme is carried depends on the curated
     * weights alone; its score, and so the dominant category, on the model's (possibly learned) weights.
     */
    private double[] carriedScores(ThemeEvidence evidence) {
        int themes = model.themes().size();
        double[] score = new double[themes];
        double[] curatedScore = new double[themes];
        int[] positive = new int[themes];
        double[] strongest = new double[themes];
        for (int i = 0; i < evidence.size(); i++) {
            int f = evidence.feature(i);
            int t = model.theme(f);
            double curated = model.curatedWeight(f);
            score[t] += model.weight(f) * evidence.credit(i);
            curatedScore[t] += curated * evidence.credit(i);
            if (curated > 0) {
                positive[t]++;
                strongest[t] = Math.max(strongest[t], curated);
            }
        }
        for (int t = 0; t < themes; t++) {
            double threshold = model.themes().get(t).threshold();
            boolean corroborated = positive[t] >= 2 || strongest[t] >= threshold;
            boolean carried = Math.round(curatedScore[t] * 1000.0) / 1000.0 >= threshold && corroborated;
            score[t] = carried ? Math.round(score[t] * 1000.0) / 1000.0 : Double.NaN;
        }
        return score;
    }

    private List<int[]> evidence(int theme, ThemeEvidence evidence) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            int f = evidence.feature(i);
            if (model.theme(f) == theme && model.curatedWeight(f) > 0) spans.addAll(evidence.spans(i));
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        return Collections.unmodifiableList(spans);
    }
}
