package org.newstrends.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * A Spark {@link Row} seen as {@link RecordColumns}: the values of the columns {@code names}, the first fields of
 * the row. Dates and timestamps come as {@code java.sql.Date} and {@code java.sql.Timestamp} whichever of Spark's
 * date-time APIs is on; strings, numbers and booleans as they are; anything else (binary, structs, arrays) as Spark
 * gives it, for {@link ColumnRecords} to report as of the wrong type.
 */
final class RowColumns implements RecordColumns {
    private final List<String> names;
    private final Map<String, Integer> index;
    private final Row row;

    RowColumns(List<String> names, Map<String, Integer> index, Row row) {
        this.names = names;
        this.index = index;
        this.row = row;
    }

    /** The position of each of {@code names}, for {@link #RowColumns}; the first of two equal names wins. */
    static Map<String, Integer> indexOf(List<String> names) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < names.size(); i++) out.putIfAbsent(names.get(i), i);
        return out;
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public Object value(String name) {
        Integer i = index.get(name);
        if (i == null || row.isNullAt(i)) return null;
        Object v = row.get(i);
        if (v instanceof Instant instant) return Timestamp.from(instant);
        if (v instanceof LocalDateTime local) return Timestamp.valueOf(local);
        if (v instanceof LocalDate date) return java.sql.Date.valueOf(date);
        return v;
    }
}
