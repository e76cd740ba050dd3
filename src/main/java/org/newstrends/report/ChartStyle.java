package org.newstrends.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one chart theme of the report, a JFreeChart {@link StandardChartTheme}: fonts, the palette, white
 * backgrounds, light grid lines, flat bars, the legend below the plot. Every chart passes through
 * {@link #apply} once it is built.
 */
final class ChartStyle {

    private static final String FONT = Font.SANS_SERIF;
    private static final StandardChartTheme THEME = theme();

    private ChartStyle() {
    }

    /** Applies the theme to {@code chart} and lays out its legend, if any, below the plot. */
    static JFreeChart apply(JFreeChart chart) {
        THEME.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(14, 14, 14, 28));
        chart.getTitle().setMargin(0, 0, 4, 0);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
            legend.setMargin(10, 0, 0, 0);
        }
        chart.getPlot().setOutlineVisible(false);
        chart.getPlot().setNoDataMessageFont(new Font(FONT, Font.ITALIC, 22));
        chart.getPlot().setNoDataMessagePaint(Color.GRAY);
        return chart;
    }

    /** A one-line note under the title, in the theme's subtitle style. */
    static TextTitle subtitle(String text) {
        TextTitle title = new TextTitle(text);
        title.setPadding(new RectangleInsets(2, 0, 10, 0));
        return title;
    }

    /** Dash patterns of the fifth to eighth line, so that a line drawn over another one lets it show through. */
    private static final float[][] DASHES = {{12f, 6f}, {4f, 5f}, {14f, 5f, 3f, 5f}, {7f, 7f}};

    /**
     * The stroke of the {@code series}-th line: the first four solid, the next ones dashed (each its own way), a
     * little thinner beyond 120 periods.
     */
    static Stroke line(int periods, int series) {
        float width = periods > 120 ? 2.0f : 3.0f;
        if (series < 4) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                DASHES[(series - 4) % DASHES.length], 0f);
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("newstrends");
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 26));
        theme.setLargeFont(new Font(FONT, Font.PLAIN, 17));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 15));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 13));
        theme.setTitlePaint(ChartPalette.TEXT);
        theme.setSubtitlePaint(ChartPalette.TEXT);
        theme.setLegendItemPaint(ChartPalette.TEXT);
        theme.setAxisLabelPaint(ChartPalette.TEXT);
        theme.setTickLabelPaint(ChartPalette.TEXT);
        theme.setItemLabelPaint(ChartPalette.TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setDomainGridlinePaint(ChartPalette.GRID);
        theme.setRangeGridlinePaint(ChartPalette.GRID);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        Paint[] paints = ChartPalette.SERIES.toArray(new Paint[0]);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(paints, paints,
                new Paint[] {ChartPalette.TEXT}, new Stroke[] {new BasicStroke(2.5f)},
                new Stroke[] {new BasicStroke(1f)}, new Shape[] {new Rectangle2D.Double(-4, -4, 8, 8)}));
        return theme;
    }
}
