package org.newstrends.report;

import java.awt.Paint;
import java.time.LocalDate;
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

    /**
     * Lines of the articles per period of the largest sources of {@code data} (the first of its highlighted sources,
     * at most {@link #MAX_SERIES}), zero in a period a source has no article in.
     */
    static DrawnChart<SeriesPoint> sources(ReportData data) {
        List<String> charted = data.highlights().sources().stream().map(AnalysisRows.SourceRow::source).distinct()
                .limit(MAX_SERIES).toList();
        Map<LocalDate, Map<String, Long>> counts = new HashMap<>();
        for (AnalysisRows.SourcePeriodRow r : data.highlights().sourcePeriods()) {
            counts.computeIfAbsent(r.periodStart(), p -> new HashMap<>()).put(r.source(), r.articles());
        }
        List<SeriesPoint> points = new ArrayList<>();
        for (String source : charted) {
            for (VolumeRow v : data.volume()) {
                points.add(new SeriesPoint(v.period(), v.periodStart(), source,
                        (double) counts.getOrDefault(v.periodStart(), Map.of()).getOrDefault(source, 0L)));
            }
        }
        return sourceLines(data.jobName(), data.periodUnit(), points, data.chartSize(), ChartPeriods.of(data));
    }

    /** Lines of the articles matching each watch query of {@code data} per period. */
    static DrawnChart<SeriesPoint> watchlist(ReportData data) {
        List<SeriesPoint> points = data.highlights().watch().stream()
                .map(w -> new SeriesPoint(w.period(), w.periodStart(), w.query(), (double) w.articles()))
                .sorted(java.util.Comparator.comparing(SeriesPoint::series).thenComparing(SeriesPoint::periodStart))
                .toList();
        return watchLines(data.jobName(), data.periodUnit(), points, data.chartSize(), ChartPeriods.of(data));
    }

    /** Lines of the articles of each source per period. */
    static DrawnChart<SeriesPoint> sources(String job, String periodUnit, List<SeriesPoint> points, ChartSize size) {
        return sourceLines(job, periodUnit, points, size, null);
    }

    private static DrawnChart<SeriesPoint> sourceLines(String job, String periodUnit, List<SeriesPoint> points,
                                                       ChartSize size, ChartPeriods whenEmpty) {
        return lines(job, periodUnit, points, size, "Articles per source and " + periodUnit,
                "The largest sources; every source in source_period_counts.csv", "Articles", "source_volume",
                whenEmpty);
    }

    /** Lines of the articles matching each watchlist query per period. */
    static DrawnChart<SeriesPoint> watchlist(String job, String periodUnit, List<SeriesPoint> points,
                                             ChartSize size) {
        return watchLines(job, periodUnit, points, size, null);
    }

    private static DrawnChart<SeriesPoint> watchLines(String job, String periodUnit, List<SeriesPoint> points,
                                                      ChartSize size, ChartPeriods whenEmpty) {
        return lines(job, periodUnit, points, size, "Watchlist queries, articles per " + periodUnit,
                points.isEmpty() ? "No watch queries in this job (the job spec's watch key)"
                        : "Articles matching each query of the job's watch list", "Articles matching", "watchlist",
                whenEmpty);
    }

    private static DrawnChart<SeriesPoint> lines(String job, String periodUnit, List<SeriesPoint> points,
                                                 ChartSize size, String measure, String note, String axis,
                                                 String name, ChartPeriods whenEmpty) {
        Set<String> chosen = new LinkedHashSet<>();
        points.forEach(p -> {
            if (chosen.size() < MAX_SERIES) {
                chosen.add(p.series());
            }
        });
        List<SeriesPoint> chosenPoints = new ArrayList<>();
        points.stream().filter(p -> chosen.contains(p.series())).forEach(chosenPoints::add);
        int window = Rolling.window(ChartPeriods.of(periodUnit, chosenPoints).size());
        List<SeriesPoint> drawn = PooledCounts.of(chosenPoints, window);
        Map<String, Paint> colours = new HashMap<>();
        int index = 0;
        for (String series : chosen) {
            colours.put(series, TimeCharts.nth(index++));
        }
        ChartPeriods periods = drawn.isEmpty() && whenEmpty != null ? whenEmpty : ChartPeriods.of(periodUnit, drawn);
        TimeCharts.Frame frame = new TimeCharts.Frame(ChartLabels.title(measure, job, periods),
                note + Rolling.note(window, periodUnit), axis, false, size);
        return new DrawnChart<>(TimeCharts.lines(periods, drawn, colours::get, frame),
                PooledCounts.table(name, window, "Articles of the period in the series"), drawn);
    }
}
