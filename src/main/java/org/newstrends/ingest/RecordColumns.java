package org.newstrends.ingest;

import java.util.List;

/**
 * The named values of one tabular record, whatever it was read from: a CSV or TSV row under its header, a JSON
 * object's fields, a Parquet row under its schema. {@link ColumnRecords} maps them to an article.
 */
public interface RecordColumns {
    /** The column names as the input writes them, in order. */
    List<String> names();

    /** The value of the column {@code name} (exactly as {@link #names()} gives it): a String, Number, Boolean,
     *  a java.sql.Timestamp or java.sql.Date, null, or something else (reported as of the wrong type). */
    Object value(String name);
}
