package org.newstrends.ingest;

import java.util.List;

/**
 * The named values of one tabular record, whatever it was read from: a CSV or TSV row under its header, a JSON
 * object's fields, a Parquet row under its schema. {@link ColumnRecords} maps them to an article.
 */
public interface RecordColumns {
    /** The column names as the input writes them, in order. */
    List<String> names();

    /**
     * The value of the column {@code name} (exactly as {@link #names()} gives it), or null: a String, Number or
     * Boolean; a {@code byte[]} (decoded as UTF-8, else Windows-1252); a {@code java.sql.Date},
     * {@code java.sql.Timestamp}, {@code java.util.Date}, {@code Instant}, {@code LocalDate},
     * {@code LocalDateTime}, {@code OffsetDateTime} or {@code ZonedDateTime}; a {@code java.util.Collection} (an
     * array: in the text, its strings are paragraphs) or a {@code java.util.Map} (a struct). Anything else is
     * reported as a value of the wrong type.
     */
    Object value(String name);
}
