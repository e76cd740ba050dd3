package org.newstrends.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a report's tables go: each table given to {@link #write} is written in one pass, row by row, to its CSV
 * file and to its sheet of {@code report.xlsx}, both from the table's {@link Table declaration}. Rows may come
 * from an iterator as long as a Spark {@code toLocalIterator()}; they are written in the order given, and memory
 * stays bounded. {@link ReportWriter#write(ReportSink, ReportData)} adds the bounded tables, charts, data
 * dictionary, workbook and page; {@link #close()} releases the workbook's temporary files.
 */
public final class ReportSink implements Closeable {

    private final Path reportDir;
    private final WorkbookWriter workbook;
    private final Map<Table<?>, Written> written = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();
    private boolean saved;

    /** What was written of one table: its columns (a pivot's with its entity columns) and its rows. */
    private record Written(List<? extends Column<?>> columns, long rows) {
    }

    private ReportSink(Path reportDir, int maxSheetRows) {
        this.reportDir = reportDir;
        this.workbook = new WorkbookWriter(maxSheetRows);
    }

    /** A sink writing into {@code reportDir}, which is created when missing. */
    public static ReportSink open(Path reportDir) throws IOException {
        return open(reportDir, WorkbookWriter.MAX_ROWS);
    }

    /** A sink whose sheets hold at most {@code maxSheetRows} rows, header included (to test cutting). */
    static ReportSink open(Path reportDir, int maxSheetRows) throws IOException {
        Files.createDirectories(reportDir);
        return new ReportSink(reportDir, maxSheetRows);
    }

    /**
     * Writes {@code table} (not a pivot) with {@code rows}.
     *
     * @return the number of rows written, header not counted
     */
    public <R> long write(Table<R> table, Iterator<? extends R> rows) throws IOException {
        return write(table, List.of(), rows);
    }

    /**
     * Writes the pivot {@code table} with one entity column per label of {@code entities}, in that order.
     *
     * @return the number of rows written, header not counted
     */
    public <R> long write(Table<R> table, List<String> entities, Iterator<? extends R> rows) throws IOException {
        if (saved) {
            throw new IllegalStateException("the report is already saved; " + table + " comes too late");
        }
        if (written.containsKey(table)) {
            throw new IllegalStateException(table + " is written twice");
        }
        List<Column<R>> columns = table.columns(entities);
        TableSheet<R> sheet = table == Tables.DATA_DICTIONARY ? null : workbook.add(table, columns);
        long count = 0;
        try (CsvTableWriter<R> csv = CsvTableWriter.open(reportDir, table, columns)) {
            while (rows.hasNext()) {
                R row = rows.next();
                List<String> fields = csv.format(row);
                csv.write(fields);
                if (sheet != null) {
                    sheet.write(row, fields);
                }
                count++;
            }
        }
        written.put(table, new Written(columns, count));
        files.add(table.path());
        return count;
    }

    /** Whether {@code table} has been written. */
    public boolean wrote(Table<?> table) {
        return written.containsKey(table);
    }

    /** Rows written of {@code table}, or -1 when it has not been written. */
    public long rows(Table<?> table) {
        Written w = written.get(table);
        return w == null ? -1 : w.rows();
    }

    /** The report directory. */
    public Path reportDir() {
        return reportDir;
    }

    /** Files written so far, relative to the report directory with {@code /} separators, in writing order. */
    public List<String> files() {
        return List.copyOf(files);
    }

    /** Records a file written beside the tables (a chart, the page). */
    void recorded(String path) {
        files.add(path);
    }

    /**
     * Writes the data dictionary (every column of every table of the catalogue; a pivot's as written) to its CSV
     * file and the workbook's About sheet, then saves {@code report.xlsx}. Nothing can be written afterwards.
     */
    void save(String title, List<SummaryFact> facts) throws IOException {
        List<DictionaryRow> dictionary = new ArrayList<>();
        for (Table<?> table : Tables.all()) {
            dictionary.addAll(dictionaryRows(table));
        }
        write(Tables.DATA_DICTIONARY, dictionary.iterator());
        workbook.save(reportDir.resolve(WorkbookWriter.FILE_NAME), title, facts, dictionary, Tables.all());
        files.add(WorkbookWriter.FILE_NAME);
        saved = true;
    }

    @SuppressWarnings("unchecked")
    private <R> List<DictionaryRow> dictionaryRows(Table<R> table) {
        Written w = written.get(table);
        List<Column<R>> columns = w == null ? table.columns() : (List<Column<R>>) w.columns();
        return DictionaryRow.of(table, columns);
    }

    /** Deletes the workbook's temporary files; the files written stay. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
