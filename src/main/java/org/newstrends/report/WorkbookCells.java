package org.newstrends.report;

import java.time.LocalDate;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, created once, and the one way a value of each {@link ColumnType} becomes a cell:
 * dates as dates ({@code yyyy-mm-dd}), integers and decimals as numbers ({@code 0}, {@code 0.000000}), booleans as
 * booleans, text as text. No cell is ever a formula; text from the input that a spreadsheet could read as one is
 * additionally marked quote-prefixed, so it stays text when a user edits the cell.
 */
final class WorkbookCells {

    /** The most characters a cell holds; longer text is cut to this length, ending in an ellipsis. */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle note;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle date;
    private final CellStyle integer;
    private final CellStyle decimal;

    WorkbookCells(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        Font italic = workbook.createFont();
        italic.setItalic(true);
        short textFormat = formats.getFormat("@");
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setDataFormat(textFormat);
        title = workbook.createCellStyle();
        title.setFont(large);
        note = workbook.createCellStyle();
        note.setFont(italic);
        note.setDataFormat(textFormat);
        text = workbook.createCellStyle();
        text.setDataFormat(textFormat);
        quotedText = workbook.createCellStyle();
        quotedText.setDataFormat(textFormat);
        quotedText.setQuotePrefixed(true);
        date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        integer = workbook.createCellStyle();
        integer.setDataFormat(formats.getFormat("0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(formats.getFormat("0.000000"));
    }

    /**
     * Sets {@code cell} to {@code value} as {@code type} says; {@code csvField} is the value as the CSV file holds
     * it, so that decimals in the workbook are the CSV's six-decimal numbers. A null value leaves the cell blank.
     */
    void set(Cell cell, ColumnType type, Object value, String csvField) {
        if (value == null) {
            return;
        }
        switch (type) {
            case TEXT -> setText(cell, value.toString(), false);
            case INPUT_TEXT -> setText(cell, value.toString(), true);
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(date);
            }
            case INTEGER -> {
                cell.setCellValue(((Number) value).longValue());
                cell.setCellStyle(integer);
            }
            case DECIMAL -> {
                if (!csvField.isEmpty()) {
                    cell.setCellValue(Double.parseDouble(csvField));
                    cell.setCellStyle(decimal);
                }
            }
            case BOOLEAN -> cell.setCellValue((Boolean) value);
        }
    }

    /** Sets a header cell: bold text. */
    void setHeader(Cell cell, String name) {
        cell.setCellValue(fit(name));
        cell.setCellStyle(header);
    }

    /** Sets a large bold title. */
    void setTitle(Cell cell, String value) {
        cell.setCellValue(fit(value));
        cell.setCellStyle(title);
    }

    /** Sets an italic note. */
    void setNote(Cell cell, String value) {
        cell.setCellValue(fit(value));
        cell.setCellStyle(note);
    }

    /** Sets text; {@code fromInput} text that a spreadsheet could read as a formula is marked quote-prefixed. */
    void setText(Cell cell, String value, boolean fromInput) {
        cell.setCellValue(fit(value));
        cell.setCellStyle(fromInput && CsvInjection.needsNeutralising(value) ? quotedText : text);
    }

    /** Sets a whole number. */
    void setInteger(Cell cell, long value) {
        cell.setCellValue(value);
        cell.setCellStyle(integer);
    }

    /** {@code value} cut to {@link #MAX_TEXT} characters, ending in an ellipsis, when it is longer. */
    static String fit(String value) {
        return value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT - 1) + "\u2026";
    }
}
