package org.newstrends.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBubbleRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A world map of the top locations: a bubble at each place's coordinates (equirectangular: x longitude,
 * y latitude, one degree as many pixels both ways) over the country outlines of {@link WorldOutlines}; a bubble's
 * area is proportional to the articles naming the place. Entities with a {@link EntityColours colour} keep it;
 * the others are grey. Larger bubbles are drawn first and fills are translucent with a darker rim, so that places
 * close together all stay visible.
 */
final class WorldMapChart {

    /** At most this many places are drawn (the top ones by rank). */
    static final int MAX_PLACES = 100;
    /** At most this many places are named on the map. */
    static final int MAX_NAMED = 12;
    /** The diameter of the largest bubble, in degrees of longitude. */
    static final double MAX_DIAMETER = 9.0;
    /** The opacity of a bubble's fill, 0 to 255. */
    static final int FILL_ALPHA = 190;
    private static final double MIN_DIAMETER = 1.4;
    private static final double TOP_LATITUDE = 85;
    private static final Font NAME_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private WorldMapChart() {
    }

    /** The map and its numbers: one row per place drawn, by rank. */
    static DrawnChart<MapPlace> create(ReportData data, EntityColours colours) {
        List<EntityTotalRow> ranking = data.top(EntityKind.LOCATION);
        List<MapPlace> places = new ArrayList<>();
        for (EntityTotalRow row : ranking) {
            if (row.latitude() != null && row.longitude() != null && places.size() < MAX_PLACES) {
                places.add(new MapPlace(row.rank(), row.entity(), row.type(), row.country(), row.latitude(),
                        row.longitude(), row.articles()));
            }
        }
        long most = places.stream().mapToLong(MapPlace::articles).max().orElse(1);
        List<MapPlace> bySize = new ArrayList<>(places);
        bySize.sort(Comparator.comparingLong(MapPlace::articles).reversed().thenComparingInt(MapPlace::rank));
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        XYBubbleRenderer renderer = new XYBubbleRenderer(XYBubbleRenderer.SCALE_ON_DOMAIN_AXIS);
        renderer.setAutoPopulateSeriesPaint(false);
        LegendItemCollection legend = new LegendItemCollection();
        boolean grey = false;
        for (int i = 0; i < bySize.size(); i++) {
            MapPlace place = bySize.get(i);
            double diameter = diameter(place.articles(), most);
            dataset.addSeries(place.rank() + ". " + place.entity(), new double[][] {
                {place.longitude()}, {place.latitude()}, {diameter}});
            Color colour = colours.colour(EntityKind.LOCATION, place.entity(), place.type())
                    .orElse(ChartPalette.OTHER);
            renderer.setSeriesPaint(i, translucent(colour));
            renderer.setSeriesOutlinePaint(i, colour.darker());
            grey |= colour.equals(ChartPalette.OTHER);
        }
        for (MapPlace place : places) {
            colours.colour(EntityKind.LOCATION, place.entity(), place.type()).ifPresent(c ->
                    legend.add(item(ChartLabels.shorten(place.entity()), c)));
        }
        if (grey) {
            legend.add(item("Other top locations", ChartPalette.OTHER));
        }
        renderer.setAutoPopulateSeriesOutlinePaint(false);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.5f));
        renderer.setAutoPopulateSeriesOutlineStroke(false);

        NumberAxis lon = hiddenAxis(-180, 180);
        double span = 360.0 * plotHeight(data.chartSize()) / plotWidth(data.chartSize());
        NumberAxis lat = hiddenAxis(TOP_LATITUDE - span, TOP_LATITUDE);
        XYPlot plot = new XYPlot(dataset, lon, lat, renderer);
        for (double[] ring : WorldOutlines.rings()) {
            renderer.addAnnotation(new XYPolygonAnnotation(ring, new BasicStroke(0.6f), ChartPalette.BORDER,
                    ChartPalette.LAND), Layer.BACKGROUND);
        }
        plot.setFixedLegendItems(legend);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        String title = ChartLabels.title("Top locations on the map, articles naming each", data.jobName(),
                ChartPeriods.of(data));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot,
                legend.getItemCount() > 0);
        int unplaced = Math.min(ranking.size(), MAX_PLACES) - places.size();
        chart.addSubtitle(ChartStyle.subtitle(String.format(Locale.ROOT,
                "Bubble area: articles naming the place (largest: %,d); %d of the top %d locations drawn%s",
                places.isEmpty() ? 0 : most, places.size(), ranking.size(),
                unplaced > 0 ? ", " + unplaced + " without coordinates" : "")));
        ChartStyle.apply(chart);
        plot.setBackgroundPaint(Color.WHITE);
        name(renderer, places, most, data.chartSize());
        Table<MapPlace> table = DrawnChart.<MapPlace>csv("location_map", "The places drawn in location_map.png")
                .integer("rank", "The location's overall rank", MapPlace::rank)
                .inputText("entity", "The location's name", MapPlace::entity)
                .text("type", "COUNTRY, ADMIN_REGION, CITY or REGION", MapPlace::type)
                .text("country", "ISO 3166-1 alpha-2 code; empty if none", MapPlace::country)
                .decimal("latitude", "Decimal degrees north, the bubble's centre", MapPlace::latitude)
                .decimal("longitude", "Decimal degrees east, the bubble's centre", MapPlace::longitude)
                .integer("articles", "Articles naming the place: the bubble's area", MapPlace::articles)
                .build();
        return new DrawnChart<>(chart, table, places);
    }

    /** The bubble diameter in degrees: area proportional to {@code articles}, never too small to see. */
    static double diameter(long articles, long most) {
        return Math.max(MIN_DIAMETER, MAX_DIAMETER * Math.sqrt((double) articles / Math.max(1, most)));
    }

    /**
     * Names the largest places right of their bubbles, largest first, skipping a name that would cover a place
     * already named (its bubble or its name).
     */
    private static void name(XYBubbleRenderer renderer, List<MapPlace> places, long most, ChartSize size) {
        double degreesPerPixel = 360.0 / plotWidth(size);
        List<Rectangle2D> taken = new ArrayList<>();
        int named = 0;
        List<MapPlace> bySize = new ArrayList<>(places);
        bySize.sort(Comparator.comparingLong(MapPlace::articles).reversed().thenComparingInt(MapPlace::rank));
        for (MapPlace place : bySize) {
            if (named >= MAX_NAMED) {
                break;
            }
            String text = ChartLabels.shorten(place.entity(), 20);
            double radius = diameter(place.articles(), most) / 2;
            double x = place.longitude() + radius + 4 * degreesPerPixel;
            double width = text.length() * 8.2 * degreesPerPixel;
            double height = 18 * degreesPerPixel;
            Rectangle2D box = new Rectangle2D.Double(x, place.latitude() - height / 2, width, height);
            if (box.getMaxX() > 180 || taken.stream().anyMatch(box::intersects)) {
                continue;
            }
            taken.add(box);
            taken.add(new Rectangle2D.Double(place.longitude() - radius, place.latitude() - radius, 2 * radius,
                    2 * radius));
            named++;
            XYTextAnnotation label = new XYTextAnnotation(text, x, place.latitude());
            label.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
            label.setFont(NAME_FONT);
            label.setPaint(ChartPalette.TEXT);
            label.setBackgroundPaint(new Color(255, 255, 255, 200));
            renderer.addAnnotation(label, Layer.FOREGROUND);
        }
    }

    /** {@code colour} at {@link #FILL_ALPHA}, so that a bubble under another one still shows. */
    static Color translucent(Color colour) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), FILL_ALPHA);
    }

    private static LegendItem item(String label, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, new Ellipse2D.Double(-7, -7, 14, 14), paint);
        item.setLabelPaint(ChartPalette.TEXT);
        return item;
    }

    private static NumberAxis hiddenAxis(double lower, double upper) {
        NumberAxis axis = new NumberAxis();
        axis.setRange(lower, upper);
        axis.setVisible(false);
        return axis;
    }

    /** The plot's width in pixels, about: the chart less its padding. */
    static double plotWidth(ChartSize size) {
        return size.width() - 42;
    }

    /** The plot's height in pixels, about: the chart less title, note, legend and padding. */
    static double plotHeight(ChartSize size) {
        return size.height() - 175;
    }
}
