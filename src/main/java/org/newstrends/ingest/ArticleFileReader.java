package org.newstrends.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads one input file into records, whatever its format (seed text, JSON Lines, JSON array, CSV, TSV): gunzips
 * {@code .gz} transparently, reads UTF-8 with or without byte-order mark and UTF-16 with one, falls back to
 * Windows-1252 for records whose bytes are not UTF-8, and turns an empty file or a read failure into a reject
 * naming the file and the reason, so no file is silently lost. Memory stays bounded whatever the size of the
 * file, a line or a field. Plain Java: Spark calls it on executors, the {@code extract} command calls it directly.
 */
public final class ArticleFileReader {
    /** How far a {@code .json} file is looked into for its first character: {@code [} makes it an array. */
    private static final int JSON_PEEK_BYTES = 1 << 16;

    private ArticleFileReader() { }

    /** The records of {@code raw}, the bytes of the file {@code input}; closes {@code raw} when exhausted. */
    public static Iterator<IngestRecord> read(String input, InputStream raw, InputFormat format) {
        return read(input, ArticleIds.baseOf(input), raw, ReadOptions.of(format));
    }

    /**
     * The records of {@code raw}, the bytes of the file shown as {@code input}, read with {@code options}; default
     * ids start with {@code idBase}. Closes {@code raw} when exhausted.
     */
    public static Iterator<IngestRecord> read(String input, String idBase, InputStream raw, ReadOptions options) {
        InputFormat format = options.format().forFile(input);
        if (format == InputFormat.PARQUET) {
            close(raw);
            return rejected(input, "a Parquet file is read by Spark's Parquet reader, not as a text file");
        }
        try {
            PushbackInputStream peekable = TextBytes.peekable(raw);
            if (TextBytes.isEmpty(peekable)) {
                close(raw);
                return rejected(input, "empty file");
            }
            InputStream utf8 = TextBytes.open(input, peekable);
            return switch (format) {
                case JSONL -> new JsonLinesParser(input, idBase, utf8, options);
                case JSON -> json(input, idBase, new BufferedInputStream(utf8, JSON_PEEK_BYTES), options);
                case CSV -> new DelimitedParser(input, idBase, utf8, options, ',');
                case TSV -> new DelimitedParser(input, idBase, utf8, options, '\t');
                default -> new SeedTextParser(input, idBase, utf8, options);
            };
        } catch (IOException | RuntimeException e) {
            close(raw);
            return rejected(input, "unreadable file: " + RecordParser.describe(e));
        }
    }

    /** A {@code .json} file: an array when its first character is {@code [}, else JSON Lines. */
    private static Iterator<IngestRecord> json(String input, String idBase, BufferedInputStream in, ReadOptions options)
            throws IOException {
        in.mark(JSON_PEEK_BYTES);
        int b;
        int read = 0;
        do {
            b = in.read();
            read++;
        } while ((b == ' ' || b == '\t' || b == '\n' || b == '\r') && read < JSON_PEEK_BYTES);
        in.reset();
        return b == '[' ? new JsonArrayParser(input, idBase, in, options) : new JsonLinesParser(input, idBase, in, options);
    }

    /** Reads every record of {@code raw} into a list (for small inputs and tests). */
    public static List<IngestRecord> readAll(String input, InputStream raw, InputFormat format) {
        List<IngestRecord> out = new ArrayList<>();
        read(input, raw, format).forEachRemaining(out::add);
        return out;
    }

    /** Reads every record of {@code raw} into a list with {@code options} (for small inputs and tests). */
    public static List<IngestRecord> readAll(String input, String idBase, InputStream raw, ReadOptions options) {
        List<IngestRecord> out = new ArrayList<>();
        read(input, idBase, raw, options).forEachRemaining(out::add);
        return out;
    }

    private static Iterator<IngestRecord> rejected(String input, String reason) {
        return List.of(IngestRecord.rejected(input, 0, null, reason)).iterator();
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing after a failure: the failure is what gets reported
        }
    }
}
