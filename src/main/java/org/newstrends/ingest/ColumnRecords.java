package org.newstrends.ingest;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Turns the named values of a tabular record ({@link RecordColumns}) into an article or a reject, with the input's
 * field mapping, date forms and limits: the one place CSV, TSV, JSON and Parquet records become articles.
 */
public final class ColumnRecords {
    private ColumnRecords() { }

    /**
     * The record at {@code position} of {@code input}: an article, or a reject saying why not. {@code defaultId}
     * is its id when it has no id column.
     */
    public static IngestRecord toRecord(String input, long position, String defaultId, RecordColumns columns,
                                        ReadOptions options) {
        String id = text(columns, "id");
        if (id == null) id = defaultId;
        String dateText = text(columns, "date");
        if (dateText == null) return IngestRecord.rejected(input, position, id, "missing date");
        LocalDate date = JsonLinesParser.parseDate(dateText);
        if (date == null) return IngestRecord.rejected(input, position, id, "invalid date '" + dateText + "'");
        String body = text(columns, "text");
        if (body == null || body.isBlank()) return IngestRecord.rejected(input, position, id, "no text");
        return IngestRecord.accepted(input, position, new Article(id, date, text(columns, "source"),
                text(columns, "title"), body, text(columns, "url")));
    }

    private static String text(RecordColumns columns, String name) {
        for (String n : columns.names()) {
            if (n.toLowerCase(Locale.ROOT).equals(name)) {
                Object v = columns.value(n);
                return v == null ? null : v.toString();
            }
        }
        return null;
    }
}
