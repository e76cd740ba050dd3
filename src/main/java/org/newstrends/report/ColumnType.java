package org.newstrends.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The value types of table columns, each with the one deterministic way its values are written to CSV. The
 * workbook gives each type its own cell type and format ({@link WorkbookWriter}).
 */
public enum ColumnType {
    /** Text the project writes itself (kinds, types, period labels, codes); null is written as an empty field. */
    TEXT("string", false),
    /**
     * Text that comes from the input (entity names, sources, titles, ids, file names, aliases, reasons quoting
     * input): written like {@link #TEXT}, but neutralised against spreadsheet formula injection in CSV files
     * ({@link CsvInjection}).
     */
    INPUT_TEXT("string", true),
    /** An ISO-8601 calendar date, {@code YYYY-MM-DD}. */
    DATE("date", false),
    /** A whole number, no grouping separators. */
    INTEGER("integer", false),
    /** A fraction written with six decimals and a dot, e.g. {@code 0.125000}; NaN and infinities are written as an empty field. */
    DECIMAL("decimal", false),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean", false);

    private final String label;
    private final boolean fromInput;

    ColumnType(String label, boolean fromInput) {
        this.label = label;
        this.fromInput = fromInput;
    }

    /** The name written in the data dictionary's {@code type} column. */
    public String label() {
        return label;
    }

    /** Whether values of this type come from the input and are neutralised in CSV files. */
    public boolean fromInput() {
        return fromInput;
    }

    /** Formats {@code value} for a CSV field of this type; {@link #INPUT_TEXT} is neutralised. */
    public String format(Object value) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case TEXT -> value.toString();
            case INPUT_TEXT -> CsvInjection.neutralise(value.toString());
            case DATE -> ((LocalDate) value).toString();
            case INTEGER -> Long.toString(((Number) value).longValue());
            case DECIMAL -> formatDecimal(((Number) value).doubleValue());
            case BOOLEAN -> Boolean.toString((Boolean) value);
        };
    }

    /** Rounds half up from the shortest decimal form of {@code value}, as {@code %.6f} does, but faster. */
    private static String formatDecimal(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        String text = new BigDecimal(Double.toString(value)).setScale(6, RoundingMode.HALF_UP).toPlainString();
        return text.equals("-0.000000") ? "0.000000" : text;
    }
}
