package org.newstrends.report;

import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bars of one kind's overall top entities, rank 1 at the top, each labelled with its article count;
 * bars are neutral grey (a ranking, not a colour key).
 */
final class TopBarChart {

    /** At most this many entities are drawn as bars. */
    static final int MAX_BARS = 20;

    private TopBarChart() {
    }

    /** The bars of {@code kind} and their numbers (the ranking rows drawn). */
    static DrawnChart<EntityTotalRow> create(ReportData data, EntityKind kind) {
        List<EntityTotalRow> ranking = data.top(kind);
        List<EntityTotalRow> drawn = ranking.subList(0, Math.min(MAX_BARS, ranking.size()));
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (EntityTotalRow row : drawn) {
            dataset.addValue(row.articles(), "Articles", row.rank() + ". " + ChartLabels.shorten(row.entity()));
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setSeriesPaint(0, ChartPalette.NEUTRAL);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.08);
        renderer.setItemMargin(0.0);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(6);
        NumberAxis values = new NumberAxis(kind == EntityKind.THEME ? "Articles with the theme"
                : "Articles naming it");
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setUpperMargin(0.08);
        CategoryAxis names = new CategoryAxis(null);
        names.setMaximumCategoryLabelWidthRatio(0.3f);
        names.setCategoryMargin(0.25);
        CategoryPlot plot = new CategoryPlot(dataset, names, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage("No " + kind.plural() + " found in these articles");
        String measure = "Top " + kind.plural() + " overall, articles " + (kind == EntityKind.THEME ? "with each theme"
                : "naming each");
        JFreeChart chart = new JFreeChart(ChartLabels.title(measure, data.jobName(), ChartPeriods.of(data)),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(ChartStyle.subtitle(String.format(Locale.ROOT, "Top %d of %d ranked; out of %,d articles",
                drawn.size(), ranking.size(), data.totalArticles())));
        ChartStyle.apply(chart);
        plot.setDomainGridlinesVisible(false);
        values.setVisible(!drawn.isEmpty());
        Table<EntityTotalRow> table = DrawnChart.<EntityTotalRow>csv("top_" + kind.plural(),
                        "The ranking drawn in top_" + kind.plural() + ".png")
                .column(Columns.RANK, EntityTotalRow::rank)
                .column(Columns.ENTITY, EntityTotalRow::entity)
                .column(Columns.TYPE, EntityTotalRow::type)
                .column(Columns.ARTICLES_MENTIONING, EntityTotalRow::articles)
                .build();
        return new DrawnChart<>(chart, table, drawn);
    }
}
