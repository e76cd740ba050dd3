package org.newstrends.report;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The over-time charts of one kind's top entities: their share of each period's articles and their unique
 * articles per period, one line per entity in its {@link EntityColours colour}, at most
 * {@link EntityColours#COLOURED} entities (the top ones by rank).
 */
final class EntityCharts {

    private EntityCharts() {
    }

    /** Lines of the share of each period's articles naming each top entity; gaps where a period has none. */
    static DrawnChart<SeriesPoint> share(ReportData data, EntityKind kind, EntityColours colours) {
        KindSeries grid = KindSeries.of(data, kind);
        List<SeriesPoint> points = points(grid, true);
        String measure = "Top " + kind.plural() + ", share of each " + data.periodUnit() + "'s articles";
        String gaps = points.stream().anyMatch(p -> p.value() == null) ? "; gaps: no articles" : "";
        String rolling = Rolling.note(Rolling.window(data.volume().size()), data.periodUnit());
        TimeCharts.Frame frame = new TimeCharts.Frame(ChartLabels.title(measure, data.jobName(), ChartPeriods.of(data)),
                note(data, kind, grid) + rolling + gaps, "Share of the " + data.periodUnit() + "'s articles", true,
                data.chartSize());
        Table<SeriesPoint> table = TimeCharts.table(kind.plural() + "_over_time",
                "The shares drawn in " + kind.plural() + "_over_time.png", "share", ColumnType.DECIMAL,
                "Fraction of the period's articles naming the series (empty: no articles)");
        return new DrawnChart<>(TimeCharts.lines(ChartPeriods.of(data), points, paints(grid, colours), frame), table,
                points);
    }

    /** Lines of the unique articles (duplicate clusters counted once) naming each top entity per period. */
    static DrawnChart<SeriesPoint> unique(ReportData data, EntityKind kind, EntityColours colours) {
        KindSeries grid = KindSeries.of(data, kind);
        List<SeriesPoint> points = points(grid, false);
        String measure = "Top " + kind.plural() + ", unique articles per " + data.periodUnit();
        TimeCharts.Frame frame = new TimeCharts.Frame(ChartLabels.title(measure, data.jobName(), ChartPeriods.of(data)),
                note(data, kind, grid) + "; near-duplicate copies counted once"
                        + Rolling.note(Rolling.window(data.volume().size()), data.periodUnit()),
                "Unique articles " + (kind == EntityKind.THEME ? "with the theme" : "naming it"), false,
                data.chartSize());
        Table<SeriesPoint> table = TimeCharts.table(kind.plural() + "_unique_over_time",
                "The unique article counts drawn in " + kind.plural() + "_unique_over_time.png", "unique_articles",
                ColumnType.INTEGER, "Unique articles of the period naming the series");
        return new DrawnChart<>(TimeCharts.lines(ChartPeriods.of(data), points, paints(grid, colours), frame), table,
                points);
    }

    private static String note(ReportData data, EntityKind kind, KindSeries grid) {
        int drawn = Math.min(EntityColours.COLOURED, grid.entities().size());
        return String.format(Locale.ROOT, "The top %d of %d %s by articles overall (all in %s_by_period_*.csv)",
                drawn, data.top(kind).size(), kind.plural(), kind.plural());
    }

    /**
     * The drawn entities' points, entity by entity in rank order, period by period: the period's share (null when it
     * has no articles) or unique articles, pooled over a {@link Rolling} window when there are many periods.
     */
    private static List<SeriesPoint> points(KindSeries grid, boolean share) {
        List<SeriesPoint> points = new ArrayList<>();
        int drawn = Math.min(EntityColours.COLOURED, grid.entities().size());
        int window = Rolling.window(grid.periods().size());
        long[] totals = grid.periodArticles();
        for (int e = 0; e < drawn; e++) {
            String label = grid.entities().get(e).label();
            long[] hits = share ? grid.articlesOf(e) : grid.uniqueArticlesOf(e);
            for (int p = 0; p < grid.periods().size(); p++) {
                VolumeRow period = grid.periods().get(p);
                Double value = share ? Rolling.share(hits, totals, p, window)
                        : Double.valueOf(Rolling.mean(hits, p, window));
                points.add(new SeriesPoint(period.period(), period.periodStart(), label, value));
            }
        }
        return points;
    }

    /** The colour of each drawn entity, by its series label. */
    private static Function<String, Paint> paints(KindSeries grid, EntityColours colours) {
        Map<String, Paint> byLabel = new HashMap<>();
        for (KindSeries.SeriesEntity entity : grid.entities()) {
            EntityTotalRow row = entity.ranking();
            colours.colour(grid.kind(), row.entity(), row.type()).ifPresent(c -> byLabel.put(entity.label(), c));
        }
        return label -> byLabel.getOrDefault(label, ChartPalette.OTHER);
    }
}
