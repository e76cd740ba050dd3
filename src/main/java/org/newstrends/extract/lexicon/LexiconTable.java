package org.newstrends.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the project's tab-separated lexicon resources: UTF-8, one entry a line, {@code #} comment lines, blank
 * lines skipped, no quoting (Commons CSV's tab format without quotes, so a {@code "} is text). A missing resource,
 * a line with too few columns or a value of the wrong shape fails the load with the file and line, never a
 * silently empty or partial lexicon.
 */
public final class LexiconTable {

    private static final CSVFormat FORMAT = CSVFormat.TDF.builder()
            .setCommentMarker('#')
            .setQuote(null)
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .setIgnoreEmptyLines(true)
            .get();

    private LexiconTable() { }

    /**
     * The rows of lexicon file {@code file} in {@link LexiconFiles#RESOURCE_DIR} on the class path, each with at
     * least {@code minColumns} columns.
     *
     * @throws IllegalStateException when the resource is missing from the class path
     * @throws LexiconFormatException when a line is malformed
     */
    public static List<Row> resource(String file, int minColumns) {
        String path = LexiconFiles.RESOURCE_DIR + file;
        try (InputStream in = LexiconTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource " + path
                        + " is missing from the class path; rebuild the jar with mvn package");
            }
            return parse(file, new InputStreamReader(in, StandardCharsets.UTF_8), minColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + path, e);
        }
    }

    /**
     * The rows of the lexicon text in {@code reader} (not closed), each with at least {@code minColumns} columns;
     * {@code source} names it in error messages.
     *
     * @throws LexiconFormatException when a line is malformed
     */
    public static List<Row> parse(String source, Reader reader, int minColumns) throws IOException {
        List<Row> rows = new ArrayList<>();
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        for (CSVRecord record : parser) {
            Row row = new Row(source, parser.getCurrentLineNumber(), List.of(record.values()));
            if (row.size() < minColumns) {
                throw row.error("needs " + minColumns + " tab-separated columns, has " + row.size());
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * {@code rows}, each required to have exactly {@code columns} columns ({@code shape} names them in the message).
     *
     * @throws LexiconFormatException naming the file and line of a row of another width
     */
    public static List<Row> exactly(List<Row> rows, int columns, String shape) {
        for (Row row : rows) {
            if (row.size() != columns) throw row.error("expected " + shape + ", got " + row.size() + " columns");
        }
        return rows;
    }

    /**
     * One entry of a lexicon file.
     *
     * @param source the file it came from
     * @param line its line number (the last line the parser read for it)
     * @param columns its tab-separated values
     */
    public record Row(String source, long line, List<String> columns) {

        /** The number of columns. */
        public int size() {
            return columns.size();
        }

        /** Column {@code i}, empty when the line has fewer columns. */
        public String get(int i) {
            return i < columns.size() ? columns.get(i) : "";
        }

        /** Column {@code i}, null when it is empty or missing. */
        public String orNull(int i) {
            String v = get(i);
            return v.isEmpty() ? null : v;
        }

        /** Column {@code i} split at {@code |}, empty when the column is. */
        public List<String> list(int i) {
            String v = get(i);
            return v.isEmpty() ? List.of() : Arrays.asList(v.split("\\|"));
        }

        /** Column {@code i} as a whole number. */
        public long number(int i) {
            if (get(i).isEmpty()) throw error("column " + (i + 1) + " must be a whole number, is empty");
            return number(i, 0);
        }

        /** Column {@code i} as a whole number, {@code missing} when empty. */
        public long number(int i, long missing) {
            String v = get(i);
            if (v.isEmpty()) return missing;
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw error("column " + (i + 1) + " must be a whole number, got '" + v + "'");
            }
        }

        /** Column {@code i} as a decimal number. */
        public double decimal(int i) {
            String v = get(i);
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw error("column " + (i + 1) + " must be a number, got '" + v + "'");
            }
        }

        /** Column {@code i} as a constant of {@code type}, read in upper case. */
        public <E extends Enum<E>> E constant(int i, Class<E> type) {
            String v = get(i).trim().toUpperCase(Locale.ROOT);
            try {
                return Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                throw error("column " + (i + 1) + " must be one of " + Arrays.toString(type.getEnumConstants())
                        + ", got '" + get(i) + "'");
            }
        }

        /** An error about this row, naming the file and line. */
        public LexiconFormatException error(String problem) {
            return new LexiconFormatException(source, line, problem + ": " + String.join("\t", columns));
        }
    }
}
