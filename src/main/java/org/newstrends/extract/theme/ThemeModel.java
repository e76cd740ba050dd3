package org.newstrends.extract.theme;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the theme scorer weighs: the taxonomy's terms and the actor cues as one list of <i>features</i>, each
 * of one theme, with its weight. Features {@code 0 .. terms-1} are the taxonomy's terms in file order, the rest the
 * actor cues whose theme the taxonomy has. A feature's weight is the curated one ({@code themes.txt},
 * {@code theme-actors.tsv}) unless learned weights replace it ({@link LearnedThemeWeights}).
 */
public final class ThemeModel {

    private static final int[] NONE = new int[0];

    private final ThemeTaxonomy taxonomy;
    private final int termCount;
    private final int[] theme;
    private final double[] curated;
    private final double[] weight;
    private final String[] key;
    private final Map<ActorThemeCues.Kind, Map<String, int[]>> cuesByKey;
    private final Map<String, Integer> featureByKey;

    private ThemeModel(ThemeTaxonomy taxonomy, ActorThemeCues cues) {
        this.taxonomy = taxonomy;
        List<ThemeTerm> terms = taxonomy.terms();
        Map<String, Integer> themeIndex = new HashMap<>();
        for (int t = 0; t < taxonomy.themes().size(); t++) themeIndex.put(taxonomy.themes().get(t).code(), t);
        List<ActorThemeCues.Cue> known = cues.cues().stream().filter(c -> themeIndex.containsKey(c.theme())).toList();
        this.termCount = terms.size();
        int n = termCount + known.size();
        theme = new int[n];
        curated = new double[n];
        key = new String[n];
        featureByKey = new HashMap<>();
        cuesByKey = new HashMap<>();
        for (int f = 0; f < termCount; f++) {
            ThemeTerm term = terms.get(f);
            theme[f] = term.themeIndex();
            curated[f] = term.weight();
            key[f] = featureKey("term", taxonomy.themes().get(term.themeIndex()).code(), term.text());
        }
        for (int i = 0; i < known.size(); i++) {
            ActorThemeCues.Cue cue = known.get(i);
            int f = termCount + i;
            theme[f] = themeIndex.get(cue.theme());
            curated[f] = cue.weight();
            key[f] = featureKey(cue.kind().written(), cue.theme(), cue.key());
            Map<String, int[]> byKey = cuesByKey.computeIfAbsent(cue.kind(), k -> new HashMap<>());
            int[] ids = byKey.getOrDefault(cue.key(), NONE);
            ids = Arrays.copyOf(ids, ids.length + 1);
            ids[ids.length - 1] = f;
            byKey.put(cue.key(), ids);
        }
        for (int f = 0; f < n; f++) featureByKey.putIfAbsent(key[f], f);
        this.weight = curated.clone();
    }

    private ThemeModel(ThemeModel base, double[] weights) {
        this.taxonomy = base.taxonomy;
        this.termCount = base.termCount;
        this.theme = base.theme;
        this.curated = base.curated;
        this.key = base.key;
        this.cuesByKey = base.cuesByKey;
        this.featureByKey = base.featureByKey;
        this.weight = weights.clone();
    }

    /** The shipped taxonomy and actor cues, with the shipped learned weights. */
    public static ThemeModel shipped() {
        ThemeModel curatedModel = curated(ThemeTaxonomy.fromResource(), ActorThemeCues.fromResource());
        return LearnedThemeWeights.fromResource().applyTo(curatedModel);
    }

    /** {@code taxonomy} and {@code cues} with their curated weights; cues of themes the taxonomy lacks are left out. */
    public static ThemeModel curated(ThemeTaxonomy taxonomy, ActorThemeCues cues) {
        return new ThemeModel(taxonomy, cues);
    }

    /** This model with other weights, one per feature. */
    public ThemeModel withWeights(double[] weights) {
        if (weights.length != weight.length) {
            throw new IllegalArgumentException("expected " + weight.length + " weights, got " + weights.length);
        }
        return new ThemeModel(this, weights);
    }

    /** The key of a feature as learned weight files write it: kind, theme code and term or cue key, tab-separated. */
    static String featureKey(String kind, String themeCode, String text) {
        return kind + '\t' + themeCode + '\t' + text;
    }

    /** The taxonomy whose themes the features belong to. */
    public ThemeTaxonomy taxonomy() {
        return taxonomy;
    }

    /** The themes, in taxonomy order. */
    public List<ThemeDefinition> themes() {
        return taxonomy.themes();
    }

    /** How many features there are: terms, then actor cues. */
    public int features() {
        return weight.length;
    }

    /** How many of the features are taxonomy terms (the first ones). */
    public int terms() {
        return termCount;
    }

    /** The theme (index into {@link #themes()}) feature {@code f} is evidence of. */
    public int theme(int f) {
        return theme[f];
    }

    /** The weight of feature {@code f}. */
    public double weight(int f) {
        return weight[f];
    }

    /** The curated weight of feature {@code f}, as the resource files give it. */
    public double curatedWeight(int f) {
        return curated[f];
    }

    /** A copy of every feature's weight. */
    public double[] weights() {
        return weight.clone();
    }

    /** The key of feature {@code f}: kind ({@code term} or a cue kind), theme code and text, tab-separated. */
    public String key(int f) {
        return key[f];
    }

    /** The feature of {@code key}, or -1. */
    public int feature(String key) {
        return featureByKey.getOrDefault(key, -1);
    }

    /** The cue features of kind {@code kind} whose key is {@code text}. */
    int[] cues(ActorThemeCues.Kind kind, String text) {
        Map<String, int[]> byKey = cuesByKey.get(kind);
        return byKey == null ? NONE : byKey.getOrDefault(text, NONE);
    }

    /** The matcher over the taxonomy's terms. */
    TermMatcher matcher() {
        return taxonomy.matcher();
    }
}
