package org.newstrends.report;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Over-time charts of the analysis tables, from plain collected rows (period, series, value): articles per source
 * and watchlist queries per period. At most {@link #MAX_SERIES} series are drawn, in the order the rows first name
 * them (give them largest first), each in its own palette colour.
 */
final class AnalyticsCharts {

    /** Series drawn at most: one per palette colour. */
    static final int MAX_SERIES = ChartPalette.SERIES.size();

    private AnalyticsCharts() {
    }

    /** Lines of the articles of each source per period. */
    static DrawnChart<SeriesPoint> sources(String job, String periodUnit, List<SeriesPoint> points, ChartSize size) {
        return lines(job, periodUnit, points, size, "Articles per source and " + periodUnit,
                "The largest sources; every source in source_period_counts.csv", "Articles", "source_volume");
    }

    /** Lines of the articles matching each watchlist query per period. */
    static DrawnChart<SeriesPoint> watchlist(String job, String periodUnit, List<SeriesPoint> points,
                                             ChartSize size) {
        return lines(job, periodUnit, points, size, "Watchlist queries, articles per " + periodUnit,
                "Articles matching each query of the job's watch list", "Articles matching", "watchlist");
    }

    private static DrawnChart<SeriesPoint> lines(String job, String periodUnit, List<SeriesPoint> points,
                                                 ChartSize size, String measure, String note, String axis,
                                                 String name) {
        Set<String> chosen = new LinkedHashSet<>();
        points.forEach(p -> {
            if (chosen.size() < MAX_SERIES) {
                chosen.add(p.series());
            }
        });
        List<SeriesPoint> drawn = new ArrayList<>();
        points.stream().filter(p -> chosen.contains(p.series())).forEach(drawn::add);
        Map<String, Paint> colours = new HashMap<>();
        int index = 0;
        for (String series : chosen) {
            colours.put(series, TimeCharts.nth(index++));
        }
        ChartPeriods periods = ChartPeriods.of(periodUnit, drawn);
        TimeCharts.Frame frame = new TimeCharts.Frame(ChartLabels.title(measure, job, periods), note, axis, false,
                size);
        return new DrawnChart<>(TimeCharts.lines(periods, drawn, colours::get, frame),
                VolumeCharts.countTable(name, "articles", "Articles of the period in the series"), drawn);
    }
}
