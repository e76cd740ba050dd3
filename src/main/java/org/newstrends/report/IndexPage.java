package org.newstrends.report;

import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Set;

/**
 * Renders {@code index.html}: one self-contained page (inline style, no scripts, no external assets) with the
 * counts, the charts, raw and unique volume, trends, spikes, sources, watchlists, the overall top lists and links to every table. All text is escaped.
 */
final class IndexPage {

    /**
     * What the page shows besides {@link ReportData}.
     *
     * @param title         the report's title
     * @param facts         the summary, as on the workbook's About sheet
     * @param existingFiles the report's files that exist, relative paths; only these are linked
     */
    record Context(String title, List<SummaryFact> facts, Set<String> existingFiles) {
    }

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #333; margin: 0 auto;
                   max-width: 1200px; padding: 0 24px 48px; line-height: 1.45; }
            h1 { margin: 24px 0 4px; } h2 { border-bottom: 2px solid #2f6db5; padding-bottom: 4px; margin-top: 40px; }
            nav a { margin-right: 16px; }
            table { border-collapse: collapse; margin: 8px 0 16px; }
            th, td { border-bottom: 1px solid #ddd; padding: 4px 10px; text-align: left; vertical-align: top; }
            th { background: #f2f5fa; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: 24px 0; } figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
            figcaption { font-size: 0.95em; color: #555; }
            .rising { color: #1a7f37; } .falling { color: #b42318; }
            .kinds { display: flex; flex-wrap: wrap; gap: 32px; } .kinds > div { flex: 1 1 340px; }
            .note { color: #666; font-size: 0.95em; }
            """;

    private IndexPage() {
    }

    static String render(ReportData data, Context context) {
        StringBuilder html = new StringBuilder(16_384);
        String title = context.title();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n");
        html.append("<nav><a href=\"#summary\">Summary</a><a href=\"#charts\">Charts</a>")
                .append("<a href=\"#volume\">Volume</a><a href=\"#trends\">Trends</a><a href=\"#spikes\">Spikes</a>")
                .append("<a href=\"#sources\">Sources</a><a href=\"#watchlists\">Watchlists</a>")
                .append("<a href=\"#top-lists\">Top lists</a>")
                .append("<a href=\"#tables\">Tables</a></nav>\n");
        summary(html, context);
        charts(html, data, context);
        AnalysisSections.volume(html, data, context.existingFiles());
        AnalysisSections.trends(html, data.highlights(), context.existingFiles());
        AnalysisSections.spikes(html, data.highlights(), context.existingFiles());
        AnalysisSections.sources(html, data.highlights(), context.existingFiles());
        AnalysisSections.watchlists(html, data.highlights(), context.existingFiles());
        topLists(html, data);
        tables(html, context);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void summary(StringBuilder html, Context context) {
        html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<table>\n");
        for (SummaryFact fact : context.facts()) {
            String value = fact.value() instanceof Number n ? number(n.longValue()) : escape(fact.value().toString());
            if (fact.link() != null && context.existingFiles().contains(fact.link())) {
                value += " (" + link(fact.link(), fact.link().substring(fact.link().lastIndexOf('/') + 1)) + ")";
            }
            html.append("<tr><th>").append(escape(fact.label())).append("</th><td class=\"num\">").append(value)
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (context.existingFiles().contains(WorkbookWriter.FILE_NAME)) {
            html.append("<p>Every table in one workbook, typed for spreadsheets: ")
                    .append(link(WorkbookWriter.FILE_NAME, WorkbookWriter.FILE_NAME)).append(".</p>\n");
        }
        html.append("</section>\n");
    }

    private static void charts(StringBuilder html, ReportData data, Context context) {
        html.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        for (ReportChart chart : ReportChart.values()) {
            if (!context.existingFiles().contains(chart.path())) {
                continue;
            }
            html.append("<figure>\n<img src=\"").append(escape(chart.path())).append("\" alt=\"")
                    .append(escape(chart.caption())).append("\" width=\"").append(data.chartSize().width())
                    .append("\" height=\"").append(data.chartSize().height()).append("\">\n<figcaption>")
                    .append(escape(chart.caption())).append(". Numbers: ")
                    .append(link(chart.csvPath(), chart.csvPath().substring("charts/".length())))
                    .append("; image: ").append(link(chart.path(), "PNG")).append("</figcaption>\n</figure>\n");
        }
        html.append("</section>\n");
    }

    private static void topLists(StringBuilder html, ReportData data) {
        html.append("<section id=\"top-lists\">\n<h2>Top lists</h2>\n");
        for (EntityKind kind : EntityKind.values()) {
            Table<EntityTotalRow> table = Tables.topList(kind);
            List<EntityTotalRow> rows = data.top(kind);
            html.append("<h3>").append(escape(kind.title())).append("</h3>\n");
            if (rows.isEmpty()) {
                html.append("<p class=\"note\">No ").append(escape(kind.plural()))
                        .append(" found in these articles.</p>\n");
                continue;
            }
            html.append("<p>").append(link(table.path(), table.fileName())).append("</p>\n");
            String typeHeader = kind == EntityKind.THEME ? "Category" : "Type";
            html.append("<table>\n<tr><th class=\"num\">Rank</th><th>")
                    .append(kind == EntityKind.THEME ? "Theme" : "Name").append("</th><th>").append(typeHeader)
                    .append("</th><th>Country</th><th class=\"num\">Articles</th><th class=\"num\">Mentions</th>")
                    .append("<th class=\"num\">Share of articles</th></tr>\n");
            for (EntityTotalRow row : rows) {
                html.append("<tr><td class=\"num\">").append(row.rank()).append("</td><td>")
                        .append(escape(row.entity())).append("</td><td>")
                        .append(escape(Objects.toString(row.type(), ""))).append("</td><td>")
                        .append(escape(Objects.toString(row.country(), "")))
                        .append("</td><td class=\"num\">").append(number(row.articles()))
                        .append("</td><td class=\"num\">").append(number(row.mentions()))
                        .append("</td><td class=\"num\">").append(percent(row.share())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</section>\n");
    }

    private static void tables(StringBuilder html, Context context) {
        html.append("<section id=\"tables\">\n<h2>Tables</h2>\n<p>CSV files: UTF-8 without byte-order mark, ")
                .append("one header row, RFC 4180 quoting, ISO dates, plain numbers, shares as fractions with six ")
                .append("decimals; text from the articles that begins with =, +, -, @, a tab or a line break has a ")
                .append("leading ' so that spreadsheets do not run it. Every column is described in ")
                .append(link(Tables.DATA_DICTIONARY.path(), Tables.DATA_DICTIONARY.fileName()))
                .append(".</p>\n<table>\n<tr><th>File</th><th>Contents</th></tr>\n");
        if (context.existingFiles().contains(WorkbookWriter.FILE_NAME)) {
            html.append("<tr><td>").append(link(WorkbookWriter.FILE_NAME, WorkbookWriter.FILE_NAME))
                    .append("</td><td>Every table as a sheet, with typed cells; its first sheet explains them")
                    .append("</td></tr>\n");
        }
        for (Table<?> table : Tables.all()) {
            if (context.existingFiles().contains(table.path())) {
                html.append("<tr><td>").append(link(table.path(), table.path())).append("</td><td>")
                        .append(escape(table.description())).append("</td></tr>\n");
            }
        }
        html.append("<tr><td>").append(link("manifest.json", "manifest.json"))
                .append("</td><td>What produced this report: inputs, job spec, counts, versions, files</td></tr>\n");
        html.append("</table>\n</section>\n");
    }

    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** {@code text} with the five HTML special characters replaced by entities. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
