package org.newstrends.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The periods along a chart's time axis, in time order, with their labels.
 *
 * @param unit   {@code day}, {@code week}, {@code month}, {@code quarter} or {@code year}
 * @param labels the periods' labels
 * @param starts the periods' first days
 */
record ChartPeriods(String unit, List<String> labels, List<LocalDate> starts) {

    /** Takes immutable copies. */
    ChartPeriods {
        labels = List.copyOf(labels);
        starts = List.copyOf(starts);
    }

    /** The periods of the report's volume table. */
    static ChartPeriods of(ReportData data) {
        return new ChartPeriods(data.periodUnit(), data.volume().stream().map(VolumeRow::period).toList(),
                data.volume().stream().map(VolumeRow::periodStart).toList());
    }

    /** The distinct periods of {@code points}, in time order. */
    static ChartPeriods of(String unit, List<SeriesPoint> points) {
        Map<LocalDate, String> byStart = new TreeMap<>();
        points.forEach(p -> byStart.putIfAbsent(p.periodStart(), p.period()));
        return new ChartPeriods(unit, new ArrayList<>(byStart.values()), new ArrayList<>(byStart.keySet()));
    }

    /** How many periods there are. */
    int size() {
        return starts.size();
    }

    /** {@code "2024-01 to 2024-09 (9 months)"}, or {@code "no periods"}. */
    String covered() {
        if (starts.isEmpty()) {
            return "no periods";
        }
        String first = labels.get(0);
        String last = labels.get(labels.size() - 1);
        String count = size() + " " + unit + (size() == 1 ? "" : "s");
        return (first.equals(last) ? first : first + " to " + last) + " (" + count + ")";
    }
}
