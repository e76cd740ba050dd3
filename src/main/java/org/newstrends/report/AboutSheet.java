package org.newstrends.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The workbook's first sheet: what the report is, how to read the workbook, one line per sheet and one per
 * column of every table (the rows of {@code tables/data_dictionary.csv}, from the same declarations).
 */
final class AboutSheet {

    /** The sheet's name. */
    static final String NAME = "About";

    private static final List<String> HOW_TO_READ = List.of(
            "Every sheet after this one is one table of the report and holds the same rows as the CSV file listed "
                    + "for it below; the columns of every table are described at the end of this sheet "
                    + "(the same list as tables/data_dictionary.csv).",
            "Dates are date cells (yyyy-mm-dd), counts are whole numbers, shares and other decimals are numbers "
                    + "with the six decimals of the CSV files, text is text, and no cell is a formula.",
            "Text from the articles (names, sources, titles, file names) is kept as written; where it begins with "
                    + "=, +, -, @, a tab or a line break its cell is marked as text (quote prefix), so a spreadsheet "
                    + "never runs it as a formula.",
            "Each sheet's header row stays in view and has a filter. A table longer than a sheet allows is cut, "
                    + "with a note in its last row; its CSV file holds every row.");

    /** A table as the sheet list shows it. */
    record SheetEntry(Table<?> table, long rows, String cutNote) {
    }

    private final SXSSFSheet sheet;
    private final WorkbookCells cells;
    private int next;

    AboutSheet(SXSSFSheet sheet, WorkbookCells cells) {
        this.sheet = sheet;
        this.cells = cells;
    }

    /** Writes the whole sheet. */
    void write(String title, List<SummaryFact> facts, List<SheetEntry> sheets, List<DictionaryRow> dictionary) {
        cells.setTitle(sheet.createRow(next++).createCell(0), title);
        next++;
        for (SummaryFact fact : facts) {
            Row row = sheet.createRow(next++);
            cells.setHeader(row.createCell(0), fact.label());
            if (fact.value() instanceof Number number) {
                cells.setInteger(row.createCell(1), number.longValue());
            } else {
                cells.setText(row.createCell(1), String.valueOf(fact.value()), true);
            }
        }
        next++;
        cells.setHeader(sheet.createRow(next++).createCell(0), "How to read this workbook");
        for (String line : HOW_TO_READ) {
            cells.setText(sheet.createRow(next++).createCell(0), line, false);
        }
        next++;
        header("sheet", "table", "rows", "contents");
        for (SheetEntry entry : sheets) {
            Row row = sheet.createRow(next++);
            cells.setText(row.createCell(0), entry.table().sheetName(), false);
            cells.setText(row.createCell(1), entry.table().path(), false);
            cells.setInteger(row.createCell(2), entry.rows());
            String contents = entry.table().description()
                    + (entry.cutNote() == null ? "" : ". " + entry.cutNote());
            cells.setText(row.createCell(3), contents, false);
        }
        next++;
        int dictionaryHeader = next;
        header("table", "column", "type", "description", "from_input");
        for (DictionaryRow column : dictionary) {
            Row row = sheet.createRow(next++);
            cells.setText(row.createCell(0), column.table(), false);
            cells.setText(row.createCell(1), column.column(), true);
            cells.setText(row.createCell(2), column.type(), false);
            cells.setText(row.createCell(3), column.description(), true);
            cells.set(row.createCell(4), ColumnType.BOOLEAN, column.fromInput(), null);
        }
        sheet.setAutoFilter(new CellRangeAddress(dictionaryHeader, next - 1, 0, 4));
        int[] widths = {40, 36, 10, 110, 11};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private void header(String... names) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < names.length; c++) {
            cells.setHeader(row.createCell(c), names[c]);
        }
    }
}
