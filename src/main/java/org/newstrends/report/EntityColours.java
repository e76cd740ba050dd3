package org.newstrends.report;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One colour per entity for every chart of a report: the first {@link #COLOURED} entities of each kind's overall
 * ranking get the {@link ChartPalette#SERIES palette} in rank order, so an entity keeps its colour in its kind's
 * line charts, on the map and in legends, and no chart shows two entities in one colour. Entities further down are
 * not coloured; charts draw at most {@link #COLOURED} entities of a kind in colour.
 */
final class EntityColours {

    /** How many entities of each kind have a colour of their own. */
    static final int COLOURED = ChartPalette.SERIES.size();

    private final Map<String, Color> byEntity;

    private EntityColours(Map<String, Color> byEntity) {
        this.byEntity = byEntity;
    }

    /** The colours of {@code data}'s entities. */
    static EntityColours of(ReportData data) {
        Map<String, Color> colours = new HashMap<>();
        for (EntityKind kind : EntityKind.values()) {
            List<EntityTotalRow> ranking = data.top(kind);
            for (int i = 0; i < Math.min(COLOURED, ranking.size()); i++) {
                EntityTotalRow row = ranking.get(i);
                colours.put(key(kind, row.entity(), row.type()), ChartPalette.SERIES.get(i));
            }
        }
        return new EntityColours(Map.copyOf(colours));
    }

    /** The colour of the entity named {@code entity} of {@code type} and {@code kind}, if it has one. */
    Optional<Color> colour(EntityKind kind, String entity, String type) {
        return Optional.ofNullable(byEntity.get(key(kind, entity, type)));
    }

    private static String key(EntityKind kind, String entity, String type) {
        return kind.id() + '\u0000' + entity + '\u0000' + (type == null ? "" : type);
    }
}
