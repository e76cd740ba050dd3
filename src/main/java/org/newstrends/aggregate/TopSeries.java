package org.newstrends.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the top entities' series dense: one row per top entity and period of the range, with zeros where the
 * entity was not named (or the period had no article). Plain Java over collected, bounded rows.
 */
public final class TopSeries {
    private TopSeries() { }

    /**
     * Rows ordered by kind, rank, then period. {@code counts} holds the non-zero per-period counts of the
     * {@code top} entities; {@code volume} the article count of each period that has articles.
     */
    public static List<EntityPeriodCount> dense(List<EntityTotal> top, List<EntityPeriodCount> counts,
                                                List<LocalDate> periods, Map<LocalDate, Long> volume) {
        Map<String, EntityPeriodCount> found = new HashMap<>();
        for (EntityPeriodCount c : counts) found.put(id(c.getKind(), c.getKey(), c.getPeriodStart()), c);
        List<EntityTotal> ordered = new ArrayList<>(top);
        ordered.sort(java.util.Comparator.comparing(EntityTotal::getKind).thenComparingInt(EntityTotal::getRank));
        List<EntityPeriodCount> out = new ArrayList<>();
        for (EntityTotal t : ordered) {
            for (LocalDate p : periods) {
                EntityPeriodCount c = found.get(id(t.getKind(), t.getKey(), p));
                out.add(c != null ? c : zero(t, p, volume.getOrDefault(p, 0L)));
            }
        }
        return out;
    }

    private static EntityPeriodCount zero(EntityTotal t, LocalDate period, long periodArticles) {
        EntityPeriodCount c = new EntityPeriodCount();
        c.setPeriodStart(period);
        c.setKind(t.getKind());
        c.setKey(t.getKey());
        c.setEntity(t.getEntity());
        c.setType(t.getType());
        c.setCountry(t.getCountry());
        c.setPeriodArticles(periodArticles);
        return c;
    }

    private static String id(String kind, String key, LocalDate period) {
        return kind + '\u0000' + key + '\u0000' + period;
    }
}
