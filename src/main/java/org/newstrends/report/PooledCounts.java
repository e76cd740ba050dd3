package org.newstrends.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per period pooled over a rolling window for charts of many periods (see {@link Rolling}): each value
 * becomes the mean of its series' values in the window around it. Series are expected to have a point in every
 * period (zeros included), as the report's volume, source and watch-query rows do.
 */
final class PooledCounts {
    private PooledCounts() { }

    /** {@code points} with each value the mean over {@code window} periods of its series; as given when 1. */
    static List<SeriesPoint> of(List<SeriesPoint> points, int window) {
        if (window <= 1) return points;
        Map<String, List<SeriesPoint>> bySeries = new LinkedHashMap<>();
        for (SeriesPoint p : points) bySeries.computeIfAbsent(p.series(), s -> new ArrayList<>()).add(p);
        List<SeriesPoint> out = new ArrayList<>(points.size());
        for (List<SeriesPoint> series : bySeries.values()) {
            series.sort(Comparator.comparing(SeriesPoint::periodStart));
            long[] counts = new long[series.size()];
            for (int i = 0; i < counts.length; i++) {
                Double v = series.get(i).value();
                counts[i] = v == null ? 0 : Math.round(v);
            }
            for (int i = 0; i < counts.length; i++) {
                SeriesPoint p = series.get(i);
                out.add(new SeriesPoint(p.period(), p.periodStart(), p.series(), Rolling.mean(counts, i, window)));
            }
        }
        return out;
    }

    /** The chart CSV of counts, or of pooled means (decimals) when {@code window} is above 1. */
    static Table<SeriesPoint> table(String name, int window, String description) {
        return TimeCharts.table(name, "The " + (window > 1 ? "pooled counts" : "counts") + " drawn in " + name
                + ".png", "articles", window > 1 ? ColumnType.DECIMAL : ColumnType.INTEGER, description);
    }
}
