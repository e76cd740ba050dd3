package org.newstrends.report;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Over-time charts drawn from plain {@link SeriesPoint} rows on a {@link DateTicks date axis}: lines (one per
 * series), stacked areas and bars (one series). The x value of a point is its period's first day; a null value is
 * a gap in a line.
 */
final class TimeCharts {

    /** Lines get point markers up to this many periods. */
    static final int MAX_PERIODS_WITH_MARKERS = 40;

    /** What a chart says about itself: title, note under it, value axis label and whether values are fractions. */
    record Frame(String title, String subtitle, String valueLabel, boolean percent, ChartSize size) {
    }

    private TimeCharts() {
    }

    /** The CSV declaration of an over-time chart: period, period_start, series, then the value column. */
    static Table<SeriesPoint> table(String name, String description, String valueColumn, ColumnType type,
                                    String valueDescription) {
        Table.Builder<SeriesPoint> builder = DrawnChart.<SeriesPoint>csv(name, description)
                .column(Columns.PERIOD, SeriesPoint::period)
                .column(Columns.PERIOD_START, SeriesPoint::periodStart)
                .inputText("series", "The series drawn: an entity, category, source or query", SeriesPoint::series);
        return (type == ColumnType.INTEGER
                ? builder.integer(valueColumn, valueDescription, p -> p.value() == null ? null
                        : Math.round(p.value()))
                : builder.decimal(valueColumn, valueDescription, SeriesPoint::value)).build();
    }

    /** One line per series, in {@code points}' first-appearance order, coloured by {@code colour}. */
    static JFreeChart lines(ChartPeriods periods, List<SeriesPoint> points, Function<String, Paint> colour,
                            Frame frame) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        bySeries(points).forEach((name, series) -> dataset.addSeries(xySeries(name, series, true)));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, periods.size() <= MAX_PERIODS_WITH_MARKERS);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, colour.apply(dataset.getSeriesKey(s).toString()));
            renderer.setSeriesStroke(s, ChartStyle.line(periods.size(), s));
            renderer.setSeriesShape(s, marker(s));
        }
        renderer.setLegendItemLabelGenerator((d, s) -> ChartLabels.shorten(d.getSeriesKey(s).toString()));
        return chart(periods, dataset, renderer, frame, true);
    }

    /**
     * Areas stacked in {@code points}' first-appearance order (bottom first), legend labels by {@code label}; a null
     * value counts as zero. Fractions of a whole get a value axis from 0 to 100%.
     */
    static JFreeChart stackedArea(ChartPeriods periods, List<SeriesPoint> points, Function<String, Paint> colour,
                                  Function<String, String> label, Frame frame) {
        DefaultTableXYDataset dataset = new DefaultTableXYDataset();
        bySeries(points).forEach((name, series) -> dataset.addSeries(xySeries(name, series, false)));
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        renderer.setRoundXCoordinates(true);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, colour.apply(dataset.getSeriesKey(s).toString()));
        }
        renderer.setLegendItemLabelGenerator((d, s) ->
                ChartLabels.shorten(label.apply(d.getSeriesKey(s).toString())));
        JFreeChart chart = chart(periods, dataset, renderer, frame, true);
        if (frame.percent()) {
            NumberAxis values = (NumberAxis) chart.getXYPlot().getRangeAxis();
            values.setRange(0, 1);
            values.setTickUnit(new NumberTickUnit(0.1, values.getNumberFormatOverride()));
        }
        return chart;
    }

    /** Bars of one series, in {@link ChartPalette#NEUTRAL}. */
    static JFreeChart bars(ChartPeriods periods, List<SeriesPoint> points, Frame frame) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        bySeries(points).forEach((name, series) -> dataset.addSeries(xySeries(name, series, false)));
        dataset.setIntervalWidth(DateTicks.periodDays(periods.unit()) * 86_400_000L);
        XYBarRenderer renderer = new XYBarRenderer(periods.size() > 60 ? 0.0 : 0.2);
        renderer.setSeriesPaint(0, ChartPalette.NEUTRAL);
        renderer.setDrawBarOutline(false);
        return chart(periods, dataset, renderer, frame, false);
    }

    private static JFreeChart chart(ChartPeriods periods, XYDataset dataset,
                                    XYItemRenderer renderer, Frame frame, boolean legend) {
        if (renderer instanceof AbstractRenderer explicit) {
            explicit.setAutoPopulateSeriesPaint(false);
        }
        NumberAxis values = new NumberAxis(frame.valueLabel());
        double most = 0;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            for (int i = 0; i < dataset.getItemCount(s); i++) {
                double y = dataset.getYValue(s, i);
                most = Double.isNaN(y) ? most : Math.max(most, y);
            }
        }
        double upper = most > 0 ? most * 1.08 : 1;
        NumberFormat format;
        if (frame.percent()) {
            format = NumberFormat.getPercentInstance(Locale.ROOT);
            format.setMaximumFractionDigits(1);
            values.setNumberFormatOverride(format);
            upper = Math.min(1, upper);
        } else {
            format = NumberFormat.getIntegerInstance(Locale.ROOT);
            format.setGroupingUsed(true);
        }
        values.setRange(0, upper);
        values.setTickUnit(new NumberTickUnit(step(upper, frame.percent() ? 0.001 : 1), format));
        XYPlot plot = new XYPlot(dataset, DateTicks.axis(periods, frame.size().width() - 220), values, renderer);
        plot.setNoDataMessage("Nothing to draw in these articles");
        JFreeChart chart = new JFreeChart(frame.title(), JFreeChart.DEFAULT_TITLE_FONT, plot,
                legend && dataset.getSeriesCount() > 0);
        if (frame.subtitle() != null) {
            chart.addSubtitle(ChartStyle.subtitle(frame.subtitle()));
        }
        ChartStyle.apply(chart);
        plot.setDomainGridlinesVisible(periods.size() <= MAX_PERIODS_WITH_MARKERS);
        return chart;
    }

    /** A tick spacing of 1, 2 or 5 times a power of ten, at least {@code least}, giving about 5 to 10 ticks. */
    static double step(double upper, double least) {
        double rough = upper / 8;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double nice = rough <= power ? power : rough <= 2 * power ? 2 * power : rough <= 5 * power ? 5 * power
                : 10 * power;
        return Math.max(least, nice);
    }

    private static Map<String, List<SeriesPoint>> bySeries(List<SeriesPoint> points) {
        Map<String, List<SeriesPoint>> out = new LinkedHashMap<>();
        points.forEach(p -> out.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(p));
        return out;
    }

    private static XYSeries xySeries(String name, List<SeriesPoint> points, boolean gaps) {
        XYSeries series = new XYSeries(name, true, false);
        for (SeriesPoint p : points) {
            Double v = p.value();
            series.add(DateTicks.x(p.periodStart()), v == null && !gaps ? Double.valueOf(0) : v);
        }
        return series;
    }

    /** A point marker about 9 pixels wide: circle, square, diamond, triangle up, triangle down, in turn. */
    private static Shape marker(int series) {
        double r = 4.5;
        return switch (series % 5) {
            case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case 1 -> new Rectangle2D.Double(-r + 0.5, -r + 0.5, 2 * r - 1, 2 * r - 1);
            case 2 -> new Polygon(new int[] {0, 5, 0, -5}, new int[] {-5, 0, 5, 0}, 4);
            case 3 -> new Polygon(new int[] {0, 5, -5}, new int[] {-5, 4, 4}, 3);
            default -> new Polygon(new int[] {-5, 5, 0}, new int[] {-4, -4, 5}, 3);
        };
    }

    /** The colour of the {@code index}-th of a chart's series that are not entities (sources, queries). */
    static Color nth(int index) {
        return index < ChartPalette.SERIES.size() ? ChartPalette.SERIES.get(index) : ChartPalette.OTHER;
    }
}
