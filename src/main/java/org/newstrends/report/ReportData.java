package org.newstrends.report;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything {@link ReportWriter} needs, collected to the driver: bounded in size by the number of periods
 * times the top N.
 *
 * @param jobName       the job's name, shown as the report title
 * @param periodUnit    {@code day}, {@code week}, {@code month}, {@code quarter} or {@code year}
 * @param topN          how many entities per kind were selected
 * @param totalArticles articles counted over the whole range
 * @param volume        one row per period of the range, in time order, zeros included
 * @param topByKind     per kind id ({@code actor}, {@code location}, {@code theme}) the overall ranking; kept
 *                      sorted by rank
 * @param topSeries     dense: for each kind every top-N entity times every period (zeros where absent)
 * @param highlights    trends, spikes, sources and watch queries for the page
 * @param chartSize     the size of every chart's PNG
 */
public record ReportData(String jobName, String periodUnit, int topN, long totalArticles, List<VolumeRow> volume,
                         Map<String, List<EntityTotalRow>> topByKind, List<EntityPeriodRow> topSeries,
                         Highlights highlights, ChartSize chartSize) {

    /** The accepted values of {@link #periodUnit()}. */
    public static final Set<String> PERIOD_UNITS = Set.of("day", "week", "month", "quarter", "year");

    /** Validates the fields and takes immutable copies. */
    public ReportData {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(periodUnit, "periodUnit");
        if (!PERIOD_UNITS.contains(periodUnit)) {
            throw new IllegalArgumentException("periodUnit must be one of day, week, month, quarter, year: "
                    + periodUnit);
        }
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be at least 1: " + topN);
        }
        volume = List.copyOf(volume);
        topByKind = copyLists(Objects.requireNonNull(topByKind, "topByKind"));
        topSeries = List.copyOf(topSeries);
        Objects.requireNonNull(highlights, "highlights");
        Objects.requireNonNull(chartSize, "chartSize");
    }

    /** The data of a report without analysis highlights, whose charts have the default size. */
    public ReportData(String jobName, String periodUnit, int topN, long totalArticles, List<VolumeRow> volume,
                      Map<String, List<EntityTotalRow>> topByKind, List<EntityPeriodRow> topSeries) {
        this(jobName, periodUnit, topN, totalArticles, volume, topByKind, topSeries, Highlights.NONE,
                ChartSize.DEFAULT);
    }

    /** The data of a report with its highlights, whose charts have the {@link ChartSize#DEFAULT default size}. */
    public ReportData(String jobName, String periodUnit, int topN, long totalArticles, List<VolumeRow> volume,
                      Map<String, List<EntityTotalRow>> topByKind, List<EntityPeriodRow> topSeries,
                      Highlights highlights) {
        this(jobName, periodUnit, topN, totalArticles, volume, topByKind, topSeries, highlights, ChartSize.DEFAULT);
    }

    /** This data with charts of {@code size}. */
    public ReportData withChartSize(ChartSize size) {
        return new ReportData(jobName, periodUnit, topN, totalArticles, volume, topByKind, topSeries, highlights, size);
    }

    /** The overall ranking of {@code kind}; empty when the kind has no entities. */
    public List<EntityTotalRow> top(EntityKind kind) {
        return topByKind.getOrDefault(kind.id(), List.of());
    }

    private static Map<String, List<EntityTotalRow>> copyLists(Map<String, List<EntityTotalRow>> byKind) {
        Map<String, List<EntityTotalRow>> copy = new TreeMap<>();
        byKind.forEach((kind, rows) -> copy.put(kind, rows.stream()
                .sorted(Comparator.comparingInt(EntityTotalRow::rank))
                .toList()));
        return Collections.unmodifiableMap(copy);
    }
}
