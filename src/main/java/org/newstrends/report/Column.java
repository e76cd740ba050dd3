package org.newstrends.report;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a table: its header name, value type, the description given in the data dictionary and the
 * accessor that reads its value from the table's row type, so a header and its values cannot drift apart.
 *
 * @param name        the header name
 * @param type        how values are typed and formatted
 * @param description what a value means, for the data dictionary
 * @param accessor    reads the column's value from a row; null values are written as empty cells
 * @param <R>         the table's row type
 */
public record Column<R>(String name, ColumnType type, String description, Function<? super R, ?> accessor) {

    /** Checks that every part is present. */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(accessor, "accessor");
    }

    /** The column's value in {@code row}, possibly null. */
    public Object value(R row) {
        return accessor.apply(row);
    }
}
