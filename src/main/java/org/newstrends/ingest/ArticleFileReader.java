package org.newstrends.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input file into records, whatever its format: gunzips {@code .gz} transparently, decodes UTF-8
 * (malformed bytes become U+FFFD), and turns a read failure into a reject naming the file and the reason, so no
 * file is silently lost. Plain Java: Spark calls it on executors, the {@code extract} command calls it directly.
 */
public final class ArticleFileReader {
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
        InputFormat format = options.format();
        BufferedReader reader;
        try {
            InputStream in = input.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        } catch (IOException e) {
            close(raw);
            return List.of(IngestRecord.rejected(input, 0, null, "unreadable file: " + e.getMessage())).iterator();
        }
        InputFormat concrete = format.forFile(input);
        Iterator<IngestRecord> records = concrete == InputFormat.JSONL || concrete == InputFormat.JSON
                ? new JsonLinesParser(input, reader) : new SeedTextParser(input, reader);
        return new Guarded(input, records, reader);
    }

    /** Reads every record of {@code raw} into a list (for small inputs and tests). */
    public static List<IngestRecord> readAll(String input, InputStream raw, InputFormat format) {
        List<IngestRecord> out = new ArrayList<>();
        read(input, raw, format).forEachRemaining(out::add);
        return out;
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing after a failure: the failure is what gets reported
        }
    }

    /** Ends the records with a reject when the file cannot be read to its end, and closes it. */
    private static final class Guarded implements Iterator<IngestRecord> {
        private final String input;
        private final Iterator<IngestRecord> records;
        private final AutoCloseable source;
        private IngestRecord failure;
        private boolean done;

        Guarded(String input, Iterator<IngestRecord> records, AutoCloseable source) {
            this.input = input;
            this.records = records;
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            if (failure != null) return true;
            if (done) return false;
            try {
                if (records.hasNext()) return true;
            } catch (UncheckedIOException e) {
                failure = IngestRecord.rejected(input, 0, null,
                        "unreadable file (records after this point are lost): " + e.getCause().getMessage());
                done = true;
                close(source);
                return true;
            }
            done = true;
            close(source);
            return false;
        }

        @Override
        public IngestRecord next() {
            if (!hasNext()) throw new NoSuchElementException();
            if (failure != null) {
                IngestRecord f = failure;
                failure = null;
                return f;
            }
            return records.next();
        }
    }
}
