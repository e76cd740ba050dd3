package org.newstrends.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads JSON Lines: one object per line with {@code date} (ISO date or ISO timestamp; a timestamp counts on the
 * calendar date it is written in) and {@code text}, and optional {@code id}, {@code title}, {@code source},
 * {@code url}; unknown fields are ignored and blank lines skipped. A line that is not a JSON object, or lacks a
 * valid date or text, comes out as a reject with its line number.
 */
public final class JsonLinesParser implements Iterator<IngestRecord> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String input;
    private final String baseId;
    private final NumberedLines lines;
    private IngestRecord next;
    private boolean eof;

    /** Parses the JSON Lines of {@code reader}, read from {@code input} (used in rejects and default ids). */
    public JsonLinesParser(String input, BufferedReader reader) {
        this.input = input;
        this.baseId = ArticleIds.baseOf(input);
        this.lines = new NumberedLines(reader);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !eof) {
            String line = lines.next();
            if (line == null) {
                eof = true;
            } else if (!line.isBlank()) {
                next = parse(line);
            }
        }
        return next != null;
    }

    @Override
    public IngestRecord next() {
        if (!hasNext()) throw new NoSuchElementException();
        IngestRecord r = next;
        next = null;
        return r;
    }

    private IngestRecord parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return IngestRecord.rejected(input, lines.number(), null, "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return IngestRecord.rejected(input, lines.number(), null, "not a JSON object");
        }
        String id = textOf(node, "id");
        if (id == null) id = baseId + "#" + lines.number();
        String dateText = textOf(node, "date");
        if (dateText == null) return IngestRecord.rejected(input, lines.number(), id, "missing date");
        LocalDate date = parseDate(dateText);
        if (date == null) {
            return IngestRecord.rejected(input, lines.number(), id,
                    "invalid date '" + dateText + "' (expected YYYY-MM-DD or an ISO timestamp)");
        }
        String text = textOf(node, "text");
        if (text == null || text.isBlank()) return IngestRecord.rejected(input, lines.number(), id, "no text");
        Article article = new Article(id, date, textOf(node, "source"), textOf(node, "title"), text, textOf(node, "url"));
        return IngestRecord.accepted(input, lines.number(), article);
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        return v.asText();
    }

    /** The calendar date of an ISO date or timestamp, or null when it is neither. */
    static LocalDate parseDate(String value) {
        String v = value.strip();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException ignored) {
            // not a plain date: try the timestamp forms
        }
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // no offset: try a local timestamp
        }
        try {
            return LocalDateTime.parse(v.endsWith("Z") ? v.substring(0, v.length() - 1) : v).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
