package org.newstrends.report;

import java.util.Objects;
import java.util.function.Function;

/**
 * A column's name, type and description shared by several tables (e.g. {@code period}); a table binds it to its
 * row type with {@link #of(Function)}.
 *
 * @param name        the header name
 * @param type        how values are typed and formatted
 * @param description what a value means, for the data dictionary
 */
public record ColumnDefinition(String name, ColumnType type, String description) {

    /** Checks that every part is present. */
    public ColumnDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    /** This definition as a column of a table whose rows are {@code R}, read by {@code accessor}. */
    public <R> Column<R> of(Function<? super R, ?> accessor) {
        return new Column<>(name, type, description, accessor);
    }
}
