package org.newstrends.report;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Stacked areas of the theme categories' share of each period's theme tags (an article tagged with two themes
 * gives two tags), from the top themes the report carries: the {@link #MAX_CATEGORIES} largest categories
 * overall in palette colours, the rest together as {@link #OTHER} in grey. The stack is 100% in every period that
 * has tags.
 */
final class ThemeCategoryChart {

    /** Categories drawn on their own; the rest are summed as {@link #OTHER}. */
    static final int MAX_CATEGORIES = 7;
    /** The series of the remaining categories. */
    static final String OTHER = "Other categories";

    private ThemeCategoryChart() {
    }

    /** The chart and its numbers: series = category, value = its share of the period's theme tags. */
    static DrawnChart<SeriesPoint> create(ReportData data) {
        KindSeries grid = KindSeries.of(data, EntityKind.THEME);
        int periods = grid.periods().size();
        Map<String, long[]> byCategory = new HashMap<>();
        for (int e = 0; e < grid.entities().size(); e++) {
            String category = Objects.toString(grid.entities().get(e).ranking().type(), "");
            long[] counts = byCategory.computeIfAbsent(category.isEmpty() ? OTHER : category, k -> new long[periods]);
            for (int p = 0; p < periods; p++) {
                counts[p] += grid.articles(p, e);
            }
        }
        List<String> order = new ArrayList<>(byCategory.keySet());
        order.sort((a, b) -> {
            int bySize = Long.compare(sum(byCategory.get(b)), sum(byCategory.get(a)));
            return bySize != 0 ? bySize : a.compareTo(b);
        });
        Map<String, long[]> drawn = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            String name = i < MAX_CATEGORIES && !order.get(i).equals(OTHER) ? order.get(i) : OTHER;
            long[] target = drawn.computeIfAbsent(name, k -> new long[periods]);
            long[] source = byCategory.get(order.get(i));
            for (int p = 0; p < periods; p++) {
                target[p] += source[p];
            }
        }
        if (drawn.containsKey(OTHER)) {
            drawn.put(OTHER, drawn.remove(OTHER));
        }
        long[] tags = new long[periods];
        for (long[] counts : drawn.values()) {
            for (int p = 0; p < periods; p++) {
                tags[p] += counts[p];
            }
        }
        int window = Rolling.window(periods);
        List<SeriesPoint> points = new ArrayList<>();
        Map<String, Paint> colours = new HashMap<>();
        int index = 0;
        for (Map.Entry<String, long[]> category : drawn.entrySet()) {
            colours.put(category.getKey(), category.getKey().equals(OTHER) ? ChartPalette.OTHER
                    : TimeCharts.nth(index++));
            for (int p = 0; p < periods; p++) {
                VolumeRow period = grid.periods().get(p);
                Double share = Rolling.share(category.getValue(), tags, p, window);
                points.add(new SeriesPoint(period.period(), period.periodStart(), category.getKey(),
                        share == null ? 0.0 : share));
            }
        }
        ChartPeriods chartPeriods = ChartPeriods.of(data);
        String measure = "Theme categories, share of each " + data.periodUnit() + "'s theme tags";
        TimeCharts.Frame frame = new TimeCharts.Frame(ChartLabels.title(measure, data.jobName(), chartPeriods),
                "Tags of the top " + grid.entities().size() + " themes; an article with two themes counts twice;"
                        + " blank: no tags in the period" + Rolling.note(window, data.periodUnit()), "Share of the period's theme tags", true,
                data.chartSize());
        Table<SeriesPoint> table = TimeCharts.table("theme_categories",
                "The category shares drawn in theme_categories.png", "share", ColumnType.DECIMAL,
                "Fraction of the period's theme tags in the category");
        return new DrawnChart<>(TimeCharts.stackedArea(chartPeriods, points, colours::get,
                ThemeCategoryChart::displayName, frame), table, points);
    }

    /** {@code "Crime & justice"} for {@code CRIME_JUSTICE}; {@link #OTHER} as it is. */
    static String displayName(String category) {
        if (category.equals(OTHER) || category.isEmpty()) {
            return category;
        }
        String words = category.toLowerCase(Locale.ROOT).replace('_', ' ').replace(" ", " & ");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }
}
