package org.newstrends.report;

import java.util.Objects;

/**
 * One column of a written table: its header name, value type and the description given in the data dictionary.
 *
 * @param name        the header name
 * @param type        how values are typed and formatted
 * @param description what a value means, for the data dictionary
 */
public record Column(String name, ColumnType type, String description) {

    /** Checks that every part is present. */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }
}
