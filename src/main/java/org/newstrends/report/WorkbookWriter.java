package org.newstrends.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code report.xlsx} with Apache POI's streaming workbook: only a window of rows per sheet is in memory,
 * the rest goes to compressed temporary files, so a table of millions of rows takes bounded memory. The same
 * data gives a byte-identical file (no creation date; POI writes fixed zip entry times).
 */
final class WorkbookWriter implements Closeable {

    /** The workbook's file name at the report root. */
    static final String FILE_NAME = "report.xlsx";
    /** The most rows a sheet holds, header included. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private static final int ROWS_IN_MEMORY = 100;

    private final SXSSFWorkbook workbook;
    private final WorkbookCells cells;
    private final int maxRows;
    private final Map<Table<?>, TableSheet<?>> sheets = new LinkedHashMap<>();

    /** @param maxRows the most rows a sheet may have, header included ({@link #MAX_ROWS} but in tests) */
    WorkbookWriter(int maxRows) {
        if (maxRows < 3) {
            throw new IllegalArgumentException("a sheet needs room for a header, a row and a note: " + maxRows);
        }
        this.maxRows = maxRows;
        workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
        cells = new WorkbookCells(workbook);
        workbook.createSheet(AboutSheet.NAME);
    }

    /** Adds the sheet of {@code table} with {@code columns} and writes its header. */
    <R> TableSheet<R> add(Table<R> table, List<Column<R>> columns) {
        TableSheet<R> sheet = new TableSheet<>(table, columns, workbook.createSheet(table.sheetName()), cells,
                maxRows);
        sheets.put(table, sheet);
        return sheet;
    }

    /**
     * Finishes every sheet, writes the About sheet first and the table sheets in {@code order} (tables not
     * added are skipped), and saves the workbook to {@code file}.
     */
    void save(Path file, String title, List<SummaryFact> facts, List<DictionaryRow> dictionary,
              List<Table<?>> order) throws IOException {
        List<AboutSheet.SheetEntry> entries = new ArrayList<>();
        int position = 1;
        for (Table<?> table : order) {
            TableSheet<?> sheet = sheets.get(table);
            if (sheet == null) {
                continue;
            }
            sheet.finish();
            workbook.setSheetOrder(table.sheetName(), position++);
            entries.add(new AboutSheet.SheetEntry(table, sheet.tableRows(), sheet.isCut() ? sheet.cutNote() : null));
        }
        new AboutSheet(workbook.getSheet(AboutSheet.NAME), cells).write(title, facts, entries, dictionary);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** Deletes the temporary files and releases the workbook. */
    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
