package org.newstrends.extract.theme;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.ThemeHit;

/**
 * Scores an article against the theme taxonomy and returns the themes it carries.
 *
 * <p>The article's terms and, when its mentions are given, the organisations and people a cue names are its
 * evidence ({@link ThemeEvidence}): each occurrence adds its weight to its theme (negative weights lower it),
 * counting {@value ThemeEvidence#TITLE_FACTOR} times in the title and {@value ThemeEvidence#LEAD_FACTOR} times
 * in the lead, at most {@value ThemeEvidence#MAX_CREDIT} times per item. An article carries a theme when the
 * score reaches the theme's threshold and the evidence is corroborated ({@link ThemeDecision}): so a lone
 * ambiguous word such as "attack" or "director", however often repeated or put in the title, carries nothing.
 * Thread-safe and deterministic.
 */
public final class ThemeScorer {

    /** How much more an occurrence in the title counts than one in the tail of the text. */
    public static final double TITLE_FACTOR = ThemeEvidence.TITLE_FACTOR;
    /** The most occurrences (title ones counting {@link #TITLE_FACTOR}) credited to one term. */
    public static final double MAX_OCCURRENCES = ThemeEvidence.MAX_CREDIT;

    private final ThemeModel model;
    private final ThemeDecision decision;
    private final SortedMap<String, ThemeDefinition> themesView;

    private ThemeScorer(ThemeModel model) {
        this.model = model;
        this.decision = new ThemeDecision(model);
        TreeMap<String, ThemeDefinition> view = new TreeMap<>();
        for (ThemeDefinition theme : model.themes()) view.put(theme.code(), theme);
        this.themesView = Collections.unmodifiableSortedMap(view);
    }

    /** The scorer of this JVM over the shipped taxonomy, actor cues and learned weights, loaded on first use. */
    public static ThemeScorer shared() {
        return Holder.INSTANCE;
    }

    /**
     * A scorer over {@code taxonomy}, e.g. one loaded with {@link ThemeTaxonomy#load(java.nio.file.Path)}, with
     * its curated weights and the shipped actor cues of the themes it has.
     */
    public static ThemeScorer of(ThemeTaxonomy taxonomy) {
        return new ThemeScorer(ThemeModel.curated(taxonomy, ActorThemeCues.fromResource()));
    }

    /** A scorer over {@code model}. */
    public static ThemeScorer of(ThemeModel model) {
        return new ThemeScorer(model);
    }

    /** The taxonomy: theme code → definition (category, threshold, description), sorted by code. */
    public SortedMap<String, ThemeDefinition> themes() {
        return themesView;
    }

    /** The model this scorer weighs evidence with. */
    public ThemeModel model() {
        return model;
    }

    /** The themes of an article with this title and text (terms only), sorted by theme code. */
    public List<ThemeHit> score(String title, String text) {
        return score(FieldText.of(Field.TITLE, title), FieldText.of(Field.TEXT, text));
    }

    /** The themes of an already tokenized article from its terms alone, sorted by theme code. */
    public List<ThemeHit> score(FieldText title, FieldText text) {
        return score(title, text, List.of());
    }

    /**
     * The themes of an already tokenized article from its terms and its actor mentions, sorted by theme code;
     * evidence offsets point into {@code text} (title occurrences count in the score only).
     */
    public List<ThemeHit> score(FieldText title, FieldText text, List<Mention> mentions) {
        return decision.hits(ThemeEvidence.collect(model, title, text, mentions));
    }

    private static final class Holder {
        static final ThemeScorer INSTANCE = new ThemeScorer(ThemeModel.shipped());
    }
}
