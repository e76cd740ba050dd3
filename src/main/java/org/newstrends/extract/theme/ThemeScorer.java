package org.newstrends.extract.theme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.ThemeHit;

/**
 * Scores an article against the theme taxonomy and returns the themes it carries.
 *
 * <p>Each occurrence of a term adds its weight to its theme (negative weights lower it); an occurrence
 * in the title counts {@value #TITLE_FACTOR} times, and a term's occurrences count at most
 * {@value #MAX_OCCURRENCES} times in all. An article carries a theme when the score reaches the theme's
 * threshold and the evidence is corroborated: two different positive terms matched, or one term whose
 * weight alone reaches the threshold (so a lone ambiguous word such as "attack" or "director", however
 * often repeated or put in the title, carries nothing). One pass over the tokens with hash lookups;
 * thread-safe and deterministic.
 */
public final class ThemeScorer {

    /** How much more an occurrence in the title counts than one in the text. */
    public static final double TITLE_FACTOR = 2.0;
    /** The most occurrences (title ones counting {@link #TITLE_FACTOR}) credited to one term. */
    public static final double MAX_OCCURRENCES = 3.0;

    private final List<ThemeDefinition> themes;
    private final List<ThemeTerm> terms;
    private final TermMatcher matcher;
    private final int[] themesByCode;
    private final SortedMap<String, ThemeDefinition> themesView;

    private ThemeScorer(ThemeTaxonomy taxonomy) {
        this.themes = taxonomy.themes();
        this.terms = taxonomy.terms();
        this.matcher = taxonomy.matcher();
        Integer[] order = new Integer[themes.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparing(i -> themes.get(i).code()));
        this.themesByCode = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        TreeMap<String, ThemeDefinition> view = new TreeMap<>();
        for (ThemeDefinition theme : themes) view.put(theme.code(), theme);
        this.themesView = Collections.unmodifiableSortedMap(view);
    }

    /** The scorer of this JVM over the shipped taxonomy, loaded on first use. */
    public static ThemeScorer shared() {
        return Holder.INSTANCE;
    }

    /** A scorer over {@code taxonomy}, e.g. one loaded with {@link ThemeTaxonomy#load(java.nio.file.Path)}. */
    public static ThemeScorer of(ThemeTaxonomy taxonomy) {
        return new ThemeScorer(taxonomy);
    }

    /** The taxonomy: theme code → definition (category, threshold, description), sorted by code. */
    public SortedMap<String, ThemeDefinition> themes() {
        return themesView;
    }

    /** The themes of an article with this title and text, sorted by theme code. */
    public List<ThemeHit> score(String title, String text) {
        return score(FieldText.of(Field.TITLE, title), FieldText.of(Field.TEXT, text));
    }

    /**
     * The themes of an already tokenized article, sorted by theme code; evidence offsets point into
     * {@code text} (title matches count in the score only).
     */
    public List<ThemeHit> score(FieldText title, FieldText text) {
        MatchLog titleMatches = new MatchLog();
        MatchLog textMatches = new MatchLog();
        matcher.match(NormalizedWords.of(title.tokens(), matcher.vocabulary()), titleMatches);
        matcher.match(NormalizedWords.of(text.tokens(), matcher.vocabulary()), textMatches);
        int[] occurrences = titleMatches.termOccurrences(true, textMatches.termOccurrences(false, new int[0]));
        Arrays.sort(occurrences);
        double[] score = new double[themes.size()];
        int[] positiveTerms = new int[themes.size()];
        double[] strongestTerm = new double[themes.size()];
        for (int i = 0; i < occurrences.length; ) {
            int id = occurrences[i] >>> 1;
            double credit = 0;
            for (; i < occurrences.length && occurrences[i] >>> 1 == id; i++) {
                credit += (occurrences[i] & 1) == 1 ? TITLE_FACTOR : 1.0;
            }
            ThemeTerm term = terms.get(id);
            int theme = term.themeIndex();
            score[theme] += term.weight() * Math.min(credit, MAX_OCCURRENCES);
            if (term.weight() > 0) {
                positiveTerms[theme]++;
                strongestTerm[theme] = Math.max(strongestTerm[theme], term.weight());
            }
        }
        List<ThemeHit> hits = new ArrayList<>();
        for (int themeIndex : themesByCode) {
            ThemeDefinition theme = themes.get(themeIndex);
            double rounded = Math.round(score[themeIndex] * 1000.0) / 1000.0;
            boolean corroborated = positiveTerms[themeIndex] >= 2 || strongestTerm[themeIndex] >= theme.threshold();
            if (rounded >= theme.threshold() && corroborated) {
                hits.add(new ThemeHit(theme.code(), theme.category().name(), rounded,
                        evidence(themeIndex, textMatches)));
            }
        }
        return List.copyOf(hits);
    }

    private List<int[]> evidence(int themeIndex, MatchLog textMatches) {
        List<int[]> spans = new ArrayList<>();
        for (int m = 0; m < textMatches.size; m++) {
            for (int id : textMatches.termIds[m]) {
                ThemeTerm term = terms.get(id);
                if (term.themeIndex() == themeIndex && term.weight() > 0) {
                    spans.add(new int[] {textMatches.starts[m], textMatches.ends[m]});
                }
            }
        }
        return Collections.unmodifiableList(spans);
    }

    /** The matches found in one field, in text order. */
    private static final class MatchLog implements TermMatcher.MatchSink {
        int[][] termIds = new int[8][];
        int[] starts = new int[8];
        int[] ends = new int[8];
        int size;
        int occurrences;

        @Override
        public void match(int[] ids, int start, int end) {
            if (size == starts.length) {
                termIds = Arrays.copyOf(termIds, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            termIds[size] = ids;
            starts[size] = start;
            ends[size] = end;
            size++;
            occurrences += ids.length;
        }

        /** {@code before} followed by one entry per term occurrence: term id times two, plus one in the title. */
        int[] termOccurrences(boolean inTitle, int[] before) {
            int[] out = Arrays.copyOf(before, before.length + occurrences);
            int k = before.length;
            for (int m = 0; m < size; m++) {
                for (int id : termIds[m]) out[k++] = id << 1 | (inTitle ? 1 : 0);
            }
            return out;
        }
    }

    private static final class Holder {
        static final ThemeScorer INSTANCE = new ThemeScorer(ThemeTaxonomy.fromResource());
    }
}
