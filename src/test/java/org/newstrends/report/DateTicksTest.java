package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** Date ticks drawn on real charts from a handful of periods to several hundred: apart, few enough, not too few. */
class DateTicksTest {

    @Test
    void tickLabelsStayApartAndReadableFromFiveToFiveHundredPeriods() {
        for (String unit : List.of("day", "week", "month")) {
            for (int periods : new int[] {5, 9, 60, 400, 500}) {
                ReportData data = data(unit, periods);
                JFreeChart chart = Charts.draw(ReportChart.ACTORS_OVER_TIME, data, EntityColours.of(data)).chart();
                String what = periods + " " + unit + "s";
                List<double[]> labels = labels(chart);
                assertTrue(labels.size() >= 3, what + ": only " + labels.size() + " ticks");
                assertTrue(labels.size() <= 20, what + ": " + labels.size() + " ticks");
                for (int i = 1; i < labels.size(); i++) {
                    assertTrue(labels.get(i)[0] - labels.get(i - 1)[1] >= 12, what + ": labels " + i + " and "
                            + (i - 1) + " are closer than 12 pixels");
                }
                DateAxis axis = (DateAxis) chart.getXYPlot().getDomainAxis();
                double periodMillis = DateTicks.periodDays(unit) * 86_400_000L * 0.99;
                assertTrue(axis.getTickUnit().getSize() >= periodMillis, what + ": ticks finer than a period");
            }
        }
    }

    /** One actor over {@code periods} periods from 2023-01-02 (a Monday), every period with articles. */
    private static ReportData data(String unit, int periods) {
        long[] volume = new long[periods];
        Arrays.fill(volume, 10);
        long[] articles = new long[periods];
        for (int p = 0; p < periods; p++) {
            articles[p] = 1 + p % 7;
        }
        return new ReportFixtures.Builder("ticks", unit, LocalDate.of(2023, 1, 2), volume)
                .entity("actor", "Someone", "PERSON", "", articles)
                .build(5);
    }

    /** The left and right pixel of each tick label of the date axis, left to right, as the saved PNG draws them. */
    private static List<double[]> labels(JFreeChart chart) {
        ChartImage image = ChartImage.draw(chart, ChartSize.DEFAULT);
        DateAxis axis = (DateAxis) chart.getXYPlot().getDomainAxis();
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setFont(axis.getTickLabelFont());
        FontMetrics metrics = g.getFontMetrics();
        List<? extends Tick> ticks = axis.refreshTicks(g, new AxisState(), image.dataArea(), RectangleEdge.BOTTOM);
        return ticks.stream()
                .filter(t -> !t.getText().isEmpty())
                .map(t -> {
                    double x = axis.valueToJava2D(((ValueTick) t).getValue(), image.dataArea(), RectangleEdge.BOTTOM);
                    double width = metrics.stringWidth(t.getText());
                    return new double[] {x - width / 2, x + width / 2};
                })
                .toList();
    }
}
