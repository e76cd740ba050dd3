package org.newstrends.report;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Named {@link ReportData} fixtures for the report tests, built from per-period article counts. */
public final class ReportFixtures {

    /** A name longer than any legend label, to check truncation. */
    static final String LONG_NAME = "International Federation of Red Cross and Red Crescent Societies";
    /** A name with HTML special characters, to check escaping. */
    static final String HTML_NAME = "AT&T <Inc>";

    /** Names, sources and titles that spreadsheets would run as formulas or browsers as markup. */
    public static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "+Bahia Superior+", "@SUM(1+1)",
            "-2+3", "<img src=x onerror=alert(1)>", "\tTabbed \"quote\", comma");

    private ReportFixtures() {
    }

    /** Three months whose job, actors, locations and themes are all named by {@link #HOSTILE} strings. */
    public static ReportData hostile() {
        Builder builder = new Builder(HOSTILE.get(4), "month", LocalDate.of(2024, 1, 1), 10, 12, 9);
        for (int i = 0; i < HOSTILE.size(); i++) {
            builder.entity("actor", HOSTILE.get(i), "PERSON", "", i + 1, 2, 7 - i);
            builder.entity("location", HOSTILE.get(i), "CITY", "US", 6 - i, 1, i);
            builder.entity("theme", HOSTILE.get(i), "POLITICS", "", 1, i, 3);
        }
        return builder.build(10);
    }

    /**
     * Eight ISO weeks from 2024-03-04, the fourth without articles; 12 actors (top 11 kept), 8 locations
     * (two named Georgia), 5 themes.
     */
    static ReportData realistic() {
        return new Builder("realistic", "week", LocalDate.of(2024, 3, 4), 120, 135, 150, 0, 160, 170, 140, 155)
                .entity("actor", "Joe Biden", "PERSON", "US", 40, 45, 50, 0, 42, 38, 30, 28)
                .entity("actor", "Vladimir Putin", "PERSON", "RU", 30, 32, 28, 0, 35, 40, 45, 50)
                .entity("actor", "European Union", "ORGANIZATION", "", 20, 22, 25, 0, 24, 26, 30, 33)
                .entity("actor", "Benjamin Netanyahu", "PERSON", "IL", 10, 15, 30, 0, 40, 35, 20, 15)
                .entity("actor", "United Nations", "ORGANIZATION", "", 15, 14, 16, 0, 18, 17, 16, 15)
                .entity("actor", "Olaf Scholz", "PERSON", "DE", 8, 9, 7, 0, 10, 12, 11, 9)
                .entity("actor", "Emmanuel Macron", "PERSON", "FR", 9, 8, 10, 0, 7, 6, 9, 12)
                .entity("actor", "NATO", "ORGANIZATION", "", 5, 6, 12, 0, 20, 18, 10, 6)
                .entity("actor", "Xi Jinping", "PERSON", "CN", 6, 5, 4, 0, 6, 7, 8, 9)
                .entity("actor", LONG_NAME, "ORGANIZATION", "", 6, 7, 8, 0, 9, 8, 7, 6)
                .entity("actor", HTML_NAME, "ORGANIZATION", "US", 5, 6, 7, 0, 8, 6, 5, 4)
                .entity("actor", "Rishi Sunak", "PERSON", "GB", 1, 2, 2, 0, 1, 1, 2, 1)
                .entity("location", "United States", "COUNTRY", "US", 50, 55, 60, 0, 58, 62, 50, 52)
                .entity("location", "Ukraine", "COUNTRY", "UA", 35, 30, 28, 0, 30, 33, 40, 45)
                .entity("location", "Gaza", "REGION", "PS", 10, 20, 35, 0, 45, 40, 30, 25)
                .entity("location", "Israel", "COUNTRY", "IL", 12, 18, 30, 0, 38, 36, 28, 20)
                .entity("location", "Moscow", "CITY", "RU", 12, 10, 9, 0, 11, 14, 16, 18)
                .entity("location", "Brussels", "CITY", "BE", 8, 9, 10, 0, 9, 8, 10, 11)
                .entity("location", "Georgia", "COUNTRY", "GE", 3, 4, 5, 0, 4, 3, 2, 3)
                .entity("location", "Georgia", "ADMIN_REGION", "US", 2, 3, 4, 0, 3, 2, 3, 4)
                .entity("theme", "MILITARY", "CONFLICT_SECURITY", "", 45, 50, 60, 0, 70, 65, 55, 50)
                .entity("theme", "ELECTION", "POLITICS", "", 30, 35, 30, 0, 32, 40, 45, 52)
                .entity("theme", "INFLATION", "ECONOMY", "", 20, 18, 15, 0, 14, 12, 15, 16)
                .entity("theme", "CLIMATE", "ENVIRONMENT", "", 8, 10, 12, 0, 9, 7, 6, 10)
                .entity("theme", "HEALTHCARE", "HEALTH", "", 5, 6, 4, 0, 5, 7, 6, 5)
                .build(11);
    }

    /** One day with three articles, two actors, one location and no themes at all. */
    static ReportData singlePeriodNoThemes() {
        return new Builder("single", "day", LocalDate.of(2024, 3, 19), 3)
                .entity("actor", "Lloyd Austin", "PERSON", "US", 2)
                .entity("actor", "Pentagon", "ORGANIZATION", "US", 1)
                .entity("location", "Washington", "CITY", "US", 1)
                .build(5);
    }

    /** Three months, the last one without articles. */
    static ReportData lastPeriodEmpty() {
        return new Builder("quiet-end", "month", LocalDate.of(2024, 1, 1), 10, 20, 0)
                .entity("actor", "Rising Star", "PERSON", "", 1, 10, 0)
                .entity("actor", "Fading Name", "PERSON", "", 5, 2, 0)
                .entity("actor", "Steady Hand", "PERSON", "", 2, 4, 0)
                .build(5);
    }

    /**
     * {@code data} with coordinates for the top locations keyed {@code name|type} in {@code coordinates}
     * (latitude, longitude).
     */
    static ReportData placed(ReportData data, Map<String, double[]> coordinates) {
        Map<String, List<EntityTotalRow>> byKind = new LinkedHashMap<>(data.topByKind());
        byKind.computeIfPresent("location", (kind, rows) -> rows.stream().map(r -> {
            double[] at = coordinates.get(r.entity() + "|" + r.type());
            return at == null ? r : new EntityTotalRow(r.kind(), r.rank(), r.entity(), r.type(), r.country(),
                    r.mentions(), r.articles(), r.share(), at[0], at[1]);
        }).toList());
        return new ReportData(data.jobName(), data.periodUnit(), data.topN(), data.totalArticles(), data.volume(),
                byKind, data.topSeries(), data.highlights(), data.chartSize());
    }

    /**
     * {@code data} with two sources (a wire with three fifths of every period's articles, a daily with the rest) and
     * one watch query matching a tenth of each period's articles.
     */
    static ReportData withSourcesAndWatch(ReportData data) {
        List<AnalysisRows.SourcePeriodRow> perPeriod = new ArrayList<>();
        List<AnalysisRows.WatchRow> watch = new ArrayList<>();
        long wire = 0;
        for (VolumeRow v : data.volume()) {
            long fromWire = v.articles() * 3 / 5;
            wire += fromWire;
            double share = v.articles() == 0 ? 0 : (double) fromWire / v.articles();
            perPeriod.add(new AnalysisRows.SourcePeriodRow(v.period(), v.periodStart(), "Wire", fromWire, fromWire,
                    v.articles(), share));
            perPeriod.add(new AnalysisRows.SourcePeriodRow(v.period(), v.periodStart(), "Daily",
                    v.articles() - fromWire, v.articles() - fromWire, v.articles(), v.articles() == 0 ? 0 : 1 - share));
            long matching = v.articles() / 10;
            double watchShare = v.articles() == 0 ? 0 : (double) matching / v.articles();
            watch.add(new AnalysisRows.WatchRow(v.period(), v.periodStart(), "Ukraine war", matching, matching,
                    v.articles(), watchShare, v.articles(), watchShare));
        }
        LocalDate first = data.volume().get(0).periodStart();
        LocalDate last = data.volume().get(data.volume().size() - 1).periodStart();
        List<AnalysisRows.SourceRow> sources = List.of(new AnalysisRows.SourceRow("Wire", wire, wire, first, last),
                new AnalysisRows.SourceRow("Daily", data.totalArticles() - wire, data.totalArticles() - wire, first,
                        last));
        return new ReportData(data.jobName(), data.periodUnit(), data.topN(), data.totalArticles(), data.volume(),
                data.topByKind(), data.topSeries(), new Highlights(List.of(), List.of(), sources, watch, 0, true,
                perPeriod), data.chartSize());
    }

    /**
     * {@link #realistic()} with the coordinates of its places (Georgia the US state left without), its sources and
     * a watch query.
     */
    static ReportData realisticPlaced() {
        return placed(withSourcesAndWatch(realistic()), Map.of("United States|COUNTRY", new double[] {39.8, -98.6},
                "Ukraine|COUNTRY", new double[] {49.0, 32.0}, "Gaza|REGION", new double[] {31.4, 34.4},
                "Israel|COUNTRY", new double[] {31.5, 34.9}, "Moscow|CITY", new double[] {55.75, 37.62},
                "Brussels|CITY", new double[] {50.85, 4.35}, "Georgia|COUNTRY", new double[] {42.0, 43.5}));
    }

    /** Builds consistent volume, rankings and a dense top series from per-period article counts. */
    static final class Builder {
        private final String job;
        private final String unit;
        private final List<LocalDate> starts = new ArrayList<>();
        private final long[] volume;
        private final List<Entity> entities = new ArrayList<>();

        private record Entity(String kind, String name, String type, String country, long[] articles) {
        }

        Builder(String job, String unit, LocalDate first, long... volume) {
            this.job = job;
            this.unit = unit;
            this.volume = volume;
            LocalDate start = first;
            for (int p = 0; p < volume.length; p++) {
                starts.add(start);
                start = switch (unit) {
                    case "day" -> start.plusDays(1);
                    case "week" -> start.plusWeeks(1);
                    case "month" -> start.plusMonths(1);
                    default -> throw new IllegalArgumentException(unit);
                };
            }
        }

        Builder entity(String kind, String name, String type, String country, long... articles) {
            entities.add(new Entity(kind, name, type, country, articles));
            return this;
        }

        ReportData build(int topN) {
            long total = 0;
            List<VolumeRow> volumeRows = new ArrayList<>();
            for (int p = 0; p < volume.length; p++) {
                volumeRows.add(new VolumeRow(label(starts.get(p)), starts.get(p), volume[p]));
                total += volume[p];
            }
            Map<String, List<Entity>> byKind = new TreeMap<>();
            entities.forEach(e -> byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e));
            Map<String, List<EntityTotalRow>> topByKind = new LinkedHashMap<>();
            List<EntityPeriodRow> series = new ArrayList<>();
            for (Map.Entry<String, List<Entity>> kind : byKind.entrySet()) {
                List<Entity> ranked = new ArrayList<>(kind.getValue());
                ranked.sort(Comparator.comparingLong((Entity e) -> -sum(e.articles()))
                        .thenComparingLong(e -> -mentions(e))
                        .thenComparing(Entity::name));
                List<EntityTotalRow> top = new ArrayList<>();
                for (int r = 0; r < Math.min(topN, ranked.size()); r++) {
                    Entity e = ranked.get(r);
                    long articles = sum(e.articles());
                    top.add(new EntityTotalRow(kind.getKey(), r + 1, e.name(), e.type(), e.country(), mentions(e),
                            articles, total == 0 ? 0 : (double) articles / total));
                    for (int p = 0; p < volume.length; p++) {
                        long a = e.articles()[p];
                        series.add(new EntityPeriodRow(label(starts.get(p)), starts.get(p), kind.getKey(), e.name(),
                                e.type(), e.country(), a * 2 + (a > 0 ? 1 : 0), a, volume[p],
                                volume[p] == 0 ? 0 : (double) a / volume[p]));
                    }
                }
                topByKind.put(kind.getKey(), top);
            }
            return new ReportData(job, unit, topN, total, volumeRows, topByKind, series);
        }

        private String label(LocalDate start) {
            return switch (unit) {
                case "week" -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                        start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case "month" -> start.toString().substring(0, 7);
                default -> start.toString();
            };
        }

        private static long sum(long[] values) {
            long sum = 0;
            for (long v : values) {
                sum += v;
            }
            return sum;
        }

        private static long mentions(Entity e) {
            long mentions = 0;
            for (long a : e.articles()) {
                mentions += a * 2 + (a > 0 ? 1 : 0);
            }
            return mentions;
        }
    }
}
