package org.newstrends.ingest;

import java.io.InputStream;

/**
 * Reads a {@code .json} file that holds a JSON array of objects (or several arrays, or objects after them): each
 * element is one record, mapped by {@link ColumnRecords}. The bytes are streamed: a small scanner that follows
 * only strings and brackets cuts the elements out, each is decoded on its own (UTF-8, else Windows-1252) and
 * parsed by Jackson, so the file is never held whole, an element longer than the record limit is skipped without
 * being held, and a broken element costs only itself. Positions and default ids ({@code base#n}) count the
 * elements from 1, since one line may hold the whole array.
 */
final class JsonArrayParser extends RecordParser {
    private final ByteSource bytes;
    private final BoundedBytes element;
    private final TextBytes decoder = new TextBytes();
    private final JsonRecords json;
    /** Bracket depth from the top level: 1 between the elements of an array. */
    private int depth;
    private boolean inString;
    private boolean escape;
    private boolean collecting;
    private boolean scalar;
    /** The depth the element being collected sits at: 1 in an array, 0 for a value at the top level. */
    private int base;
    private long ordinal;
    private boolean sawArray;

    /** Parses the JSON array in the UTF-8 bytes {@code utf8} of {@code input}. */
    JsonArrayParser(String input, String idBase, InputStream utf8, ReadOptions options) {
        super(input, idBase, options, utf8);
        this.bytes = new ByteSource(utf8);
        this.element = new BoundedBytes(options.recordLimit(), null);
        this.json = new JsonRecords(input, options);
    }

    @Override
    protected long position() {
        return ordinal;
    }

    @Override
    protected String emptyReason() {
        return sawArray ? "empty file (an empty JSON array)" : "empty file";
    }

    @Override
    protected void step() {
        while (true) {
            if (!bytes.fill()) {
                atEndOfFile();
                return;
            }
            int b = bytes.buffer[bytes.pos++] & 0xff;
            if (collecting) {
                if (collect(b)) return;
            } else {
                between(b);
            }
        }
    }

    /** Takes byte {@code b} of the element being collected; true when the element is complete (and emitted). */
    private boolean collect(int b) {
        if (inString) {
            element.append((byte) b);
            if (escape) escape = false;
            else if (b == '\\') escape = true;
            else if (b == '"') inString = false;
            return false;
        }
        if (scalar) {
            boolean closer = b == ']' || b == '}';
            if ((b == ',' || closer) && depth == base || base == 0 && isWhitespace(b)) {
                if (closer) bytes.pos--;
                finishElement();
                return true;
            }
            if (b == '"') inString = true;
            element.append((byte) b);
            return false;
        }
        element.append((byte) b);
        if (b == '"') {
            inString = true;
        } else if (b == '[' || b == '{') {
            depth++;
        } else if (b == ']' || b == '}') {
            depth--;
            if (depth == base) {
                finishElement();
                return true;
            }
        }
        return false;
    }

    /** Takes byte {@code b} outside any element. */
    private void between(int b) {
        if (isWhitespace(b)) return;
        if (depth >= 1) {
            if (b == ',') return;
            if (b == ']') {
                depth--;
                return;
            }
        } else if (b == '[') {
            depth = 1;
            sawArray = true;
            return;
        }
        startElement(b);
    }

    private void startElement(int b) {
        collecting = true;
        ordinal++;
        base = depth;
        element.clear();
        element.append((byte) b);
        scalar = b != '{' && b != '[';
        if (!scalar) depth++;
        inString = b == '"';
        escape = false;
    }

    private void finishElement() {
        collecting = false;
        inString = false;
        IngestRecord r;
        boolean defaultId = true;
        if (element.tooLong()) {
            r = IngestRecord.rejected(input, ordinal, defaultId(ordinal), options.tooLongReason());
        } else {
            TextBytes.Decoded text = element.decode(decoder);
            ColumnRecords.Mapped m = json.toRecord(ordinal, defaultId(ordinal), text.text());
            r = m.record();
            defaultId = m.defaultId();
            r.setDecodedAsCp1252(r.isDecodedAsCp1252() || text.cp1252());
        }
        record(r, defaultId);
    }

    private void atEndOfFile() {
        if (collecting && scalar && base == 0 && !inString) {
            finishElement();
        } else if (collecting) {
            collecting = false;
            String reason = element.tooLong() ? options.tooLongReason()
                    : "truncated JSON: the file ends inside this record";
            record(IngestRecord.rejected(input, ordinal, defaultId(ordinal), reason), true);
        } else if (depth >= 1) {
            notice(IngestRecord.rejected(input, ordinal, null, "truncated JSON: the file ends before the array is closed"));
        }
        end();
    }

    private static boolean isWhitespace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
