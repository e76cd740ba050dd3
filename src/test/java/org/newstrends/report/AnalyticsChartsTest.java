package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts prepared for the analysis tables, drawn from plain (period, series, value) rows. */
class AnalyticsChartsTest {

    @TempDir
    Path dir;

    @Test
    void rawAgainstUniqueVolumeDrawsTwoLinesAndListsTheirCounts() throws IOException {
        List<SeriesPoint> rows = new ArrayList<>();
        long[] raw = {10, 14, 9, 20, 18};
        long[] unique = {9, 11, 9, 15, 17};
        for (int m = 0; m < raw.length; m++) {
            LocalDate start = LocalDate.of(2024, 1 + m, 1);
            rows.add(new SeriesPoint(start.toString().substring(0, 7), start, VolumeCharts.ARTICLES, (double) raw[m]));
            rows.add(new SeriesPoint(start.toString().substring(0, 7), start, VolumeCharts.UNIQUE,
                    (double) unique[m]));
        }
        DrawnChart<SeriesPoint> chart = VolumeCharts.rawVsUnique("news", "month", rows, ChartSize.DEFAULT);
        XYDataset lines = chart.chart().getXYPlot().getDataset();
        assertEquals(2, lines.getSeriesCount());
        assertEquals(5, lines.getItemCount(1));
        assertEquals(15.0, lines.getYValue(1, 3), 0);
        assertTrue(chart.chart().getTitle().getText().contains("news, 2024-01 to 2024-05 (5 months)"));
        chart.save(dir, new ChartSize(900, 500));
        CsvTable csv = CsvTable.read(dir.resolve("charts/article_volume_unique.csv"));
        assertEquals(List.of("period", "period_start", "series", "articles"), csv.header());
        assertEquals(List.of("2024-04", "2024-04-01", "Unique articles", "15"), csv.rows().get(7));
        BufferedImage image = ImageIO.read(dir.resolve("charts/article_volume_unique.png").toFile());
        assertEquals(900, image.getWidth());
        assertTrue(ChartsTest.distinctColours(image) >= 8);
    }

    @Test
    void sourcesAndWatchlistsDrawAtMostOneLinePerPaletteColour() throws IOException {
        List<SeriesPoint> rows = new ArrayList<>();
        for (int s = 0; s < 11; s++) {
            for (int d = 0; d < 30; d++) {
                LocalDate day = LocalDate.of(2024, 6, 1).plusDays(d);
                rows.add(new SeriesPoint(day.toString(), day, "=source " + s, (double) (20 - s + d % 3)));
            }
        }
        DrawnChart<SeriesPoint> sources = AnalyticsCharts.sources("news", "day", rows, ChartSize.DEFAULT);
        XYPlot plot = sources.chart().getXYPlot();
        assertEquals(AnalyticsCharts.MAX_SERIES, plot.getDataset().getSeriesCount());
        assertEquals("=source 0", plot.getDataset().getSeriesKey(0));
        assertNotEquals(plot.getRenderer().getSeriesPaint(0), plot.getRenderer().getSeriesPaint(7));
        sources.save(dir, ChartSize.DEFAULT);
        CsvTable csv = CsvTable.read(dir.resolve("charts/source_volume.csv"));
        assertEquals(AnalyticsCharts.MAX_SERIES * 30, csv.rows().size());
        assertEquals("'=source 0", csv.rows().get(0).get(2), "a source name stays text in a spreadsheet");

        DrawnChart<SeriesPoint> watch = AnalyticsCharts.watchlist("news", "day", rows.subList(0, 60),
                ChartSize.DEFAULT);
        assertEquals(2, watch.chart().getXYPlot().getDataset().getSeriesCount());
        assertTrue(watch.chart().getTitle().getText().startsWith("Watchlist queries, articles per day"));
    }
}
