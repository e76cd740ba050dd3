package org.newstrends.extract.theme;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a tab-separated resource with Commons CSV: {@code #} comment lines and blank lines skipped, fields trimmed,
 * every row required to have the same number of columns. Faults name the source and the line.
 */
public final class TabSeparatedRows {

    /** One row: its fields and the line it ends on. */
    public record Row(List<String> fields, int line) {
        /** Field {@code i}. */
        public String get(int i) {
            return fields.get(i);
        }
    }

    private TabSeparatedRows() { }

    /**
     * Every row of {@code reader}.
     *
     * @param columns how many fields each row must have; {@code shape} says which, for the message
     * @throws TaxonomyFormatException naming {@code source} and the line of a row of another width
     */
    public static List<Row> read(Reader reader, String source, int columns, String shape) throws IOException {
        CSVFormat format = CSVFormat.TDF.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (record.size() != columns) {
                    throw new TaxonomyFormatException(source, line, "expected " + shape + ", got " + record.size() + " columns");
                }
                rows.add(new Row(record.toList(), line));
            }
        }
        return rows;
    }
}
