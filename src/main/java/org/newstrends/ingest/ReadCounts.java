package org.newstrends.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a read gave: records, the articles among them, their first and last dates (null without articles) and how
 * many were decoded as Windows-1252. Computed in one pass over the records.
 *
 * @param records every record read
 * @param articles the records that are articles
 * @param firstDate the earliest article date, or null
 * @param lastDate the latest article date, or null
 * @param decodedAsCp1252 the records whose bytes were read as Windows-1252
 */
public record ReadCounts(long records, long articles, LocalDate firstDate, LocalDate lastDate, long decodedAsCp1252) {
    /** The records that are not articles. */
    public long rejected() {
        return records - articles;
    }

    /** The counts of {@code records}, in one Spark action. */
    public static ReadCounts of(Dataset<IngestRecord> records) {
        Row r = records.agg(count(lit(1)), sum(when(col("reason").isNull(), 1).otherwise(0)),
                min(when(col("reason").isNull(), col("date"))), max(when(col("reason").isNull(), col("date"))),
                sum(when(col("decodedAsCp1252"), 1).otherwise(0))).first();
        return new ReadCounts(r.getLong(0), r.isNullAt(1) ? 0 : r.getLong(1), localDate(r.get(2)), localDate(r.get(3)),
                r.isNullAt(4) ? 0 : r.getLong(4));
    }

    private static LocalDate localDate(Object value) {
        if (value == null) return null;
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
