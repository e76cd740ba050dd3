package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.newstrends.ingest.Article;

/**
 * The job's optional date range {@code from}..{@code to} (both inclusive, either open): splits the articles into
 * those counted and those outside, which the job lists in rejects.csv with {@link #reason} and counts in the
 * manifest as {@code counts.out_of_range}. Every article lands on exactly one side.
 *
 * @param from the first day counted, or null for no lower bound
 * @param to the last day counted, or null for no upper bound
 */
public record DateRange(LocalDate from, LocalDate to) implements Serializable {
    /** No range: every article is counted. */
    public static final DateRange ALL = new DateRange(null, null);

    /** Checks that the range is not empty. */
    public DateRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + "): swap them");
        }
    }

    /** The articles inside the range. */
    public Dataset<Article> inside(Dataset<Article> articles) {
        return articles.filter(insideColumn());
    }

    /** The articles outside the range. */
    public Dataset<Article> outside(Dataset<Article> articles) {
        return articles.filter(functionsNot(insideColumn()));
    }

    /** True when {@code date} is counted. */
    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Why an article dated {@code date} outside the range is not counted, as rejects.csv says it. */
    public String reason(LocalDate date) {
        if (from != null && date.isBefore(from)) return "date " + date + " is before 'from' " + from;
        return "date " + date + " is after 'to' " + to;
    }

    private Column insideColumn() {
        Column c = lit(true);
        if (from != null) c = c.and(col("date").geq(lit(java.sql.Date.valueOf(from))));
        if (to != null) c = c.and(col("date").leq(lit(java.sql.Date.valueOf(to))));
        return c;
    }

    private static Column functionsNot(Column c) {
        return org.apache.spark.sql.functions.not(c);
    }
}
