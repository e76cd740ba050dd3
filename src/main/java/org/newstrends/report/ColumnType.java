package org.newstrends.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The value types of table columns, each with the one deterministic way its values are written to CSV. */
public enum ColumnType {
    /** Free text; null is written as an empty field. */
    STRING("string"),
    /** An ISO-8601 calendar date, {@code YYYY-MM-DD}. */
    DATE("date"),
    /** A whole number, no grouping separators. */
    INTEGER("integer"),
    /** A fraction written with six decimals and a dot, e.g. {@code 0.125000}; NaN and infinities are written as an empty field. */
    DECIMAL("decimal");

    private final String label;

    ColumnType(String label) {
        this.label = label;
    }

    /** The name written in the data dictionary's {@code type} column. */
    public String label() {
        return label;
    }

    /** Formats {@code value} for a CSV field of this type. */
    public String format(Object value) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case STRING -> value.toString();
            case DATE -> ((LocalDate) value).toString();
            case INTEGER -> Long.toString(((Number) value).longValue());
            case DECIMAL -> formatDecimal(((Number) value).doubleValue());
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
