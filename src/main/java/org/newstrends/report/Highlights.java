package org.newstrends.report;

import java.util.List;

/**
 * The analysis results {@code index.html} shows beside the counts: the first trends and spikes, the largest
 * sources and every watch query per period, each a bounded list collected to the driver (the full tables are
 * written by the job).
 *
 * @param trends            the strongest trends, rising first (as trends.csv orders them)
 * @param spikes            the highest spikes
 * @param sources           the sources with most articles
 * @param watch             every watch query in every period (period order, then query order)
 * @param duplicateClusters clusters of copies found
 * @param dedup             whether duplicate detection ran
 * @param sourcePeriods     the articles per period of the largest sources (the first of {@code sources}), for the
 *                          sources chart, in period order and then source order
 */
public record Highlights(List<AnalysisRows.TrendRow> trends, List<AnalysisRows.SpikeRow> spikes,
                         List<AnalysisRows.SourceRow> sources, List<AnalysisRows.WatchRow> watch,
                         long duplicateClusters, boolean dedup, List<AnalysisRows.SourcePeriodRow> sourcePeriods) {
    /** Nothing to show: no trends, spikes, sources or watch queries. */
    public static final Highlights NONE = new Highlights(List.of(), List.of(), List.of(), List.of(), 0, false);

    /** Highlights without per-period source counts. */
    public Highlights(List<AnalysisRows.TrendRow> trends, List<AnalysisRows.SpikeRow> spikes,
                      List<AnalysisRows.SourceRow> sources, List<AnalysisRows.WatchRow> watch,
                      long duplicateClusters, boolean dedup) {
        this(trends, spikes, sources, watch, duplicateClusters, dedup, List.of());
    }

    /** Takes immutable copies. */
    public Highlights {
        trends = List.copyOf(trends);
        spikes = List.copyOf(spikes);
        sources = List.copyOf(sources);
        watch = List.copyOf(watch);
        sourcePeriods = List.copyOf(sourcePeriods);
    }
}
