package org.newstrends.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the tables that may be too large to hold in memory, row by row from an iterator (e.g. Spark's
 * {@code toLocalIterator()}). The rows must already be sorted; they are written in the order given.
 * Call these before {@link ReportWriter#write} so that {@code index.html} links the files.
 */
public final class StreamingTableWriter {

    private StreamingTableWriter() {
    }

    /**
     * Writes {@code tables/entity_period_counts.csv}: every entity per period, the caller passing non-zero rows only.
     *
     * @return the number of rows written, header not counted
     */
    public static long writeEntityPeriodCounts(Path reportDir, Iterator<EntityPeriodRow> rows) throws IOException {
        return write(reportDir, Table.ENTITY_PERIOD_COUNTS, rows, CsvTableWriter::values);
    }

    /**
     * Writes {@code tables/entity_totals.csv}: the overall ranking of every entity of every kind.
     *
     * @return the number of rows written, header not counted
     */
    public static long writeEntityTotals(Path reportDir, Iterator<EntityTotalRow> rows) throws IOException {
        return write(reportDir, Table.ENTITY_TOTALS, rows, CsvTableWriter::values);
    }

    /**
     * Writes {@code tables/top_entity_aliases.csv}: the written forms merged into each top entity.
     *
     * @return the number of rows written, header not counted
     */
    public static long writeAliases(Path reportDir, Iterator<AliasRow> rows) throws IOException {
        return write(reportDir, Table.TOP_ENTITY_ALIASES, rows, CsvTableWriter::values);
    }

    /**
     * Writes {@code rejects.csv} at the report root ({@code input,position,reason}); a header-only file when
     * nothing was rejected.
     *
     * @return the number of rows written, header not counted
     */
    public static long writeRejects(Path reportDir, Iterator<RejectRow> rows) throws IOException {
        return write(reportDir, Table.REJECTS, rows, CsvTableWriter::values);
    }

    private static <T> long write(Path reportDir, Table table, Iterator<T> rows,
                                  Function<T, List<Object>> toValues) throws IOException {
        try (CsvTableWriter out = CsvTableWriter.open(reportDir, table)) {
            while (rows.hasNext()) {
                out.write(toValues.apply(rows.next()));
            }
            return out.rows();
        }
    }
}
