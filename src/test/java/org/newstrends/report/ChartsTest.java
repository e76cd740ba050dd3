package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

    @TempDir
    Path dir;

    @Test
    void overTimeDatasetHoldsTheTopEightSharesInRankOrder() {
        ReportData data = ReportFixtures.realistic();
        XYSeriesCollection dataset = Charts.createShareOverTimeDataset(data, EntityKind.ACTOR);
        assertEquals(Charts.MAX_LINES, dataset.getSeriesCount());
        assertEquals("Joe Biden", dataset.getSeriesKey(0));
        assertEquals("Vladimir Putin", dataset.getSeriesKey(1));
        assertEquals(8, dataset.getItemCount(0));
        assertEquals(0, dataset.getXValue(0, 0), 0);
        assertEquals(40.0 / 120, dataset.getYValue(0, 0), 1e-9);
        assertNull(dataset.getY(0, 3), "a period without articles is a gap, not a zero share");
        assertEquals(50.0 / 155, dataset.getYValue(1, 7), 1e-9);
    }

    @Test
    void overTimeChartHasTitleAxisLabelsAndTruncatedLegend() {
        ReportData data = ReportFixtures.realistic();
        JFreeChart chart = Charts.create(ReportChart.ACTORS_OVER_TIME, data);
        assertEquals("Top actors over time", chart.getTitle().getText());
        XYPlot plot = chart.getXYPlot();
        assertEquals("Week", plot.getDomainAxis().getLabel());
        NumberAxis periods = (NumberAxis) plot.getDomainAxis();
        assertEquals("2024-W10", periods.getNumberFormatOverride().format(0));
        assertEquals("2024-W17", periods.getNumberFormatOverride().format(7));
        assertEquals(-0.5, periods.getLowerBound(), 0);
        assertEquals(7.5, periods.getUpperBound(), 0);
        assertEquals("Share of the period's articles", plot.getRangeAxis().getLabel());
        LegendItemCollection legend = plot.getLegendItems();
        assertEquals(8, legend.getItemCount());
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            LegendItem item = legend.get(i);
            labels.add(item.getLabel());
            assertTrue(item.getLabel().length() <= Charts.MAX_LABEL_LENGTH, item.getLabel());
        }
        assertEquals("Joe Biden", labels.get(0));
    }

    @Test
    void longNamesAreTruncatedWithAnEllipsis() {
        String cut = Charts.truncate(ReportFixtures.LONG_NAME);
        assertEquals(Charts.MAX_LABEL_LENGTH, cut.length());
        assertTrue(cut.endsWith("\u2026"));
        assertTrue(ReportFixtures.LONG_NAME.startsWith(cut.substring(0, cut.length() - 1)));
        assertEquals("NATO", Charts.truncate("NATO"));
    }

    @Test
    void topBarDatasetHasOneRankedCategoryPerTopEntity() {
        ReportData data = ReportFixtures.realistic();
        DefaultCategoryDataset dataset = Charts.createTopBarDataset(data, EntityKind.LOCATION);
        assertEquals(1, dataset.getRowCount());
        assertEquals(8, dataset.getColumnCount());
        assertEquals("1. United States", dataset.getColumnKey(0));
        assertEquals(387, dataset.getValue(0, 0).intValue());
        JFreeChart chart = Charts.createTopBarChart(data, EntityKind.LOCATION, dataset);
        assertEquals("Top locations overall", chart.getTitle().getText());
        assertEquals("Articles mentioning it", chart.getCategoryPlot().getRangeAxis().getLabel());
    }

    @Test
    void volumeDatasetSpansEveryPeriod() {
        ReportData data = ReportFixtures.realistic();
        XYSeriesCollection dataset = Charts.createVolumeDataset(data);
        assertEquals(1, dataset.getSeriesCount());
        assertEquals(8, dataset.getItemCount(0));
        assertEquals(0.0, dataset.getYValue(0, 3), 0);
        assertEquals(155.0, dataset.getYValue(0, 7), 0);
        assertEquals(1.0, dataset.getEndXValue(0, 0) - dataset.getStartXValue(0, 0), 1e-9);
        assertEquals("Articles", Charts.create(ReportChart.ARTICLE_VOLUME, data).getXYPlot().getRangeAxis()
                .getLabel());
    }

    @Test
    void aKindWithoutEntitiesDrawsAnEmptyChartWithANote() {
        ReportData data = ReportFixtures.singlePeriodNoThemes();
        XYSeriesCollection dataset = Charts.createShareOverTimeDataset(data, EntityKind.THEME);
        assertEquals(0, dataset.getSeriesCount());
        JFreeChart chart = Charts.createShareOverTimeChart(data, EntityKind.THEME, dataset);
        assertEquals("No themes found in these articles", chart.getXYPlot().getNoDataMessage());
        JFreeChart bars = Charts.create(ReportChart.TOP_THEMES, data);
        assertEquals(0, bars.getCategoryPlot().getDataset().getColumnCount());
        for (ReportChart each : ReportChart.values()) {
            assertTrue(distinctColours(draw(Charts.create(each, data))) > 3, each + " drew nothing");
        }
    }

    @Test
    void savedPngsAreLargeReadableAndNotBlank() throws IOException {
        List<String> written = Charts.writeAll(dir, ReportFixtures.realistic());
        assertEquals(ReportChart.values().length, written.size());
        for (String path : written) {
            BufferedImage image = ImageIO.read(dir.resolve(path).toFile());
            assertNotNull(image, path + " is not an image");
            assertTrue(image.getWidth() >= 1200 && image.getHeight() >= 700, path + " too small");
            assertTrue(distinctColours(image) >= 8, path + " looks blank");
        }
    }

    @Test
    void singlePeriodChartsRender() throws IOException {
        List<String> written = Charts.writeAll(dir, ReportFixtures.singlePeriodNoThemes());
        for (String path : written) {
            assertNotNull(ImageIO.read(dir.resolve(path).toFile()), path);
        }
    }

    private static BufferedImage draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(Charts.WIDTH, Charts.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, Charts.WIDTH, Charts.HEIGHT));
        g.dispose();
        return image;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
