package org.newstrends.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One period of a wide pivot: the period and one value per top entity, in the pivot's column order.
 *
 * @param period         the period label
 * @param periodStart    the first day of the period
 * @param periodArticles all articles of the period
 * @param values         one value per entity column (article counts or shares)
 */
public record PivotRow(String period, LocalDate periodStart, long periodArticles, List<? extends Number> values) {

    /** Checks the period and copies the values. */
    public PivotRow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(periodStart, "periodStart");
        values = List.copyOf(values);
    }

    /** The value of the entity column with index {@code entity}. */
    public Number value(int entity) {
        return values.get(entity);
    }
}
