package org.newstrends.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * A built chart with the rows of exactly the numbers it draws; {@link #save} writes the PNG and, beside it under
 * the same name, the CSV of those rows (with the project's CSV conventions, {@link CsvTableWriter}).
 *
 * @param chart the chart, themed
 * @param table the declaration of its CSV (path {@code charts/NAME.csv}); not one of the report's tables
 * @param rows  the numbers drawn, in the CSV's order
 * @param <R>   the row type
 */
record DrawnChart<R>(JFreeChart chart, Table<R> table, List<R> rows) {

    /** Checks the fields and copies the rows. */
    DrawnChart {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(table, "table");
        rows = List.copyOf(rows);
    }

    /** The PNG's path relative to the report directory: the CSV's with {@code .png}. */
    String pngPath() {
        return table.path().substring(0, table.path().length() - ".csv".length()) + ".png";
    }

    /**
     * Writes {@code reportDir/}{@link #pngPath()} at {@code size} and the CSV beside it.
     *
     * @return the two paths written, relative to {@code reportDir}: the PNG, then the CSV
     */
    List<String> save(Path reportDir, ChartSize size) throws IOException {
        Path png = reportDir.resolve(pngPath());
        Files.createDirectories(png.toAbsolutePath().getParent());
        ChartUtils.saveChartAsPNG(png.toFile(), chart, size.width(), size.height());
        try (CsvTableWriter<R> writer = CsvTableWriter.open(reportDir, table, table.columns())) {
            for (R row : rows) {
                writer.write(writer.format(row));
            }
        }
        return List.of(pngPath(), table.path());
    }

    /** The declaration of a chart CSV at {@code charts/NAME.csv}, kept out of the report's table catalogue. */
    static <R> Table.Builder<R> csv(String name, String description) {
        return Table.builder("charts/" + name + ".csv", description, table -> { });
    }
}
