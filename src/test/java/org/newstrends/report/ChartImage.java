package org.newstrends.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/** A chart drawn headless onto an image, with where its plot's data area landed, to read pixels at data values. */
record ChartImage(BufferedImage image, XYPlot plot, Rectangle2D dataArea) {

    /** Draws {@code chart} at {@code size}, as a saved PNG would be. */
    static ChartImage draw(JFreeChart chart, ChartSize size) {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, size.width(), size.height()), info);
        g.dispose();
        return new ChartImage(image, chart.getXYPlot(), info.getPlotInfo().getDataArea());
    }

    /** The colour of the pixel where the plot draws ({@code x}, {@code y}) in data values. */
    Color at(double x, double y) {
        double px = plot.getDomainAxis().valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double py = plot.getRangeAxis().valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        return new Color(image.getRGB((int) Math.round(px), (int) Math.round(py)));
    }
}
