package org.newstrends.extract.theme;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newstrends.extract.text.ThemeHit;

/**
 * The dominant category of an article: of the categories of the themes it carries, the one whose themes' scores
 * sum highest (a tie goes to the category listed first in {@link ThemeCategory}); none when it carries no theme.
 * It is computed from the {@code themes} of the extract output alone, so anyone can recompute it from that JSON.
 */
public final class DominantCategory {

    private DominantCategory() { }

    /** The dominant category of an article carrying {@code themes}, empty when there are none. */
    public static Optional<ThemeCategory> of(List<ThemeHit> themes) {
        Map<ThemeCategory, Double> sums = sums(themes);
        ThemeCategory best = null;
        for (ThemeCategory category : ThemeCategory.values()) {
            Double sum = sums.get(category);
            if (sum != null && (best == null || sum > sums.get(best))) best = category;
        }
        return Optional.ofNullable(best);
    }

    /** The summed theme score of every category among {@code themes}. */
    public static Map<ThemeCategory, Double> sums(List<ThemeHit> themes) {
        Map<ThemeCategory, Double> sums = new EnumMap<>(ThemeCategory.class);
        for (ThemeHit hit : themes) sums.merge(ThemeCategory.valueOf(hit.category()), hit.score(), Double::sum);
        return sums;
    }
}
