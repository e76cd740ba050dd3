package org.newstrends.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.SparkTestSession;
import org.newstrends.aggregate.PeriodUnit;
import org.newstrends.ingest.InputFormat;
import org.newstrends.report.CsvInjection;
import org.newstrends.report.CsvTable;
import org.newstrends.report.HeadlessChromium;
import org.newstrends.report.LibreOfficeCalc;
import org.newstrends.report.Manifest;
import org.newstrends.report.ManifestWriter;
import org.newstrends.report.RejectRow;
import org.newstrends.report.ReportData;
import org.newstrends.report.ReportFixtures;
import org.newstrends.report.ReportSink;
import org.newstrends.report.ReportWriter;
import org.newstrends.report.Tables;
import org.newstrends.report.TypedCells;

/**
 * The report as people open it: the job runs once on a small fixture, a second report is written whose names,
 * sources, titles and rejects are all strings a spreadsheet would run or a browser would render as markup, and
 * both are opened in headless Chromium and in headless LibreOffice Calc. Without those programs the tests are
 * skipped, or fail when {@code NEWSTRENDS_REQUIRE_TOOLS=1}.
 */
class ReportAsPeopleOpenItTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path jobReport;
    private static Path hostileReport;

    @BeforeAll
    static void writeReports() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("winter.txt"), String.join("\n",
                "date 2024-01-05 Officials in France met counterparts from Germany to discuss trade.",
                "date 2024-01-17 Farmers in France protested again, blocking roads near Paris.",
                "date 2024-02-02 Voters in Germany prepare for regional elections, officials in Berlin said.",
                "date 2024-02-20 Japan reported strong exports; Tokyo markets rose.",
                "date 2024-03-02 Leaders of France and Germany signed an energy agreement in Paris.",
                "date 2024-03-20 Japan and France held talks on trade."));
        String hostile = ReportFixtures.HOSTILE.get(0).replace("\"", "\\\"");
        Files.writeString(in.resolve("@SUM(1+1) -2+3.jsonl"), String.join("\n",
                "{\"id\":\"" + hostile + "\",\"date\":\"2024-02-10\",\"source\":\"+Bahia Superior+\","
                        + "\"title\":\"@SUM(1+1)\",\"text\":\"Officials in Japan and France met again.\"}",
                "{\"id\":\"-2+3\",\"date\":\"" + hostile + "\",\"text\":\"A record with a formula for a date.\"}",
                "{\"id\":\"x\",\"date\":\"2024-03-05\",\"title\":\"<img src=x onerror=alert(1)>\","
                        + "\"text\":\"Germany and Japan agreed. <img src=x onerror=alert(1)>\"}",
                ""));
        spark = SparkTestSession.start(ReportAsPeopleOpenItTest.class);
        JobSpec spec = new JobSpec("people", List.of(new JobInput(in.toString(), false)), InputFormat.AUTO,
                dir.resolve("job").toString(), PeriodUnit.MONTH, 5, "rules", Map.of());
        jobReport = CoverageJob.run(spark, spec, QUIET).reportDir();

        hostileReport = dir.resolve("hostile");
        List<RejectRow> rejects = new ArrayList<>();
        for (String text : ReportFixtures.HOSTILE) {
            rejects.add(new RejectRow(text, rejects.size() + 1, text));
        }
        ReportData data = ReportFixtures.hostile();
        try (ReportSink sink = ReportSink.open(hostileReport)) {
            sink.write(Tables.REJECTS, rejects.iterator());
            ReportWriter.write(sink, data);
        }
        ManifestWriter.write(hostileReport, new Manifest("hostile", List.of("in"), Map.of(),
                new Manifest.Counts(data.totalArticles() + rejects.size(), data.totalArticles(), rejects.size()),
                "month", 10,
                new Manifest.Versions("test", "none", "17"), "none", null));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void thePageLoadsInChromiumWithEveryImageEveryLinkResolvingAndNoConsoleError() throws IOException {
        try (HeadlessChromium browser = HeadlessChromium.start(dir.resolve("browser"))) {
            for (Path report : List.of(jobReport, hostileReport)) {
                HeadlessChromium.Page page = browser.open(report.resolve("index.html"));
                assertEquals(List.of(), page.consoleErrors(), report + ": console");
                assertEquals(List.of(), page.alerts(), report + ": dialogs opened");
                List<String> charts = files(report, "charts").stream().filter(f -> f.endsWith(".png")).toList();
                assertEquals(charts.size(), page.images().size(), report + ": images " + page.imageSources());
                for (HeadlessChromium.Image image : page.images()) {
                    assertTrue(image.naturalWidth() > 0, image.source() + " did not load");
                }
                assertTrue(page.links().size() >= files(report, "tables").size(), "links " + page.links());
                Set<String> linked = new HashSet<>();
                for (URI link : page.links()) {
                    URI document = URI.create(link.getScheme() + ":" + link.getRawSchemeSpecificPart());
                    if (document.equals(page.uri())) {
                        assertTrue(browser.hasElementWithId(link.getFragment()), "no element #" + link.getFragment());
                        continue;
                    }
                    Path target = Path.of(document);
                    assertTrue(target.startsWith(report) && Files.isRegularFile(target), link + " resolves to no file");
                    linked.add(report.relativize(target).toString());
                }
                assertTrue(linked.containsAll(files(report, "tables")), "unlinked tables");
                assertTrue(linked.containsAll(List.of("report.xlsx", "rejects.csv", "manifest.json")), linked.toString());
                for (URI reference : page.references()) {
                    assertEquals("file", reference.getScheme(), "the page reaches out to " + reference);
                }
            }
        }
    }

    @Test
    void namesSourcesAndTitlesFromTheInputStayTextInTheCsvsTheWorkbookAndThePage() throws IOException {
        for (Path report : List.of(jobReport, hostileReport)) {
            for (Path csv : csvFiles(report)) {
                CsvTable table = CsvTable.read(csv);
                List<List<String>> all = new ArrayList<>(table.rows());
                all.add(table.header());
                for (List<String> row : all) {
                    for (String cell : row) {
                        assertFalse(wouldRun(cell), csv + ": a spreadsheet would run " + cell);
                    }
                }
            }
        }
        Set<String> hostile = new HashSet<>(ReportFixtures.HOSTILE);
        CsvTable actors = CsvTable.read(hostileReport.resolve("tables/top_actors.csv"));
        assertEquals(hostile, new HashSet<>(actors.column("entity").stream().map(CsvInjection::restore).toList()));
        CsvTable rejects = CsvTable.read(hostileReport.resolve("rejects.csv"));
        assertEquals(ReportFixtures.HOSTILE, rejects.column("reason").stream().map(CsvInjection::restore).toList());
        CsvTable jobRejects = CsvTable.read(jobReport.resolve("rejects.csv"));
        assertTrue(jobRejects.column("reason").stream().anyMatch(r -> r.contains(ReportFixtures.HOSTILE.get(0))),
                jobRejects.rows().toString());

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(hostileReport.resolve("report.xlsx")))) {
            Set<String> texts = new HashSet<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertFalse(cell.getCellType() == CellType.FORMULA, sheet.getSheetName() + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            assertTrue(texts.containsAll(hostile), "workbook text lacks some of " + hostile);
        }

        try (HeadlessChromium browser = HeadlessChromium.start(dir.resolve("browser"))) {
            HeadlessChromium.Page page = browser.open(hostileReport.resolve("index.html"));
            assertEquals(List.of(), page.alerts(), "dialogs opened");
            assertEquals(0, browser.count("img[src='x']"), "an img element was created from a name");
            for (String source : page.imageSources()) {
                assertTrue(source.startsWith("charts/"), "image " + source);
            }
            assertTrue(page.text().contains("<img src=x onerror=alert(1)>"), "the name is not shown as text");
            assertTrue(page.text().contains("=HYPERLINK(\"http://x\",\"y\")"));
            assertTrue(page.text().contains("+Bahia Superior+"));
        }
    }

    @Test
    void libreOfficeReadsDatesAsDatesNumbersAsNumbersTextAsTextAndNoCellAsAFormula() throws Exception {
        LibreOfficeCalc calc = LibreOfficeCalc.start(dir.resolve("calc"));
        Path staged = Files.createDirectories(dir.resolve("calc/in"));
        List<Path> csvs = new ArrayList<>();
        List<Path> originals = new ArrayList<>();
        List<Path> workbooks = new ArrayList<>();
        for (Path report : List.of(jobReport, hostileReport)) {
            for (Path csv : tableCsvFiles(report)) {
                csvs.add(Files.copy(csv, staged.resolve(report.getFileName() + "-" + csv.getFileName())));
                originals.add(csv);
            }
            workbooks.add(Files.copy(report.resolve("report.xlsx"), staged.resolve(report.getFileName() + ".xlsx")));
        }
        List<Path> fromCsv = calc.convertToXlsx(csvs, true, dir.resolve("calc/csv"));
        for (int i = 0; i < csvs.size(); i++) {
            try (XSSFWorkbook converted = open(fromCsv.get(i))) {
                TypedCells.check(converted.getSheetAt(0), TypedCells.table(originals.get(i).getFileName().toString()),
                        CsvTable.read(originals.get(i)), true);
            }
        }
        List<Path> fromXlsx = calc.convertToXlsx(workbooks, false, dir.resolve("calc/xlsx"));
        for (int i = 0; i < workbooks.size(); i++) {
            Path report = List.of(jobReport, hostileReport).get(i);
            try (XSSFWorkbook converted = open(fromXlsx.get(i))) {
                assertEquals("About", converted.getSheetName(0));
                Set<String> sheets = new HashSet<>();
                for (int s = 1; s < converted.getNumberOfSheets(); s++) {
                    Sheet sheet = converted.getSheetAt(s);
                    sheets.add(sheet.getSheetName());
                    TypedCells.check(sheet, TypedCells.table(sheet.getSheetName()),
                            CsvTable.read(report.resolve(TypedCells.table(sheet.getSheetName()).path())), false);
                }
                Set<String> expected = new HashSet<>();
                for (Path csv : tableCsvFiles(report)) {
                    if (!csv.endsWith("data_dictionary.csv")) {
                        expected.add(TypedCells.table(csv.getFileName().toString()).sheetName());
                    }
                }
                assertEquals(expected, sheets, report + ": a sheet per table");
            }
        }
    }

    /** Whether a spreadsheet opening a CSV reads {@code cell} as a formula: OWASP's leading characters. */
    private static boolean wouldRun(String cell) {
        return !cell.isEmpty() && ("=+@\t\r".indexOf(cell.charAt(0)) >= 0
                || cell.charAt(0) == '-' && !cell.matches("-[0-9]+(\\.[0-9]+)?"));
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<Path> csvFiles(Path report) throws IOException {
        try (Stream<Path> files = Files.walk(report)) {
            return files.filter(file -> file.toString().endsWith(".csv")).sorted().toList();
        }
    }

    /** The CSVs of the report's tables (rejects.csv and tables/), each declared in the catalogue with its types. */
    private static List<Path> tableCsvFiles(Path report) throws IOException {
        return csvFiles(report).stream().filter(csv -> !csv.getParent().equals(report.resolve("charts"))).toList();
    }

    private static List<String> files(Path report, String folder) throws IOException {
        try (Stream<Path> files = Files.list(report.resolve(folder))) {
            return files.map(file -> report.relativize(file).toString()).sorted().toList();
        }
    }
}
