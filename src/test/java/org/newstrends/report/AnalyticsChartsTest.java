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

    @Test
    void theReportsSourcesChartHasEveryPeriodWithZerosAndNoWatchQueriesGiveAnEmptyChart() throws IOException {
        LocalDate jan = LocalDate.of(2024, 1, 1);
        LocalDate feb = LocalDate.of(2024, 2, 1);
        LocalDate mar = LocalDate.of(2024, 3, 1);
        List<VolumeRow> volume = List.of(new VolumeRow("2024-01", jan, 5, 4, 1, false),
                new VolumeRow("2024-02", feb, 0, 0, 0, false), new VolumeRow("2024-03", mar, 6, 6, 0, false));
        List<AnalysisRows.SourceRow> sources = List.of(new AnalysisRows.SourceRow("Wire", 7, 6, jan, mar),
                new AnalysisRows.SourceRow("Daily", 4, 4, jan, mar));
        List<AnalysisRows.SourcePeriodRow> perPeriod = List.of(
                new AnalysisRows.SourcePeriodRow("2024-01", jan, "Wire", 3, 2, 5, 0.6),
                new AnalysisRows.SourcePeriodRow("2024-01", jan, "Daily", 2, 2, 5, 0.4),
                new AnalysisRows.SourcePeriodRow("2024-03", mar, "Wire", 4, 4, 6, 4 / 6.0),
                new AnalysisRows.SourcePeriodRow("2024-03", mar, "Daily", 2, 2, 6, 2 / 6.0));
        ReportData data = new ReportData("news", "month", 5, 11, volume, java.util.Map.of(), List.of(),
                new Highlights(List.of(), List.of(), sources, List.of(), 1, true, perPeriod));

        DrawnChart<SeriesPoint> chart = AnalyticsCharts.sources(data);
        XYDataset lines = chart.chart().getXYPlot().getDataset();
        assertEquals("Wire", lines.getSeriesKey(0), "the largest source first");
        assertEquals(3, lines.getItemCount(0), "February drawn as zero, not skipped");
        assertEquals(0.0, lines.getYValue(0, 1), 0);
        assertEquals(4.0, lines.getYValue(0, 2), 0);

        DrawnChart<SeriesPoint> unique = VolumeCharts.rawVsUnique(data);
        assertEquals(4.0, unique.chart().getXYPlot().getDataset().getYValue(1, 0), 0);

        DrawnChart<SeriesPoint> watch = AnalyticsCharts.watchlist(data);
        assertEquals(0, watch.rows().size());
        watch.save(dir, ChartSize.DEFAULT);
        assertEquals(0, CsvTable.read(dir.resolve("charts/watchlist.csv")).rows().size());
        assertTrue(ImageIO.read(dir.resolve("charts/watchlist.png").toFile()).getWidth() > 0);
    }

    @Test
    void overNinetyPeriodsTheLinesPoolSevenPeriodsAndSaySo() throws IOException {
        List<SeriesPoint> rows = new ArrayList<>();
        for (int d = 0; d < 120; d++) {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(d);
            rows.add(new SeriesPoint(day.toString(), day, "Wire", d % 7 == 0 ? 7.0 : 0.0));
        }
        DrawnChart<SeriesPoint> chart = AnalyticsCharts.sources("news", "day", rows, ChartSize.DEFAULT);
        XYDataset lines = chart.chart().getXYPlot().getDataset();
        assertEquals(120, lines.getItemCount(0));
        assertEquals(1.0, lines.getYValue(0, 10), 1e-9, "a 7-day window holds one 7 in every position");
        StringBuilder subtitles = new StringBuilder();
        for (Object t : chart.chart().getSubtitles()) {
            if (t instanceof org.jfree.chart.title.TextTitle text) subtitles.append(text.getText());
        }
        assertTrue(subtitles.toString().contains("pools the 7 days around it"), subtitles.toString());
        chart.save(dir, ChartSize.DEFAULT);
        assertEquals("1.000000", CsvTable.read(dir.resolve("charts/source_volume.csv")).rows().get(10).get(3));
    }
}
