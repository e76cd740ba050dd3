package org.newstrends.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one table of the {@link Table catalogue}: UTF-8, exactly one header row, {@code \n} line endings,
 * every value formatted by its column's {@link ColumnType}.
 */
final class CsvTableWriter implements Closeable {

    private final List<Column> columns;
    private final CSVPrinter printer;
    private long rows;

    private CsvTableWriter(List<Column> columns, CSVPrinter printer) {
        this.columns = List.copyOf(columns);
        this.printer = printer;
    }

    /** Opens {@code table} under {@code reportDir} with its fixed columns and writes the header. */
    static CsvTableWriter open(Path reportDir, Table table) throws IOException {
        return open(reportDir, table, table.columns());
    }

    /** Opens {@code table} under {@code reportDir} with the given columns (a pivot's full list) and writes the header. */
    static CsvTableWriter open(Path reportDir, Table table, List<Column> columns) throws IOException {
        Path file = reportDir.resolve(table.path());
        Files.createDirectories(file.getParent());
        String[] header = columns.stream().map(Column::name).toArray(String[]::new);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setRecordSeparator('\n')
                .setHeader(header)
                .get();
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            return new CsvTableWriter(columns, new CSVPrinter(out, format));
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Writes one row; {@code values} are in column order and formatted by each column's type. */
    void write(List<?> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.size());
        }
        List<String> fields = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            fields.add(columns.get(i).type().format(values.get(i)));
        }
        try {
            printer.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    /** Rows written so far, the header not counted. */
    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    /** The values of {@code row} in the order of {@code Columns.ENTITY_PERIOD}. */
    static List<Object> values(EntityPeriodRow row) {
        return List.of(row.period(), row.periodStart(), row.kind(), row.entity(), nullToEmpty(row.type()),
                nullToEmpty(row.country()), row.mentions(), row.articles(), row.periodArticles(), row.share());
    }

    /** The values of {@code row} in the order of {@code Columns.ENTITY_TOTAL}. */
    static List<Object> values(EntityTotalRow row) {
        return List.of(row.kind(), row.rank(), row.entity(), nullToEmpty(row.type()), nullToEmpty(row.country()),
                row.mentions(), row.articles(), row.share());
    }

    /** The values of {@code row} in the order of {@link Table#TOP_ENTITY_ALIASES}. */
    static List<Object> values(AliasRow row) {
        return List.of(row.kind(), row.entity(), row.alias(), row.mentions(), row.articles());
    }

    /** The values of {@code row} in the order of {@link Table#REJECTS}. */
    static List<Object> values(RejectRow row) {
        return List.of(nullToEmpty(row.input()), row.position(), nullToEmpty(row.reason()));
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
