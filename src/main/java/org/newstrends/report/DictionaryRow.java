package org.newstrends.report;

import java.util.List;

/**
 * One column of one table as the data dictionary describes it.
 *
 * @param table       the table's path relative to the report directory
 * @param column      the column's header name
 * @param type        the value type's {@link ColumnType#label() label}
 * @param description what a value means
 * @param fromInput   whether the column holds text from the input, neutralised in CSV files ({@link CsvInjection})
 */
public record DictionaryRow(String table, String column, String type, String description, boolean fromInput) {

    /** The dictionary rows of {@code columns} of {@code table}, in column order. */
    static <R> List<DictionaryRow> of(Table<R> table, List<Column<R>> columns) {
        return columns.stream()
                .map(column -> new DictionaryRow(table.path(), column.name(), column.type().label(),
                        column.description(), column.type().fromInput()))
                .toList();
    }
}
