package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Checks a sheet that a spreadsheet program read (a report CSV or a report workbook sheet, saved again as
 * xlsx) against the table's declaration: every declared date a date cell, every count and share a number,
 * text from the input text, booleans booleans, and no cell anywhere a formula.
 */
public final class TypedCells {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private TypedCells() {
    }

    /** The table whose CSV file is named {@code fileName}, or whose sheet is named so. */
    public static Table<?> table(String name) {
        for (Table<?> table : Tables.all()) {
            if (table.fileName().equals(name) || table.sheetName().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("no table named " + name);
    }

    /**
     * Checks {@code sheet}, read back by a spreadsheet, against {@code table} and {@code csv} (the CSV file as
     * written): same header, same number of rows, each cell of the type its column declares.
     *
     * @param fromCsv whether the spreadsheet read the CSV file (text from input then keeps its leading {@code '})
     */
    public static void check(Sheet sheet, Table<?> table, CsvTable csv, boolean fromCsv) {
        String where = sheet.getSheetName() + " (" + table.path() + ")";
        List<ColumnType> types = new ArrayList<>();
        List<String> fixed = table.columns().stream().map(Column::name).toList();
        for (int c = 0; c < csv.header().size(); c++) {
            types.add(c < fixed.size() ? table.columns().get(c).type()
                    : table.columns(List.of("x")).get(fixed.size()).type());
        }
        Row header = sheet.getRow(0);
        for (int c = 0; c < csv.header().size(); c++) {
            Cell cell = header.getCell(c);
            assertEquals(CellType.STRING, cell.getCellType(), where + " header " + c);
            String expected = fromCsv ? csv.header().get(c) : CsvInjection.restore(csv.header().get(c));
            assertEquals(expected, cell.getStringCellValue(), where + " header");
        }
        int dataRows = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!isBooleanConstant(cell)) {
                    assertNotEquals(CellType.FORMULA, cell.getCellType(), where + " " + cell.getAddress());
                }
            }
            if (row.getRowNum() == 0 || row.getCell(0) == null) {
                continue;
            }
            List<String> values = csv.rows().get(row.getRowNum() - 1);
            dataRows++;
            for (int c = 0; c < values.size(); c++) {
                checkCell(row.getCell(c), types.get(c), values.get(c), fromCsv, where + " " + csv.header().get(c));
            }
        }
        assertEquals(csv.rows().size(), dataRows, where + " rows");
    }

    /**
     * A boolean as LibreOffice writes one to xlsx: the constant formula {@code TRUE()} or {@code FALSE()} with its
     * boolean value; nothing from a CSV can run through it, unlike any other formula.
     */
    private static boolean isBooleanConstant(Cell cell) {
        return cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.BOOLEAN
                && (cell.getCellFormula().equals("TRUE()") || cell.getCellFormula().equals("FALSE()"));
    }

    private static void checkCell(Cell cell, ColumnType type, String csvValue, boolean fromCsv, String where) {
        if (csvValue.isEmpty()) {
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK
                    || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty(), where);
            return;
        }
        where += " " + cell.getAddress() + " '" + csvValue + "'";
        switch (type) {
            case DATE -> {
                assertEquals(CellType.NUMERIC, cell.getCellType(), where);
                assertTrue(DateUtil.isCellDateFormatted(cell), where + " has no date format");
                assertEquals(LocalDate.parse(csvValue), cell.getLocalDateTimeCellValue().toLocalDate(), where);
            }
            case INTEGER, DECIMAL -> {
                assertEquals(CellType.NUMERIC, cell.getCellType(), where);
                assertEquals(Double.parseDouble(csvValue), cell.getNumericCellValue(), 0.0, where);
            }
            case BOOLEAN -> {
                assertTrue(cell.getCellType() == CellType.BOOLEAN || isBooleanConstant(cell), where + " is "
                        + cell.getCellType());
                assertEquals(Boolean.parseBoolean(csvValue), cell.getBooleanCellValue(), where);
            }
            case INPUT_TEXT -> {
                assertEquals(CellType.STRING, cell.getCellType(), where);
                String expected = fromCsv ? csvValue : CsvInjection.restore(csvValue);
                assertEquals(expected.strip(), cell.getStringCellValue().strip(), where);
            }
            case TEXT -> {
                if (cell.getCellType() == CellType.STRING) {
                    assertEquals(csvValue, cell.getStringCellValue(), where);
                } else if (fromCsv && NUMBER.matcher(csvValue).matches()) {
                    assertEquals(Double.parseDouble(csvValue), cell.getNumericCellValue(), 0.0, where);
                } else if (fromCsv && ISO_DATE.matcher(csvValue).matches()) {
                    assertEquals(LocalDate.parse(csvValue), cell.getLocalDateTimeCellValue().toLocalDate(), where);
                } else {
                    fail(where + " is " + cell.getCellType() + ", not text");
                }
            }
        }
    }
}
