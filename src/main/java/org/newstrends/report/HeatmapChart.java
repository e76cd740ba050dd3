package org.newstrends.report;

import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A heatmap of one kind's top entities (rows, rank 1 at the top) by periods (columns): the darker the cell, the
 * larger the share of the period's articles naming the entity; periods without articles are grey.
 */
final class HeatmapChart {

    /** At most this many entities are rows of the heatmap. */
    static final int MAX_ROWS = 25;
    private static final Color NO_ARTICLES = new Color(0xC8, 0xC8, 0xC8);

    private HeatmapChart() {
    }

    /** The heatmap of {@code kind} and its numbers (series = row label, value = share, empty = no articles). */
    static DrawnChart<SeriesPoint> create(ReportData data, EntityKind kind) {
        KindSeries grid = KindSeries.of(data, kind);
        int rows = Math.min(MAX_ROWS, grid.entities().size());
        List<SeriesPoint> points = new ArrayList<>();
        String[] labels = new String[rows];
        double max = 0;
        int window = Rolling.window(grid.periods().size());
        long[] totals = grid.periodArticles();
        for (int e = 0; e < rows; e++) {
            KindSeries.SeriesEntity entity = grid.entities().get(e);
            labels[rows - 1 - e] = entity.ranking().rank() + ". " + ChartLabels.shorten(entity.label());
            long[] hits = grid.articlesOf(e);
            for (int p = 0; p < grid.periods().size(); p++) {
                VolumeRow period = grid.periods().get(p);
                Double share = Rolling.share(hits, totals, p, window);
                max = Math.max(max, share == null ? 0 : share);
                points.add(new SeriesPoint(period.period(), period.periodStart(), entity.label(), share));
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        if (rows > 0) {
            dataset.addSeries("share", xyz(points, rows, grid.periods().size()));
        }
        ChartPeriods periods = ChartPeriods.of(data);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(DateTicks.periodDays(data.periodUnit()) * 86_400_000L);
        renderer.setBlockHeight(1.0);
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        Scale scale = new Scale(max > 0 ? max : 1);
        renderer.setPaintScale(scale);
        SymbolAxis entityAxis = new SymbolAxis(null, labels);
        entityAxis.setGridBandsVisible(false);
        entityAxis.setRange(-0.5, Math.max(1, rows) - 0.5);
        XYPlot plot = new XYPlot(dataset, DateTicks.axis(periods, data.chartSize().width() - 480), entityAxis,
                renderer);
        plot.setNoDataMessage("No " + kind.plural() + " found in these articles");
        String measure = "Top " + kind.plural() + " by " + data.periodUnit() + ", share of the period's articles";
        JFreeChart chart = new JFreeChart(ChartLabels.title(measure, data.jobName(), periods),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(ChartStyle.subtitle(String.format(Locale.ROOT,
                "Darker: a larger share; grey: no articles; the top %d of %d by articles overall%s",
                rows, data.top(kind).size(), Rolling.note(window, data.periodUnit()))));
        chart.addSubtitle(legend(scale));
        ChartStyle.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Table<SeriesPoint> table = TimeCharts.table(kind.plural() + "_heatmap",
                "The shares drawn in " + kind.plural() + "_heatmap.png", "share", ColumnType.DECIMAL,
                "Fraction of the period's articles naming the entity (empty: no articles)");
        return new DrawnChart<>(chart, table, points);
    }

    /** x: period start, y: row (rank 1 the highest), z: share or NaN; in the order of {@code points}. */
    private static double[][] xyz(List<SeriesPoint> points, int rows, int periods) {
        double[][] xyz = new double[3][points.size()];
        for (int i = 0; i < points.size(); i++) {
            SeriesPoint p = points.get(i);
            xyz[0][i] = DateTicks.x(p.periodStart());
            xyz[1][i] = rows - 1 - i / Math.max(1, periods);
            xyz[2][i] = p.value() == null ? Double.NaN : p.value();
        }
        return xyz;
    }

    private static PaintScaleLegend legend(Scale scale) {
        NumberAxis axis = new NumberAxis("Share");
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
        percent.setMaximumFractionDigits(1);
        axis.setNumberFormatOverride(percent);
        axis.setRange(0, scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(40, 20, 40, 0));
        legend.setStripWidth(18);
        legend.setAxisOffset(4);
        return legend;
    }

    /** Zero to the largest share drawn, on the palette's sequential ramp; NaN (no articles) is grey. */
    private record Scale(double upper) implements PaintScale {

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            return Double.isNaN(value) ? NO_ARTICLES : ChartPalette.ramp(value / upper);
        }
    }
}
