package org.newstrends.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV or TSV with a header row (RFC 4180 quoting, quoted fields over several lines), each row mapped to an
 * article by {@link ColumnRecords} under the header's names; blank lines are skipped.
 *
 * <p>Rows are cut out line by line while following the quotes, so a row's start line is known, each line is
 * decoded on its own (UTF-8, else Windows-1252), and a row longer than the record limit is skipped without being
 * held (its quotes still followed, through the bytes). Apache Commons CSV then parses each row. A row with more or
 * fewer cells than the header, one the parser refuses, and one still inside quotes at the end of the file are
 * rejects with their line. Header names are matched after trimming; a blank name (the index column of a pandas
 * export) matches nothing, and of duplicate names the first non-empty value counts. Default ids are
 * {@code base#line}.
 */
final class DelimitedParser extends RecordParser {
    private final CSVFormat format;
    private final Quotes quotes;
    private final ByteLines lines;
    private final ArticleDates dates;
    private final StringBuilder row = new StringBuilder();
    private List<String> header;
    private Map<String, int[]> columns;

    /** Parses the rows in the UTF-8 bytes {@code utf8} of {@code input}, cells separated by {@code delimiter}. */
    DelimitedParser(String input, String idBase, InputStream utf8, ReadOptions options, char delimiter) {
        super(input, idBase, options, utf8);
        this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setTrailingData(true)
                .setIgnoreEmptyLines(false).get();
        this.quotes = new Quotes(delimiter);
        this.lines = new ByteLines(utf8, options.recordLimit(), quotes::accept);
        this.dates = ArticleDates.of(options);
    }

    @Override
    protected long position() {
        return lines.number();
    }

    @Override
    protected String emptyReason() {
        return header == null ? "empty file" : "empty file (a header row and no records)";
    }

    @Override
    protected void step() {
        row.setLength(0);
        if (row.capacity() > (1 << 20)) row.trimToSize();
        quotes.reset();
        long start = 0;
        boolean tooLong = false;
        boolean cp1252 = false;
        while (true) {
            if (!lines.next()) {
                if (start > 0) {
                    String reason = tooLong ? options.tooLongReason()
                            : "unterminated quoted field: the file ends inside this row";
                    record(IngestRecord.rejected(input, start, defaultId(start), reason), true);
                }
                end();
                return;
            }
            String text = lines.text();
            if (start == 0 && text != null && text.isBlank()) continue;
            if (start == 0) start = lines.number();
            cp1252 |= lines.cp1252();
            if (text == null) {
                tooLong = true;
            } else {
                quotes.scan(text);
                if (!tooLong && (long) row.length() + text.length() > options.recordLimit()) tooLong = true;
                if (!tooLong) row.append(text);
            }
            quotes.lineEnd();
            if (!quotes.inQuotes()) break;
            if (!tooLong) row.append(lines.terminator());
        }
        if (header == null) readHeader(start, tooLong);
        else readRow(start, tooLong, cp1252);
    }

    private void readHeader(long line, boolean tooLong) {
        List<String> names = tooLong ? null : cells(row.toString());
        if (names == null) {
            notice(IngestRecord.rejected(input, line, null, (tooLong ? "header row longer than the record limit"
                    : "invalid CSV header row") + ": the rows of this file are not read"));
            end();
            return;
        }
        header = new ArrayList<>();
        columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            header.add(name);
            int[] at = columns.get(name);
            int[] more = at == null ? new int[] {i} : java.util.Arrays.copyOf(at, at.length + 1);
            more[more.length - 1] = i;
            columns.put(name, more);
        }
    }

    private void readRow(long line, boolean tooLong, boolean cp1252) {
        String id = defaultId(line);
        IngestRecord r;
        boolean defaultId = true;
        List<String> cells = tooLong ? null : cells(row.toString());
        if (tooLong) {
            r = IngestRecord.rejected(input, line, id, options.tooLongReason());
        } else if (cells == null) {
            r = IngestRecord.rejected(input, line, id, "invalid CSV row");
        } else if (cells.size() != header.size()) {
            r = IngestRecord.rejected(input, line, id,
                    "row has " + cells.size() + " cells, the header has " + header.size());
        } else {
            ColumnRecords.Mapped m = ColumnRecords.map(input, line, id, new RowColumns(header, columns, cells),
                    options, dates);
            r = m.record();
            defaultId = m.defaultId();
        }
        r.setDecodedAsCp1252(r.isDecodedAsCp1252() || cp1252);
        record(r, defaultId);
    }

    /** The cells of one row's text, or null when Commons CSV does not read it as exactly one record. */
    private List<String> cells(String text) {
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<CSVRecord> records = parser.getRecords();
            return records.size() == 1 ? records.get(0).toList() : null;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    /** One row's cells under the header's names. */
    private record RowColumns(List<String> names, Map<String, int[]> columns, List<String> cells)
            implements RecordColumns {
        @Override
        public Object value(String name) {
            int[] at = columns.get(name);
            if (at == null) return null;
            for (int i : at) {
                if (!cells.get(i).isBlank()) return cells.get(i);
            }
            return cells.get(at[0]);
        }
    }

    /**
     * Follows RFC 4180 quotes through a row's characters (or bytes: the quote and the delimiter are ASCII), as
     * Commons CSV reads them: a quote opens a quoted field only at the start of a field, and {@code ""} inside
     * one is a quote.
     */
    private static final class Quotes {
        private final int delimiter;
        private boolean inQuotes;
        private boolean quoteSeen;
        private boolean fieldStart = true;

        Quotes(char delimiter) {
            this.delimiter = delimiter;
        }

        void reset() {
            inQuotes = false;
            quoteSeen = false;
            fieldStart = true;
        }

        void scan(String s) {
            for (int i = 0; i < s.length(); i++) accept(s.charAt(i));
        }

        void accept(int c) {
            if (inQuotes) {
                if (!quoteSeen) {
                    quoteSeen = c == '"';
                    return;
                }
                quoteSeen = false;
                if (c == '"') return;
                inQuotes = false;
            }
            if (c == delimiter) {
                fieldStart = true;
            } else {
                if (c == '"' && fieldStart) inQuotes = true;
                fieldStart = false;
            }
        }

        /** At the end of a line: a quote just before it closed the field. */
        void lineEnd() {
            if (inQuotes && quoteSeen) {
                inQuotes = false;
                quoteSeen = false;
            }
        }

        boolean inQuotes() {
            return inQuotes;
        }
    }
}
