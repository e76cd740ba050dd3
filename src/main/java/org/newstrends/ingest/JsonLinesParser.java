package org.newstrends.ingest;

import java.io.InputStream;

/**
 * Reads JSON Lines: one JSON object per line, mapped to an article by {@link ColumnRecords} (auto-detected or
 * configured fields); blank lines are skipped. A line that is not one JSON object, a field of the wrong type, a
 * missing or bad date, no text, or a line longer than the record limit (skipped without being held) comes out as
 * a reject with its line number. Default ids are {@code base#line}, or the file's id base for a file of one record.
 */
final class JsonLinesParser extends RecordParser {
    private final ByteLines lines;
    private final JsonRecords json;

    /** Parses the JSON Lines in the UTF-8 bytes {@code utf8} of {@code input}. */
    JsonLinesParser(String input, String idBase, InputStream utf8, ReadOptions options) {
        super(input, idBase, options, utf8);
        this.lines = new ByteLines(utf8, options.recordLimit(), null);
        this.json = new JsonRecords(input, options);
    }

    @Override
    protected long position() {
        return lines.number();
    }

    @Override
    protected void step() {
        if (!lines.next()) {
            end();
            return;
        }
        long line = lines.number();
        IngestRecord r;
        boolean defaultId = true;
        if (lines.tooLong()) {
            r = IngestRecord.rejected(input, line, defaultId(line), options.tooLongReason());
        } else {
            String text = lines.text();
            if (text.isBlank() || text.equals("\uFEFF")) return;
            ColumnRecords.Mapped m = json.toRecord(line, defaultId(line), text);
            r = m.record();
            defaultId = m.defaultId();
        }
        r.setDecodedAsCp1252(r.isDecodedAsCp1252() || lines.cp1252());
        record(r, defaultId);
    }
}
