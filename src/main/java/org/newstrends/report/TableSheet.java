package org.newstrends.report;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One table as a workbook sheet, written row by row in the same pass as its CSV file: a header row (frozen, with
 * an autofilter), typed cells, column widths fitted to the longest value. A table that fills the sheet exactly is
 * kept whole; a longer one is cut, its last data row giving way to a note that says so and points to the CSV
 * file, which holds every row (that row is still in the streaming window, so it can be taken back).
 *
 * @param <R> the row type
 */
final class TableSheet<R> {

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private final Table<R> table;
    private final List<Column<R>> columns;
    private final SXSSFSheet sheet;
    private final WorkbookCells cells;
    private final int maxRows;
    private final int[] widths;
    private int dataRows;
    private long tableRows;

    /**
     * @param maxRows the most rows the sheet may have, header and note included
     */
    TableSheet(Table<R> table, List<Column<R>> columns, SXSSFSheet sheet, WorkbookCells cells, int maxRows) {
        this.table = table;
        this.columns = columns;
        this.sheet = sheet;
        this.cells = cells;
        this.maxRows = maxRows;
        this.widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            cells.setHeader(header.createCell(c), columns.get(c).name());
            widths[c] = columns.get(c).name().length() + 3;
        }
        sheet.createFreezePane(0, 1);
    }

    /** Adds {@code row}, whose CSV fields are {@code csvFields}; rows beyond the sheet's capacity are counted only. */
    void write(R row, List<String> csvFields) {
        tableRows++;
        if (tableRows > dataRows + 1) {
            return;
        }
        if (dataRows == maxRows - 1) {
            sheet.removeRow(sheet.getRow(dataRows));
            dataRows--;
            return;
        }
        dataRows++;
        Row out = sheet.createRow(dataRows);
        for (int c = 0; c < columns.size(); c++) {
            Column<R> column = columns.get(c);
            cells.set(out.createCell(c), column.type(), column.value(row), csvFields.get(c));
            widths[c] = Math.max(widths[c], csvFields.get(c).length() + 2);
        }
    }

    /** Whether rows were left out because the sheet is full. */
    boolean isCut() {
        return tableRows > dataRows;
    }

    /** Rows of the table given to {@link #write}, whether or not the sheet holds them. */
    long tableRows() {
        return tableRows;
    }

    /** Sets the autofilter and column widths and, when cut, writes the note pointing to the CSV file. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, dataRows, 0, columns.size() - 1));
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c])) * 256);
        }
        if (isCut()) {
            cells.setNote(sheet.createRow(dataRows + 1).createCell(0), cutNote());
        }
    }

    /** The note a cut sheet ends with. */
    String cutNote() {
        return String.format(Locale.ROOT, "Cut: this sheet shows the first %,d of %,d rows (a sheet holds at most "
                + "%,d); every row is in %s", dataRows, tableRows, maxRows, table.path());
    }
}
