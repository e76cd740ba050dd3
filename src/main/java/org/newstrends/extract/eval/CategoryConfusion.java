package org.newstrends.extract.eval;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newstrends.extract.theme.ThemeCategory;

/**
 * Counts of (labelled category, predicted category) pairs, a prediction being a category or none, with the
 * accuracy per labelled category (the share of its articles predicted as it), the precision per predicted
 * category, the overall accuracy and the macro average of the per-category accuracies.
 */
public final class CategoryConfusion {

    private static final ThemeCategory[] CATEGORIES = ThemeCategory.values();
    private static final int NONE = CATEGORIES.length;
    private static final Map<ThemeCategory, String> SHORT = new EnumMap<>(Map.ofEntries(
            Map.entry(ThemeCategory.POLITICS, "POL"), Map.entry(ThemeCategory.ECONOMY, "ECO"),
            Map.entry(ThemeCategory.CONFLICT_SECURITY, "CON"), Map.entry(ThemeCategory.CRIME_JUSTICE, "CRI"),
            Map.entry(ThemeCategory.SOCIETY, "SOC"), Map.entry(ThemeCategory.HEALTH, "HEA"),
            Map.entry(ThemeCategory.ENVIRONMENT, "ENV"), Map.entry(ThemeCategory.SCIENCE_TECH, "SCI"),
            Map.entry(ThemeCategory.SPORT, "SPO"), Map.entry(ThemeCategory.CULTURE_ENTERTAINMENT, "CUL"),
            Map.entry(ThemeCategory.DISASTER_ACCIDENT, "DIS")));

    private final int[][] counts = new int[CATEGORIES.length][CATEGORIES.length + 1];

    /** Records one article labelled {@code gold} for which {@code predicted} was decided (empty: none). */
    public void add(ThemeCategory gold, Optional<ThemeCategory> predicted) {
        counts[gold.ordinal()][predicted.map(Enum::ordinal).orElse(NONE)]++;
    }

    /** Adds every count of {@code other}. */
    public void addAll(CategoryConfusion other) {
        for (int g = 0; g < counts.length; g++) {
            for (int p = 0; p < counts[g].length; p++) counts[g][p] += other.counts[g][p];
        }
    }

    /** Articles labelled {@code gold}. */
    public int items(ThemeCategory gold) {
        int n = 0;
        for (int c : counts[gold.ordinal()]) n += c;
        return n;
    }

    /** Articles labelled {@code gold} and predicted as {@code predicted} (empty: none). */
    public int count(ThemeCategory gold, Optional<ThemeCategory> predicted) {
        return counts[gold.ordinal()][predicted.map(Enum::ordinal).orElse(NONE)];
    }

    /** Every article counted. */
    public int items() {
        int n = 0;
        for (ThemeCategory c : CATEGORIES) n += items(c);
        return n;
    }

    /** Articles predicted as their labelled category. */
    public int correct() {
        int n = 0;
        for (ThemeCategory c : CATEGORIES) n += counts[c.ordinal()][c.ordinal()];
        return n;
    }

    /** The share of articles labelled {@code gold} predicted as {@code gold} (0 when there are none). */
    public double accuracy(ThemeCategory gold) {
        int n = items(gold);
        return n == 0 ? 0 : (double) counts[gold.ordinal()][gold.ordinal()] / n;
    }

    /** The share of articles predicted as {@code predicted} that are labelled so (0 when none is). */
    public double precision(ThemeCategory predicted) {
        int n = 0;
        for (int[] row : counts) n += row[predicted.ordinal()];
        return n == 0 ? 0 : (double) counts[predicted.ordinal()][predicted.ordinal()] / n;
    }

    /** The share of all articles predicted as their labelled category. */
    public double accuracy() {
        int n = items();
        return n == 0 ? 0 : (double) correct() / n;
    }

    /** The mean of {@link #accuracy(ThemeCategory)} over the categories that have articles. */
    public double macroAccuracy() {
        double sum = 0;
        int present = 0;
        for (ThemeCategory c : CATEGORIES) {
            if (items(c) == 0) continue;
            sum += accuracy(c);
            present++;
        }
        return present == 0 ? 0 : sum / present;
    }

    /**
     * A fixed-width table: one row per labelled category with articles (items, accuracy, precision, then the
     * counts per predicted category and none), then all articles.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-22s %5s %6s %6s |", "labelled \\ predicted", "items", "acc", "prec"));
        for (ThemeCategory c : CATEGORIES) sb.append(String.format(Locale.ROOT, " %4s", SHORT.get(c)));
        sb.append(String.format(Locale.ROOT, " %4s%n", "none"));
        for (ThemeCategory gold : CATEGORIES) {
            if (items(gold) == 0) continue;
            sb.append(String.format(Locale.ROOT, "%-22s %5d %6.3f %6.3f |", gold, items(gold), accuracy(gold), precision(gold)));
            for (int p = 0; p <= NONE; p++) sb.append(String.format(Locale.ROOT, " %4d", counts[gold.ordinal()][p]));
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%-22s %5d %6.3f %6s | macro accuracy %.3f%n", "all", items(), accuracy(), "",
                macroAccuracy()));
        return sb.toString();
    }
}
