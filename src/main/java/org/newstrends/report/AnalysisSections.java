package org.newstrends.report;

import static org.newstrends.report.IndexPage.escape;
import static org.newstrends.report.IndexPage.link;
import static org.newstrends.report.IndexPage.number;
import static org.newstrends.report.IndexPage.percent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The analysis sections of {@code index.html}: raw and unique article volume, trends, spikes, sources and
 * watchlists, each a small table of the bounded {@link Highlights} with a link to the full CSV. All text escaped.
 */
final class AnalysisSections {
    private AnalysisSections() { }

    static void volume(StringBuilder html, ReportData data, Set<String> existing) {
        open(html, "volume", "Article volume: raw and unique", Tables.ARTICLE_VOLUME, existing);
        html.append("<p>Unique articles count every cluster of copies once (")
                .append(tableLink(Tables.DUPLICATE_CLUSTERS, existing))
                .append("); a partial period is covered by the data only in part.</p>\n");
        html.append("<table>\n<tr><th>Period</th><th class=\"num\">Articles</th><th class=\"num\">Unique</th>")
                .append("<th class=\"num\">Copies</th><th>Covered</th></tr>\n");
        for (VolumeRow v : data.volume()) {
            html.append("<tr><td>").append(escape(v.period())).append("</td><td class=\"num\">")
                    .append(number(v.articles())).append("</td><td class=\"num\">").append(number(v.uniqueArticles()))
                    .append("</td><td class=\"num\">").append(number(v.duplicateArticles())).append("</td><td>")
                    .append(v.partial() ? "partial" : "whole").append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    static void trends(StringBuilder html, Highlights h, Set<String> existing) {
        open(html, "trends", "Trends", Tables.TRENDS, existing);
        if (h.trends().isEmpty()) {
            close(html, "No trends: it takes two windows of periods and enough articles naming an entity.");
            return;
        }
        AnalysisRows.TrendRow first = h.trends().get(0);
        html.append("<p>Share of unique articles from ").append(first.previousFrom()).append(" to ")
                .append(first.previousTo()).append(" against ").append(first.currentFrom()).append(" to ")
                .append(first.currentTo()).append("; score: log-likelihood (above 3.84: p &lt; 0.05).</p>\n");
        html.append("<table>\n<tr><th>Entity</th><th>Kind</th><th class=\"num\">Before</th><th class=\"num\">Now</th>")
                .append("<th class=\"num\">Change</th><th class=\"num\">Score</th></tr>\n");
        for (AnalysisRows.TrendRow t : h.trends()) {
            html.append("<tr class=\"").append(escape(t.direction())).append("\"><td>")
                    .append(t.change() > 0 ? "\u25B2 " : "\u25BC ").append(escape(t.entity())).append("</td><td>")
                    .append(escape(t.kind())).append("</td><td class=\"num\">").append(percent(t.previousShare()))
                    .append("</td><td class=\"num\">").append(percent(t.currentShare())).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%+.2f pp", t.change() * 100)).append("</td><td class=\"num\">")
                    .append(decimal(t.score())).append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    static void spikes(StringBuilder html, Highlights h, Set<String> existing) {
        open(html, "spikes", "Spikes", Tables.SPIKES, existing);
        if (h.spikes().isEmpty()) {
            close(html, "No spikes: no entity was named in a period far more often than in its earlier periods.");
            return;
        }
        html.append("<p>Periods far above an entity's own history (robust z-score against the median of earlier ")
                .append("periods), with the share of the spike from its top source and from copies.</p>\n");
        html.append("<table>\n<tr><th>Entity</th><th>Period</th><th class=\"num\">Articles</th>")
                .append("<th class=\"num\">Expected</th><th class=\"num\">Score</th><th>Top source</th>")
                .append("<th class=\"num\">Its share</th><th class=\"num\">Copies</th></tr>\n");
        for (AnalysisRows.SpikeRow s : h.spikes()) {
            html.append("<tr><td>").append(escape(s.entity())).append("</td><td>").append(escape(s.period()))
                    .append("</td><td class=\"num\">").append(number(s.articles())).append("</td><td class=\"num\">")
                    .append(decimal(s.expected())).append("</td><td class=\"num\">").append(decimal(s.score()))
                    .append("</td><td>").append(escape(Objects.toString(s.topSource(), ""))).append("</td><td class=\"num\">")
                    .append(percent(s.topSourceShare())).append("</td><td class=\"num\">")
                    .append(percent(s.duplicateShare())).append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    static void sources(StringBuilder html, Highlights h, Set<String> existing) {
        open(html, "sources", "Sources", Tables.SOURCES, existing);
        if (h.sources().isEmpty()) {
            close(html, "No articles.");
            return;
        }
        html.append("<p>The sources with most articles; per period in ")
                .append(tableLink(Tables.SOURCE_PERIOD_COUNTS, existing))
                .append(", per entity in ")
                .append(tableLink(Tables.ENTITY_SOURCE_COUNTS, existing))
                .append(".</p>\n<table>\n<tr><th>Source</th><th class=\"num\">Articles</th>")
                .append("<th class=\"num\">Unique</th><th>First</th><th>Last</th></tr>\n");
        for (AnalysisRows.SourceRow s : h.sources()) {
            html.append("<tr><td>").append(escape(s.source())).append("</td><td class=\"num\">")
                    .append(number(s.articles())).append("</td><td class=\"num\">").append(number(s.uniqueArticles()))
                    .append("</td><td>").append(s.firstDate()).append("</td><td>").append(s.lastDate())
                    .append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    static void watchlists(StringBuilder html, Highlights h, Set<String> existing) {
        open(html, "watchlists", "Watchlists", Tables.WATCHLIST_PERIOD_COUNTS, existing);
        if (h.watch().isEmpty()) {
            close(html, "No watch queries: add them to the job spec under 'watch'.");
            return;
        }
        Map<String, List<AnalysisRows.WatchRow>> byPeriod = new LinkedHashMap<>();
        List<String> queries = new ArrayList<>();
        for (AnalysisRows.WatchRow w : h.watch()) {
            byPeriod.computeIfAbsent(w.period(), p -> new ArrayList<>()).add(w);
            if (!queries.contains(w.query())) queries.add(w.query());
        }
        html.append("<p>Articles matching each query per period, with their share of the period's articles.</p>\n")
                .append("<table>\n<tr><th>Period</th>");
        for (String q : queries) html.append("<th class=\"num\">").append(escape(q)).append("</th>");
        html.append("</tr>\n");
        byPeriod.forEach((period, rows) -> {
            html.append("<tr><td>").append(escape(period)).append("</td>");
            for (AnalysisRows.WatchRow w : rows) {
                html.append("<td class=\"num\">").append(number(w.articles())).append(" (").append(percent(w.share()))
                        .append(")</td>");
            }
            html.append("</tr>\n");
        });
        html.append("</table>\n</section>\n");
    }

    private static void open(StringBuilder html, String id, String title, Table<?> table, Set<String> existing) {
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(escape(title)).append("</h2>\n<p>All: ")
                .append(tableLink(table, existing)).append("</p>\n");
    }

    /** A link to {@code table}'s file when the report has it, else its name as text. */
    private static String tableLink(Table<?> table, Set<String> existing) {
        return existing.contains(table.path()) ? link(table.path(), table.fileName()) : escape(table.fileName());
    }

    private static void close(StringBuilder html, String note) {
        html.append("<p class=\"note\">").append(escape(note)).append("</p>\n</section>\n");
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
