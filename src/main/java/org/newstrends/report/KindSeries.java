package org.newstrends.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;

/**
 * The top entities of one kind laid out as a grid of periods (rows, from the volume table) by entities
 * (columns, in rank order), read from the dense top series. Shared by the pivots and the charts.
 */
final class KindSeries {

    /** A top entity with the unique label used as its pivot column name and chart series key. */
    record SeriesEntity(EntityTotalRow ranking, String label) {
    }

    private final EntityKind kind;
    private final List<VolumeRow> periods;
    private final List<SeriesEntity> entities;
    private final long[][] articles;
    private final double[][] shares;
    private final long[][] unique;

    private KindSeries(EntityKind kind, List<VolumeRow> periods, List<SeriesEntity> entities,
                       long[][] articles, double[][] shares, long[][] unique) {
        this.kind = kind;
        this.periods = periods;
        this.entities = entities;
        this.articles = articles;
        this.shares = shares;
        this.unique = unique;
    }

    /**
     * The grid for {@code kind}: the first {@code topN} entities of its ranking, every period of the volume table;
     * a cell missing from the top series counts as zero.
     */
    static KindSeries of(ReportData data, EntityKind kind) {
        List<EntityTotalRow> ranking = data.top(kind);
        List<EntityTotalRow> chosen = ranking.subList(0, Math.min(data.topN(), ranking.size()));
        List<SeriesEntity> entities = label(chosen);
        List<VolumeRow> periods = data.volume();

        Map<String, Integer> periodIndex = new HashMap<>();
        for (int p = 0; p < periods.size(); p++) {
            periodIndex.put(periods.get(p).period(), p);
        }
        Map<List<String>, Integer> entityIndex = new HashMap<>();
        for (int e = 0; e < entities.size(); e++) {
            entityIndex.put(key(entities.get(e).ranking().entity(), entities.get(e).ranking().type()), e);
        }
        long[][] articles = new long[periods.size()][entities.size()];
        double[][] shares = new double[periods.size()][entities.size()];
        long[][] unique = new long[periods.size()][entities.size()];
        for (EntityPeriodRow row : data.topSeries()) {
            if (!row.kind().equals(kind.id())) {
                continue;
            }
            Integer p = periodIndex.get(row.period());
            Integer e = entityIndex.get(key(row.entity(), row.type()));
            if (p != null && e != null) {
                articles[p][e] = row.articles();
                shares[p][e] = row.share();
                unique[p][e] = row.uniqueArticles();
            }
        }
        return new KindSeries(kind, periods, entities, articles, shares, unique);
    }

    EntityKind kind() {
        return kind;
    }

    List<VolumeRow> periods() {
        return periods;
    }

    List<SeriesEntity> entities() {
        return entities;
    }

    long articles(int period, int entity) {
        return articles[period][entity];
    }

    double share(int period, int entity) {
        return shares[period][entity];
    }

    long uniqueArticles(int period, int entity) {
        return unique[period][entity];
    }

    /** The articles of entity {@code entity} in every period, in period order. */
    long[] articlesOf(int entity) {
        return column(articles, entity);
    }

    /** The unique articles of entity {@code entity} in every period, in period order. */
    long[] uniqueArticlesOf(int entity) {
        return column(unique, entity);
    }

    /** The articles of every period, in period order. */
    long[] periodArticles() {
        return periods.stream().mapToLong(VolumeRow::articles).toArray();
    }

    private static long[] column(long[][] grid, int entity) {
        long[] out = new long[grid.length];
        for (int p = 0; p < grid.length; p++) {
            out[p] = grid[p][entity];
        }
        return out;
    }

    /**
     * Labels each entity by its name; a name shared by two top entities, or equal to a fixed pivot column,
     * gets its type appended, and a label still taken gets its rank appended.
     */
    private static List<SeriesEntity> label(List<EntityTotalRow> rows) {
        Map<String, Integer> nameCounts = new HashMap<>();
        rows.forEach(row -> nameCounts.merge(row.entity(), 1, Integer::sum));
        Set<String> taken = new HashSet<>();
        taken.addAll(Tables.pivotKeyNames());
        List<SeriesEntity> labelled = new ArrayList<>(rows.size());
        for (EntityTotalRow row : rows) {
            String label = row.entity();
            if (nameCounts.get(label) > 1 || taken.contains(label)) {
                String type = Objects.toString(row.type(), "");
                label = type.isEmpty() ? label : label + " (" + type + ")";
            }
            if (taken.contains(label)) {
                label = label + " #" + row.rank();
            }
            taken.add(label);
            labelled.add(new SeriesEntity(row, label));
        }
        return List.copyOf(labelled);
    }

    private static List<String> key(String entity, String type) {
        return List.of(entity, Objects.toString(type, ""));
    }
}
