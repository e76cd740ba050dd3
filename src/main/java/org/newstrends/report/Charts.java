package org.newstrends.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws every chart of the {@link ReportChart catalogue}, headless, with one theme ({@link ChartStyle}) and one
 * colour per entity across all of them ({@link EntityColours}), and saves each as a PNG of the report's
 * {@link ChartSize} with the CSV of its numbers beside it.
 */
public final class Charts {

    private Charts() {
    }

    /**
     * Draws every chart into {@code reportDir/charts}.
     *
     * @return the paths written, relative to {@code reportDir}, in catalogue order: each PNG, then its CSV
     */
    public static List<String> writeAll(Path reportDir, ReportData data) throws IOException {
        EntityColours colours = EntityColours.of(data);
        List<String> written = new ArrayList<>();
        for (ReportChart chart : ReportChart.values()) {
            DrawnChart<?> drawn = draw(chart, data, colours);
            if (!drawn.pngPath().equals(chart.path())) {
                throw new IllegalStateException(chart + " drew " + drawn.pngPath());
            }
            written.addAll(drawn.save(reportDir, data.chartSize()));
        }
        return written;
    }

    /** Builds {@code chart} for {@code data}, with the numbers it draws. */
    static DrawnChart<?> draw(ReportChart chart, ReportData data, EntityColours colours) {
        return switch (chart) {
            case ARTICLE_VOLUME -> VolumeCharts.articles(data);
            case ARTICLE_VOLUME_UNIQUE -> VolumeCharts.rawVsUnique(data);
            case SOURCE_VOLUME -> AnalyticsCharts.sources(data);
            case WATCHLIST -> AnalyticsCharts.watchlist(data);
            case ACTORS_OVER_TIME -> EntityCharts.share(data, EntityKind.ACTOR, colours);
            case LOCATIONS_OVER_TIME -> EntityCharts.share(data, EntityKind.LOCATION, colours);
            case THEMES_OVER_TIME -> EntityCharts.share(data, EntityKind.THEME, colours);
            case ACTORS_UNIQUE_OVER_TIME -> EntityCharts.unique(data, EntityKind.ACTOR, colours);
            case LOCATIONS_UNIQUE_OVER_TIME -> EntityCharts.unique(data, EntityKind.LOCATION, colours);
            case THEMES_UNIQUE_OVER_TIME -> EntityCharts.unique(data, EntityKind.THEME, colours);
            case ACTORS_HEATMAP -> HeatmapChart.create(data, EntityKind.ACTOR);
            case LOCATIONS_HEATMAP -> HeatmapChart.create(data, EntityKind.LOCATION);
            case THEMES_HEATMAP -> HeatmapChart.create(data, EntityKind.THEME);
            case THEME_CATEGORIES -> ThemeCategoryChart.create(data);
            case LOCATION_MAP -> WorldMapChart.create(data, colours);
            case TOP_ACTORS -> TopBarChart.create(data, EntityKind.ACTOR);
            case TOP_LOCATIONS -> TopBarChart.create(data, EntityKind.LOCATION);
            case TOP_THEMES -> TopBarChart.create(data, EntityKind.THEME);
        };
    }
}
