package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report.xlsx} opened with POI as a spreadsheet would read it. */
class WorkbookWriterTest {

    @TempDir
    Path dir;

    private static XSSFWorkbook open(Path reportDir) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(reportDir.resolve("report.xlsx")));
    }

    private void writeFull(Path reportDir, ReportData data, List<RejectRow> rejects) throws IOException {
        try (ReportSink sink = ReportSink.open(reportDir)) {
            sink.write(Tables.REJECTS, rejects.iterator());
            ReportWriter.write(sink, data);
        }
    }

    /** A report whose sheets hold six rows, header included, with {@code count} rejects. */
    private void writeRejectsIntoSheetsOfSixRows(int count) throws IOException {
        List<RejectRow> rejects = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rejects.add(new RejectRow("big.jsonl", i, "missing text"));
        }
        try (ReportSink sink = ReportSink.open(dir, 6)) {
            sink.write(Tables.REJECTS, rejects.iterator());
            ReportWriter.write(sink, ReportFixtures.singlePeriodNoThemes());
        }
    }

    @Test
    void theAboutSheetComesFirstThenOneSheetPerTableInCatalogueOrder() throws IOException {
        writeFull(dir, ReportFixtures.realistic(), List.of(new RejectRow("a.txt", 3, "no date")));
        try (XSSFWorkbook workbook = open(dir)) {
            List<String> names = IntStream.range(0, workbook.getNumberOfSheets())
                    .mapToObj(workbook::getSheetName).toList();
            List<String> expected = new ArrayList<>(List.of("About"));
            for (Table<?> table : Tables.all()) {
                if (table != Tables.DATA_DICTIONARY && Files.exists(dir.resolve(table.path()))
                        && table != Tables.ENTITY_PERIOD_COUNTS && table != Tables.ENTITY_TOTALS
                        && table != Tables.TOP_ENTITY_ALIASES) {
                    expected.add(table.sheetName());
                }
            }
            assertEquals(expected, names);
            assertEquals(0, workbook.getActiveSheetIndex());
        }
    }

    @Test
    void cellsAreTypedDatesAsDatesNumbersAsNumbersTextAsTextAndNeverFormulas() throws IOException {
        writeFull(dir, ReportFixtures.realistic(), List.of());
        try (XSSFWorkbook workbook = open(dir)) {
            Sheet volume = workbook.getSheet("article_volume");
            Row first = volume.getRow(1);
            assertEquals(CellType.STRING, first.getCell(0).getCellType());
            assertEquals("2024-W10", first.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(1)));
            assertEquals(LocalDate.of(2024, 3, 4), first.getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("2024-03-04", new DataFormatter().formatCellValue(first.getCell(1)));
            assertEquals(120, first.getCell(2).getNumericCellValue());

            Sheet shares = workbook.getSheet("actors_by_period_share");
            assertEquals("Joe Biden", shares.getRow(0).getCell(3).getStringCellValue());
            Cell share = shares.getRow(1).getCell(3);
            assertEquals(0.333333, share.getNumericCellValue());
            assertEquals("0.333333", new DataFormatter().formatCellValue(share));

            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + " "
                                + cell.getAddress());
                    }
                }
            }
        }
    }

    @Test
    void everyTableSheetHasAFrozenHeaderAnAutofilterAndFittedWidths() throws IOException {
        writeFull(dir, ReportFixtures.realistic(), List.of());
        try (XSSFWorkbook workbook = open(dir)) {
            XSSFSheet series = workbook.getSheet("top_entity_period_counts");
            assertTrue(series.getPaneInformation().isFreezePane());
            assertEquals(1, series.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("A1:M193", series.getCTWorksheet().getAutoFilter().getRef());
            int entityWidth = series.getColumnWidth(3);
            assertEquals(60 * 256, entityWidth, "the longest name is wider than the widest column");
            assertTrue(series.getColumnWidth(1) >= 12 * 256, "period_start width " + series.getColumnWidth(1));
            assertTrue(series.getColumnWidth(0) < entityWidth);
            for (Sheet sheet : workbook) {
                if (!sheet.getSheetName().equals("About")) {
                    assertTrue(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter(), sheet.getSheetName());
                    assertTrue(sheet.getPaneInformation().isFreezePane(), sheet.getSheetName());
                }
            }
        }
    }

    @Test
    void theAboutSheetExplainsTheReportAndDescribesEveryColumnOfTheDataDictionary() throws IOException {
        writeFull(dir, ReportFixtures.realistic(), List.of(new RejectRow("a.txt", 3, "no date")));
        CsvTable dictionary = CsvTable.read(dir.resolve("tables/data_dictionary.csv"));
        try (XSSFWorkbook workbook = open(dir)) {
            Sheet about = workbook.getSheetAt(0);
            assertEquals("newstrends report: realistic", about.getRow(0).getCell(0).getStringCellValue());
            DataFormatter formatter = new DataFormatter();
            Set<List<String>> rows = new HashSet<>();
            List<String> texts = new ArrayList<>();
            for (Row row : about) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 5; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.BOOLEAN
                            ? String.valueOf(cell.getBooleanCellValue()) : formatter.formatCellValue(cell));
                }
                rows.add(cells);
                texts.add(String.join(" ", cells));
            }
            for (List<String> column : dictionary.rows()) {
                assertTrue(rows.contains(column), "About lacks " + column);
            }
            assertTrue(rows.contains(List.of("Articles counted", "1030", "", "", "")), rows.toString());
            assertTrue(rows.contains(List.of("rejects", "rejects.csv", "1",
                    "Every input record that was not counted, with its reason", "")), rows.toString());
            assertTrue(texts.stream().anyMatch(t -> t.contains("no cell is a formula")), texts.toString());
        }
    }

    @Test
    void aTableLongerThanASheetIsCutWithANotePointingToItsCsv() throws IOException {
        writeRejectsIntoSheetsOfSixRows(10);
        assertEquals(10, CsvTable.read(dir.resolve("rejects.csv")).rows().size());
        try (XSSFWorkbook workbook = open(dir)) {
            Sheet sheet = workbook.getSheet("rejects");
            assertEquals(5, sheet.getLastRowNum());
            assertEquals(4, sheet.getRow(4).getCell(1).getNumericCellValue());
            String note = sheet.getRow(5).getCell(0).getStringCellValue();
            assertEquals("Cut: this sheet shows the first 4 of 10 rows (a sheet holds at most 6); every row is in "
                    + "rejects.csv", note);
            boolean listed = false;
            for (Row row : workbook.getSheetAt(0)) {
                Cell contents = row.getCell(3);
                listed |= contents != null && contents.getCellType() == CellType.STRING
                        && contents.getStringCellValue().endsWith(note);
            }
            assertTrue(listed, "the About sheet mentions the cut");
        }
    }

    @Test
    void aTableThatFillsTheSheetExactlyIsKeptWhole() throws IOException {
        writeRejectsIntoSheetsOfSixRows(5);
        try (XSSFWorkbook workbook = open(dir)) {
            Sheet sheet = workbook.getSheet("rejects");
            assertEquals(5, sheet.getLastRowNum());
            assertEquals(5, sheet.getRow(5).getCell(1).getNumericCellValue());
            for (Row row : workbook.getSheetAt(0)) {
                Cell contents = row.getCell(3);
                assertTrue(contents == null || contents.getCellType() != CellType.STRING
                        || !contents.getStringCellValue().contains("Cut:"), String.valueOf(contents));
            }
        }
    }

    @Test
    void textFromTheInputStaysTextAndIsMarkedQuotePrefixedWhereASpreadsheetCouldRunIt() throws IOException {
        String huge = "x".repeat(40_000);
        writeFull(dir, ReportFixtures.hostile(), List.of(new RejectRow("=cmd|' /C calc'!A0", 1, huge),
                new RejectRow("odd\u0000bytes\uD800.txt", 2, "plain")));
        try (XSSFWorkbook workbook = open(dir)) {
            Sheet actors = workbook.getSheet("top_actors");
            Set<String> names = new HashSet<>();
            for (Row row : actors) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Cell entity = row.getCell(2);
                assertEquals(CellType.STRING, entity.getCellType());
                names.add(entity.getStringCellValue());
                assertEquals(CsvInjection.needsNeutralising(entity.getStringCellValue()),
                        entity.getCellStyle().getQuotePrefixed(), entity.getStringCellValue());
            }
            assertEquals(new HashSet<>(ReportFixtures.HOSTILE), names);
            Sheet pivot = workbook.getSheet("actors_by_period_articles");
            Set<String> header = new HashSet<>();
            pivot.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertTrue(header.containsAll(ReportFixtures.HOSTILE), header.toString());
            Sheet rejects = workbook.getSheet("rejects");
            assertEquals("=cmd|' /C calc'!A0", rejects.getRow(1).getCell(0).getStringCellValue());
            String cut = rejects.getRow(1).getCell(2).getStringCellValue();
            assertEquals(WorkbookCells.MAX_TEXT, cut.length());
            assertTrue(cut.endsWith("\u2026"));
            assertEquals("odd?bytes?.txt", rejects.getRow(2).getCell(0).getStringCellValue());
        }
        assertEquals("odd\u0000bytes?.txt", CsvTable.read(dir.resolve("rejects.csv")).rows().get(1).get(0));
    }

    @Test
    void theSameDataGivesAByteIdenticalWorkbook() throws IOException {
        writeFull(dir.resolve("a"), ReportFixtures.realistic(), List.of(new RejectRow("a.txt", 3, "no date")));
        writeFull(dir.resolve("b"), ReportFixtures.realistic(), List.of(new RejectRow("a.txt", 3, "no date")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/report.xlsx")),
                Files.readAllBytes(dir.resolve("b/report.xlsx")));
    }
}
