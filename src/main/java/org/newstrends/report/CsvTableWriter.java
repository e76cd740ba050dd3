package org.newstrends.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one table as CSV: UTF-8 without byte-order mark, exactly one header row, RFC 4180 quoting, {@code \n}
 * line endings, every value formatted by its column's {@link ColumnType} (text from the input neutralised by
 * {@link CsvInjection}, as are header names, which a pivot takes from entity names).
 *
 * @param <R> the row type
 */
final class CsvTableWriter<R> implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final List<Column<R>> columns;
    private final CSVPrinter printer;

    private CsvTableWriter(List<Column<R>> columns, CSVPrinter printer) {
        this.columns = columns;
        this.printer = printer;
    }

    /** Opens {@code table}'s file under {@code reportDir} with {@code columns} and writes the header. */
    static <R> CsvTableWriter<R> open(Path reportDir, Table<R> table, List<Column<R>> columns) throws IOException {
        Path file = reportDir.resolve(table.path());
        Files.createDirectories(file.getParent());
        Writer out = ReportFiles.newWriter(file);
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            List<String> header = new ArrayList<>(columns.size());
            columns.forEach(column -> header.add(CsvInjection.neutralise(column.name())));
            printer.printRecord(header);
            return new CsvTableWriter<>(columns, printer);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Writes one record: {@code fields} are the row's values already {@link ColumnType#format formatted}. */
    void write(List<String> fields) {
        try {
            printer.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of {@code row} as written to CSV, in column order. */
    List<String> format(R row) {
        List<String> fields = new ArrayList<>(columns.size());
        for (Column<R> column : columns) {
            fields.add(column.type().format(column.value(row)));
        }
        return fields;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
