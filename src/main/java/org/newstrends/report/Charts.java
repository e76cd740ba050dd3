package org.newstrends.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the report's charts with JFreeChart, headless: for each chart a {@code create...Dataset} method, a
 * {@code create...Chart} method taking that dataset, and {@link #writeAll} saving them as PNG files.
 */
public final class Charts {

    /** Width of every saved PNG in pixels. */
    public static final int WIDTH = 1400;
    /** Height of every saved PNG in pixels. */
    public static final int HEIGHT = 800;
    /** At most this many entities are drawn as lines in an over-time chart (the top ones by rank). */
    public static final int MAX_LINES = 8;
    /** Over-time charts with more periods than this draw lines without point markers. */
    public static final int MAX_PERIODS_WITH_MARKERS = 40;
    /** At most this many entities are drawn as bars in a top-N chart. */
    public static final int MAX_BARS = 20;
    /** Longer entity names are cut to this many characters (with an ellipsis) in legends and bar labels. */
    public static final int MAX_LABEL_LENGTH = 32;

    private static final String FONT = Font.SANS_SERIF;
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);
    private static final Color BAR = new Color(0x2F, 0x6D, 0xB5);
    private static final Paint[] LINE_COLOURS = {
        new Color(0x1F, 0x77, 0xB4), new Color(0xFF, 0x7F, 0x0E), new Color(0x2C, 0xA0, 0x2C),
        new Color(0xD6, 0x27, 0x28), new Color(0x94, 0x67, 0xBD), new Color(0x8C, 0x56, 0x4B),
        new Color(0xE3, 0x77, 0xC2), new Color(0x7F, 0x7F, 0x7F), new Color(0xBC, 0xBD, 0x22),
        new Color(0x17, 0xBE, 0xCF),
    };

    private Charts() {
    }

    /**
     * Draws every chart of the {@link ReportChart catalogue} into {@code reportDir/charts}.
     *
     * @return the paths written, relative to {@code reportDir}, in catalogue order
     */
    public static List<String> writeAll(Path reportDir, ReportData data) throws IOException {
        List<String> written = new ArrayList<>();
        for (ReportChart chart : ReportChart.values()) {
            save(create(chart, data), reportDir.resolve(chart.path()));
            written.add(chart.path());
        }
        return written;
    }

    /** Builds the chart {@code chart} for {@code data}. */
    public static JFreeChart create(ReportChart chart, ReportData data) {
        if (chart == ReportChart.ARTICLE_VOLUME) {
            return createVolumeChart(data, createVolumeDataset(data));
        }
        EntityKind kind = chart.kind().orElseThrow();
        if (chart == ReportChart.overTime(kind)) {
            return createShareOverTimeChart(data, kind, createShareOverTimeDataset(data, kind));
        }
        return createTopBarChart(data, kind, createTopBarDataset(data, kind));
    }

    /** Saves {@code chart} as a {@link #WIDTH} x {@link #HEIGHT} PNG, creating parent directories. */
    public static void save(JFreeChart chart, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    /** One series, {@code Articles}: x is the period's index in the volume table, y its article count. */
    public static XYSeriesCollection createVolumeDataset(ReportData data) {
        XYSeries series = new XYSeries("Articles");
        for (int p = 0; p < data.volume().size(); p++) {
            series.add(p, data.volume().get(p).articles());
        }
        XYSeriesCollection dataset = new XYSeriesCollection(series);
        dataset.setIntervalWidth(1.0);
        return dataset;
    }

    /** Bars of articles per period; the period axis is labelled with the periods' own labels. */
    public static JFreeChart createVolumeChart(ReportData data, XYSeriesCollection dataset) {
        JFreeChart chart = ChartFactory.createXYBarChart("Articles per " + data.periodUnit(), null, false,
                "Articles", dataset, PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(periodAxis(data));
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMargin(data.volume().size() > 60 ? 0.0 : 0.15);
        renderer.setSeriesPaint(0, BAR);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setDomainGridlinesVisible(false);
        style(chart, plot, "No articles in this report");
        chart.addSubtitle(subtitle(String.format(Locale.ROOT, "%,d articles in %d period%s",
                data.totalArticles(), data.volume().size(), data.volume().size() == 1 ? "" : "s")));
        return chart;
    }

    /**
     * One series per top entity of {@code kind} (at most {@link #MAX_LINES}, by rank): x is the period's index in
     * the volume table, y its share of the period's articles, null (a gap in the line) for a period without
     * articles. Series keys are the entities' unique labels (full names, made unique).
     */
    public static XYSeriesCollection createShareOverTimeDataset(ReportData data, EntityKind kind) {
        KindSeries grid = KindSeries.of(data, kind);
        XYSeriesCollection dataset = new XYSeriesCollection();
        int lines = Math.min(MAX_LINES, grid.entities().size());
        for (int e = 0; e < lines; e++) {
            XYSeries series = new XYSeries(grid.entities().get(e).label());
            for (int p = 0; p < grid.periods().size(); p++) {
                boolean hasArticles = grid.periods().get(p).articles() > 0;
                series.add(p, hasArticles ? (Number) grid.share(p, e) : null);
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    /** Lines with markers: share of articles per period, percent axis, legend below with truncated names. */
    public static JFreeChart createShareOverTimeChart(ReportData data, EntityKind kind, XYSeriesCollection dataset) {
        JFreeChart chart = ChartFactory.createXYLineChart("Top " + kind.plural() + " over time", null,
                "Share of the period's articles", dataset, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(periodAxis(data));
        boolean markers = data.volume().size() <= MAX_PERIODS_WITH_MARKERS;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, markers);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, LINE_COLOURS[s % LINE_COLOURS.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(s, marker(s));
        }
        renderer.setLegendItemLabelGenerator((xyDataset, series) ->
                truncate(xyDataset.getSeriesKey(series).toString()));
        plot.setRenderer(renderer);
        NumberAxis rangeAxis = (NumberAxis) plot.getRangeAxis();
        rangeAxis.setNumberFormatOverride(percentFormat());
        rangeAxis.setAutoRangeIncludesZero(true);
        style(chart, plot, "No " + kind.plural() + " found in these articles");
        String note = data.volume().stream().anyMatch(v -> v.articles() == 0)
                ? "; gaps are periods without articles" : "";
        if (dataset.getSeriesCount() == 0) {
            rangeAxis.setVisible(false);
        }
        chart.addSubtitle(subtitle(String.format(Locale.ROOT, "Fraction of each %s's articles %s; top %d of %d by "
                        + "articles overall%s", data.periodUnit(), kind == EntityKind.THEME ? "with the theme"
                        : "mentioning it", dataset.getSeriesCount(), data.top(kind).size(),
                note)));
        return chart;
    }

    /**
     * One series, {@code Articles}, with one category per top entity of {@code kind} (at most {@link #MAX_BARS},
     * by rank) keyed {@code "rank. name"} with the name truncated.
     */
    public static DefaultCategoryDataset createTopBarDataset(ReportData data, EntityKind kind) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<EntityTotalRow> ranking = data.top(kind);
        for (EntityTotalRow row : ranking.subList(0, Math.min(MAX_BARS, ranking.size()))) {
            dataset.addValue(row.articles(), "Articles", row.rank() + ". " + truncate(row.entity()));
        }
        return dataset;
    }

    /** Horizontal bars, rank 1 at the top, each labelled with its article count. */
    public static JFreeChart createTopBarChart(ReportData data, EntityKind kind, DefaultCategoryDataset dataset) {
        JFreeChart chart = ChartFactory.createBarChart("Top " + kind.plural() + " overall", null,
                kind == EntityKind.THEME ? "Articles with the theme" : "Articles mentioning it", dataset, PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.08);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        renderer.setItemMargin(0.0);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 13));
        renderer.setDefaultItemLabelPaint(TEXT);
        NumberAxis rangeAxis = (NumberAxis) plot.getRangeAxis();
        rangeAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        rangeAxis.setUpperMargin(0.08);
        CategoryAxis categoryAxis = plot.getDomainAxis();
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.35f);
        categoryAxis.setCategoryMargin(0.25);
        style(chart, plot, "No " + kind.plural() + " found in these articles");
        if (dataset.getColumnCount() == 0) {
            rangeAxis.setVisible(false);
        }
        chart.addSubtitle(subtitle(String.format(Locale.ROOT, "Top %d of %d ranked; out of %,d articles",
                dataset.getColumnCount(), data.top(kind).size(), data.totalArticles())));
        return chart;
    }

    /** {@code name} cut to {@link #MAX_LABEL_LENGTH} characters, ending in an ellipsis when cut. */
    public static String truncate(String name) {
        if (name.length() <= MAX_LABEL_LENGTH) {
            return name;
        }
        return name.substring(0, MAX_LABEL_LENGTH - 1).stripTrailing() + "\u2026";
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

    /**
     * A numeric axis over period indexes, -0.5 to n - 0.5, whose ticks are whole indexes labelled with the periods'
     * own labels (e.g. {@code 2024-W12}); JFreeChart thins the ticks so that labels do not overlap.
     */
    private static NumberAxis periodAxis(ReportData data) {
        List<String> labels = data.volume().stream().map(VolumeRow::period).toList();
        String unit = data.periodUnit();
        NumberAxis axis = new NumberAxis(Character.toUpperCase(unit.charAt(0)) + unit.substring(1));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new PeriodLabelFormat(labels));
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(-0.5, Math.max(1, labels.size()) - 0.5);
        return axis;
    }

    private static NumberFormat percentFormat() {
        NumberFormat format = NumberFormat.getPercentInstance(Locale.ROOT);
        format.setMaximumFractionDigits(1);
        return format;
    }

    private static TextTitle subtitle(String text) {
        TextTitle title = new TextTitle(text, new Font(FONT, Font.PLAIN, 15));
        title.setPaint(TEXT);
        title.setPadding(new RectangleInsets(2, 0, 8, 0));
        return title;
    }

    private static void style(JFreeChart chart, Plot plot, String noDataMessage) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(12, 12, 12, 24));
        chart.getTitle().setFont(new Font(FONT, Font.BOLD, 24));
        chart.getTitle().setPaint(TEXT);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(FONT, Font.PLAIN, 15));
            legend.setItemPaint(TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage(noDataMessage);
        plot.setNoDataMessageFont(new Font(FONT, Font.ITALIC, 22));
        plot.setNoDataMessagePaint(Color.GRAY);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            styleAxis(xy.getDomainAxis());
            styleAxis(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            category.setRangeGridlineStroke(new BasicStroke(1f));
            category.getDomainAxis().setLabelFont(new Font(FONT, Font.BOLD, 16));
            category.getDomainAxis().setTickLabelFont(new Font(FONT, Font.PLAIN, 14));
            category.getDomainAxis().setTickLabelPaint(TEXT);
            styleAxis(category.getRangeAxis());
        }
    }

    private static void styleAxis(ValueAxis axis) {
        axis.setLabelFont(new Font(FONT, Font.BOLD, 16));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 14));
        axis.setTickLabelPaint(TEXT);
    }
}
