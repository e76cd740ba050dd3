package org.newstrends.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SeriesRenderingOrder;

/**
 * Charts of article volume: articles per period as bars, and raw against unique articles as two lines.
 */
final class VolumeCharts {

    /** The series name of raw article counts. */
    static final String ARTICLES = "Articles";
    /** The series name of unique article counts. */
    static final String UNIQUE = "Unique articles";

    private VolumeCharts() {
    }

    /** Bars of the articles of each period of {@code data}. */
    static DrawnChart<SeriesPoint> articles(ReportData data) {
        List<SeriesPoint> points = new ArrayList<>();
        for (VolumeRow row : data.volume()) {
            points.add(new SeriesPoint(row.period(), row.periodStart(), ARTICLES, (double) row.articles()));
        }
        ChartPeriods periods = ChartPeriods.of(data);
        TimeCharts.Frame frame = new TimeCharts.Frame(ChartLabels.title("Articles per " + data.periodUnit(),
                data.jobName(), periods), String.format(Locale.ROOT, "%,d articles in %d period%s",
                data.totalArticles(), periods.size(), periods.size() == 1 ? "" : "s"), "Articles", false,
                data.chartSize());
        return new DrawnChart<>(TimeCharts.bars(periods, points, frame), countTable("article_volume",
                "articles", "Articles dated in the period"), points);
    }

    /** Articles and unique articles of each period of {@code data}, as two lines. */
    static DrawnChart<SeriesPoint> rawVsUnique(ReportData data) {
        List<SeriesPoint> points = new ArrayList<>();
        for (VolumeRow row : data.volume()) {
            points.add(new SeriesPoint(row.period(), row.periodStart(), ARTICLES, (double) row.articles()));
        }
        for (VolumeRow row : data.volume()) {
            points.add(new SeriesPoint(row.period(), row.periodStart(), UNIQUE, (double) row.uniqueArticles()));
        }
        return rawVsUnique(data.jobName(), data.periodUnit(), points, data.chartSize());
    }

    /**
     * Two lines, {@link #ARTICLES} and {@link #UNIQUE} (near-duplicate copies counted once), from rows whose series
     * is one of the two; the unique line is drawn over the other, so that it shows where they are equal.
     */
    static DrawnChart<SeriesPoint> rawVsUnique(String job, String periodUnit, List<SeriesPoint> points,
                                               ChartSize size) {
        ChartPeriods periods = ChartPeriods.of(periodUnit, points);
        int window = Rolling.window(periods.size());
        List<SeriesPoint> drawn = PooledCounts.of(points, window);
        TimeCharts.Frame frame = new TimeCharts.Frame(ChartLabels.title("Articles and unique articles per "
                + periodUnit, job, periods), "The gap between the lines is near-duplicate copies"
                + Rolling.note(window, periodUnit), "Articles", false, size);
        JFreeChart chart = TimeCharts.lines(periods, drawn,
                series -> series.equals(UNIQUE) ? ChartPalette.SERIES.get(1) : ChartPalette.NEUTRAL, frame);
        chart.getXYPlot().setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        return new DrawnChart<>(chart, PooledCounts.table("article_volume_unique", window,
                "Articles (or unique articles) of the period"), drawn);
    }

    /** A chart CSV of whole counts per period and series. */
    static Table<SeriesPoint> countTable(String name, String column, String description) {
        return TimeCharts.table(name, "The counts drawn in " + name + ".png", column, ColumnType.INTEGER, description);
    }
}
