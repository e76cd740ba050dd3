package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every chart as a reader gets it: PNGs opened and looked at, CSVs read back against what the plot draws. */
class ChartsTest {

    @TempDir
    Path dir;

    @Test
    void everyPngHasTheReportsSizeAndIsNotBlank() throws IOException {
        List<String> written = Charts.writeAll(dir, ReportFixtures.realisticPlaced());
        assertEquals(2 * ReportChart.values().length, written.size());
        for (ReportChart chart : ReportChart.values()) {
            assertTrue(written.contains(chart.path()) && written.contains(chart.csvPath()), chart.toString());
            BufferedImage image = ImageIO.read(dir.resolve(chart.path()).toFile());
            assertNotNull(image, chart + " is not a PNG");
            assertEquals(1600, image.getWidth(), chart.toString());
            assertEquals(900, image.getHeight(), chart.toString());
            assertTrue(distinctColours(image) >= 8, chart + " looks blank");
        }
        Path small = dir.resolve("small");
        Charts.writeAll(small, ReportFixtures.realisticPlaced().withChartSize(new ChartSize(800, 500)));
        BufferedImage map = ImageIO.read(small.resolve(ReportChart.LOCATION_MAP.path()).toFile());
        assertEquals(800, map.getWidth());
        assertEquals(500, map.getHeight());
    }

    @Test
    void eachChartCsvHoldsExactlyTheNumbersItsPlotDraws() throws IOException {
        ReportData data = ReportFixtures.realisticPlaced();
        EntityColours colours = EntityColours.of(data);
        for (ReportChart chart : ReportChart.values()) {
            DrawnChart<?> drawn = Charts.draw(chart, data, colours);
            drawn.save(dir, data.chartSize());
            CsvTable csv = CsvTable.read(dir.resolve(chart.csvPath()));
            assertEquals(drawn.rows().size(), csv.rows().size(), chart.toString());
            assertTrue(!csv.rows().isEmpty(), chart + " drew nothing from the realistic fixture");
            assertEquals(plotted(drawn.chart()), listed(chart, csv), chart.toString());
        }
        CsvTable shares = CsvTable.read(dir.resolve(ReportChart.ACTORS_OVER_TIME.csvPath()));
        assertEquals(List.of("period", "period_start", "series", "share"), shares.header());
        assertEquals(List.of("2024-W10", "2024-03-04", "Joe Biden", "0.333333"), shares.rows().get(0));
        assertEquals(List.of("2024-W13", "2024-03-25", "Joe Biden", ""), shares.rows().get(3),
                "a week without articles is a gap, not a zero share");
        assertTrue(!Files.readString(dir.resolve(ReportChart.ACTORS_OVER_TIME.csvPath())).startsWith("\uFEFF"));
    }

    @Test
    void anEntityHasOneColourInEveryChartAndNoChartShowsTwoEntitiesInOneColour() {
        ReportData data = ReportFixtures.realisticPlaced();
        EntityColours colours = EntityColours.of(data);
        XYPlot share = Charts.draw(ReportChart.LOCATIONS_OVER_TIME, data, colours).chart().getXYPlot();
        XYPlot unique = Charts.draw(ReportChart.LOCATIONS_UNIQUE_OVER_TIME, data, colours).chart().getXYPlot();
        XYPlot map = Charts.draw(ReportChart.LOCATION_MAP, data, colours).chart().getXYPlot();
        for (String place : List.of("United States", "Gaza", "Moscow")) {
            Paint line = paint(share, place);
            assertEquals(line, paint(unique, place), place);
            assertEquals(WorldMapChart.translucent((Color) line), paint(map, rankOf(data, place) + ". " + place), place);
        }
        assertEquals(paint(share, "United States"), ChartPalette.SERIES.get(0));
        for (ReportChart chart : List.of(ReportChart.ACTORS_OVER_TIME, ReportChart.THEMES_UNIQUE_OVER_TIME,
                ReportChart.LOCATIONS_OVER_TIME, ReportChart.THEME_CATEGORIES)) {
            XYPlot plot = Charts.draw(chart, data, colours).chart().getXYPlot();
            Set<Paint> seen = new HashSet<>();
            for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) {
                assertTrue(seen.add(plot.getRenderer().getSeriesPaint(s)), chart + " repeats a colour");
            }
        }
        XYPlot actors = Charts.draw(ReportChart.ACTORS_OVER_TIME, data, colours).chart().getXYPlot();
        assertNotEquals(paint(actors, "Joe Biden"), paint(actors, "Vladimir Putin"));
    }

    @Test
    void theMapDrawsAPlantedCityAtItsCoordinatesOverTheOutlines() {
        ReportData data = ReportFixtures.placed(ReportFixtures.singlePeriodNoThemes(),
                Map.of("Washington|CITY", new double[] {-1.29, 36.82}));
        JFreeChart chart = Charts.draw(ReportChart.LOCATION_MAP, data, EntityColours.of(data)).chart();
        ChartImage image = ChartImage.draw(chart, data.chartSize());
        Color bubble = image.at(36.82, -1.29);
        assertClose(over(WorldMapChart.translucent(ChartPalette.SERIES.get(0)), ChartPalette.LAND), bubble,
                "the bubble's centre at Nairobi's coordinates");
        assertClose(over(WorldMapChart.translucent(ChartPalette.SERIES.get(0)), ChartPalette.LAND),
                image.at(36.82 + WorldMapChart.MAX_DIAMETER / 4, -1.29), "inside the bubble, east of the centre");
        assertEquals(ChartPalette.LAND, image.at(18.0, 15.0), "Chad, land without a place");
        assertEquals(Color.WHITE, image.at(-140.0, -30.0), "the Pacific");
        LegendItemCollection legend = chart.getXYPlot().getLegendItems();
        assertEquals("Washington", legend.get(0).getLabel());
    }

    @Test
    void titlesSayTheCorpusThePeriodsCoveredAndTheMeasure() {
        ReportData data = ReportFixtures.realisticPlaced();
        EntityColours colours = EntityColours.of(data);
        for (ReportChart chart : ReportChart.values()) {
            String title = Charts.draw(chart, data, colours).chart().getTitle().getText();
            assertTrue(title.contains("realistic, 2024-W10 to 2024-W17 (8 weeks)"), title);
        }
        assertEquals("Top actors, share of each week's articles \u2014 realistic, 2024-W10 to 2024-W17 (8 weeks)",
                Charts.draw(ReportChart.ACTORS_OVER_TIME, data, colours).chart().getTitle().getText());
    }

    @Test
    void longNamesAreShortenedWithAnEllipsisOnAxesAndLegends() {
        ReportData data = ReportFixtures.realisticPlaced();
        JFreeChart heatmap = Charts.draw(ReportChart.ACTORS_HEATMAP, data, EntityColours.of(data)).chart();
        SymbolAxis rows = (SymbolAxis) heatmap.getXYPlot().getRangeAxis();
        List<String> labels = List.of(rows.getSymbols());
        assertEquals("1. Joe Biden", labels.get(labels.size() - 1), "rank 1 is the top row");
        String cut = ChartLabels.shorten(ReportFixtures.LONG_NAME);
        assertEquals(ChartLabels.MAX_LABEL_LENGTH, cut.length());
        assertTrue(cut.endsWith("\u2026") && ReportFixtures.LONG_NAME.startsWith(cut.substring(0, cut.length() - 1)));
        assertTrue(labels.stream().anyMatch(l -> l.endsWith(". " + cut)), labels.toString());
        assertEquals("NATO", ChartLabels.shorten("NATO"));
    }

    @Test
    void themeCategoriesStackToTheWholeOfEachPeriodsTags() {
        ReportData data = ReportFixtures.realisticPlaced();
        XYDataset areas = Charts.draw(ReportChart.THEME_CATEGORIES, data, EntityColours.of(data)).chart()
                .getXYPlot().getDataset();
        assertEquals("CONFLICT_SECURITY", areas.getSeriesKey(0));
        assertEquals(45.0 / (45 + 30 + 20 + 8 + 5), areas.getYValue(0, 0), 1e-9);
        for (int period = 0; period < areas.getItemCount(0); period++) {
            double total = 0;
            for (int s = 0; s < areas.getSeriesCount(); s++) {
                total += areas.getYValue(s, period);
            }
            assertEquals(period == 3 ? 0 : 1, total, 1e-9, "week " + period);
        }
    }

    @Test
    void manyDailyPeriodsDrawSharesPooledOverAWeekAroundEachDay() {
        int days = Rolling.MAX_PLAIN_PERIODS + 10;
        long[] volume = new long[days];
        long[] articles = new long[days];
        for (int d = 0; d < days; d++) {
            volume[d] = d % 2 == 0 ? 4 : 0;
            articles[d] = d % 4 == 0 ? 4 : 0;
        }
        ReportData data = new ReportFixtures.Builder("daily", "day", LocalDate.of(2024, 1, 1), volume)
                .entity("actor", "Someone", "PERSON", "", articles).build(3);
        JFreeChart chart = Charts.draw(ReportChart.ACTORS_OVER_TIME, data, EntityColours.of(data)).chart();
        XYDataset lines = chart.getXYPlot().getDataset();
        assertEquals(days, lines.getItemCount(0));
        assertEquals(8.0 / 12, lines.getYValue(0, 10), 1e-9, "days 7 to 13: 8 of 12 articles name Someone");
        assertEquals(4.0 / 8, lines.getYValue(0, 0), 1e-9, "days 0 to 3 at the start: 4 of 8");
        assertTrue(((TextTitle) chart.getSubtitle(1)).getText()
                .contains("each value pools the 7 days around it"));
    }

    @Test
    void aKindWithoutEntitiesStillDrawsEveryChartWithANote() throws IOException {
        ReportData data = ReportFixtures.singlePeriodNoThemes();
        for (String path : Charts.writeAll(dir, data)) {
            if (path.endsWith(".png")) {
                assertTrue(distinctColours(ImageIO.read(dir.resolve(path).toFile())) > 3, path + " drew nothing");
            }
        }
        JFreeChart themes = Charts.draw(ReportChart.THEMES_HEATMAP, data, EntityColours.of(data)).chart();
        assertEquals("No themes found in these articles", themes.getXYPlot().getNoDataMessage());
        assertEquals(List.of(List.of("1", "Lloyd Austin", "PERSON", "2"), List.of("2", "Pentagon", "ORGANIZATION",
                "1")), CsvTable.read(dir.resolve(ReportChart.TOP_ACTORS.csvPath())).rows());
    }

    /** {@code top} with its alpha composed over the opaque {@code below}. */
    private static Color over(Color top, Color below) {
        double a = top.getAlpha() / 255.0;
        return new Color((int) Math.round(top.getRed() * a + below.getRed() * (1 - a)),
                (int) Math.round(top.getGreen() * a + below.getGreen() * (1 - a)),
                (int) Math.round(top.getBlue() * a + below.getBlue() * (1 - a)));
    }

    private static void assertClose(Color expected, Color actual, String what) {
        int off = Math.max(Math.abs(expected.getRed() - actual.getRed()), Math.max(
                Math.abs(expected.getGreen() - actual.getGreen()), Math.abs(expected.getBlue() - actual.getBlue())));
        assertTrue(off <= 3, what + ": expected " + expected + ", drawn " + actual);
    }

    /** What the plot draws, one line per value, in a form the CSV can be compared with. */
    private static List<String> plotted(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        if (chart.getPlot() instanceof CategoryPlot bars) {
            CategoryDataset d = bars.getDataset();
            for (int c = 0; c < d.getColumnCount(); c++) {
                out.add(d.getColumnKey(c) + "|" + number(d.getValue(0, c)));
            }
            return out;
        }
        XYPlot plot = chart.getXYPlot();
        XYDataset d = plot.getDataset();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            for (int i = 0; i < d.getItemCount(s); i++) {
                if (plot.getRangeAxis() instanceof SymbolAxis rows) {
                    double z = ((XYZDataset) d).getZValue(s, i);
                    out.add(rows.valueToString(d.getYValue(s, i)) + "|" + date(d.getXValue(s, i)) + "|"
                            + (Double.isNaN(z) ? "" : number(z)));
                } else if (d instanceof XYZDataset) {
                    out.add(d.getSeriesKey(s) + "|" + number(d.getYValue(s, i)) + "|" + number(d.getXValue(s, i)));
                } else {
                    out.add(d.getSeriesKey(s) + "|" + date(d.getXValue(s, i)) + "|" + number(d.getY(s, i)));
                }
            }
        }
        if (d instanceof XYZDataset && !(plot.getRangeAxis() instanceof SymbolAxis)) {
            out.sort(null);
        }
        return out;
    }

    /** What the chart's CSV lists, in the form of {@link #plotted}. */
    private static List<String> listed(ReportChart chart, CsvTable csv) {
        List<String> out = new ArrayList<>();
        List<String> h = csv.header();
        for (List<String> row : csv.rows()) {
            if (h.contains("latitude")) {
                out.add(row.get(0) + ". " + row.get(1) + "|" + number(row.get(h.indexOf("latitude"))) + "|"
                        + number(row.get(h.indexOf("longitude"))));
            } else if (h.get(0).equals("rank")) {
                out.add(row.get(0) + ". " + ChartLabels.shorten(row.get(1)) + "|" + number(row.get(3)));
            } else if (chart.name().endsWith("HEATMAP")) {
                String rank = rankLabel(csv, row.get(2));
                out.add(rank + ChartLabels.shorten(row.get(2)) + "|" + row.get(1) + "|" + number(row.get(3)));
            } else {
                out.add(row.get(2) + "|" + row.get(1) + "|" + number(row.get(3)));
            }
        }
        if (h.contains("latitude")) {
            out.sort(null);
        }
        return out;
    }

    /** {@code "n. "}: the heatmap lists entities in rank order, so an entity's rank is its place in the CSV. */
    private static String rankLabel(CsvTable csv, String series) {
        List<String> order = csv.rows().stream().map(r -> r.get(2)).distinct().toList();
        return (order.indexOf(series) + 1) + ". ";
    }

    private static String number(Object value) {
        if (value == null || "".equals(value)) {
            return "";
        }
        double v = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString());
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static String date(double x) {
        return LocalDate.ofInstant(Instant.ofEpochMilli((long) x), ZoneOffset.UTC).toString();
    }

    private static Paint paint(XYPlot plot, String series) {
        XYDataset d = plot.getDataset();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            if (d.getSeriesKey(s).equals(series)) {
                return plot.getRenderer().getSeriesPaint(s);
            }
        }
        throw new AssertionError(series + " is not drawn");
    }

    private static int rankOf(ReportData data, String entity) {
        return data.top(EntityKind.LOCATION).stream().filter(r -> r.entity().equals(entity)).findFirst()
                .orElseThrow().rank();
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
