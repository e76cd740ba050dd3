package org.newstrends.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * What every file parser shares: records come out one at a time (a file is never held whole); a file whose one
 * record has no id of its own gives it the file's id base, while several records are {@code base#n}; a file that
 * yields nothing is one reject ({@code empty file}); a read failure (a corrupt gzip, a truncated download) ends
 * the records with a reject naming the reason and where it happened, keeping those read before it; and the file
 * is closed at its end.
 */
abstract class RecordParser implements Iterator<IngestRecord> {
    protected final String input;
    protected final String idBase;
    protected final ReadOptions options;
    private final Closeable source;
    private final ArrayDeque<IngestRecord> ready = new ArrayDeque<>();
    private IngestRecord first;
    private boolean firstHasDefaultId;
    private int records;
    private boolean emitted;
    private boolean ended;
    private boolean closed;
    private boolean failed;

    RecordParser(String input, String idBase, ReadOptions options, Closeable source) {
        this.input = input;
        this.idBase = idBase;
        this.options = options;
        this.source = source;
    }

    /** Reads on: emits zero or more records or notices, or calls {@link #end()} at the end of the file. */
    protected abstract void step();

    /** Where reading is (line or record number), for the reject of a read failure. */
    protected abstract long position();

    /** The reason given when the file yields no record at all. */
    protected String emptyReason() {
        return "empty file";
    }

    /** The default id of the record numbered {@code n} (its line or ordinal) when the file has several. */
    protected final String defaultId(long n) {
        return idBase + "#" + n;
    }

    /** Emits one record of the file (an article or a reject); {@code defaultId} when its id is {@link #defaultId}. */
    protected final void record(IngestRecord r, boolean defaultId) {
        records++;
        emitted = true;
        if (records == 1) {
            first = r;
            firstHasDefaultId = defaultId;
        }
        ready.add(r);
    }

    /** Emits a reject about the file rather than one of its records (text before the first article...). */
    protected final void notice(IngestRecord r) {
        emitted = true;
        ready.add(r);
    }

    /** Marks the end of the file. */
    protected final void end() {
        ended = true;
    }

    @Override
    public final boolean hasNext() {
        while (!closed && (ready.isEmpty() || records == 1)) advance();
        return !ready.isEmpty();
    }

    @Override
    public final IngestRecord next() {
        if (!hasNext()) throw new NoSuchElementException();
        return ready.poll();
    }

    private void advance() {
        try {
            step();
        } catch (UncheckedIOException e) {
            fail("unreadable file (records after this point are lost): " + describe(e.getCause()));
        } catch (RuntimeException e) {
            fail("parser failure (records after this point are lost): " + describe(e));
        }
        if (ended) close();
    }

    private void fail(String reason) {
        failed = true;
        notice(IngestRecord.rejected(input, position(), null, reason));
        ended = true;
    }

    private void close() {
        if (closed) return;
        closed = true;
        if (records == 1 && firstHasDefaultId && !failed) first.setId(idBase);
        if (!emitted) ready.add(IngestRecord.rejected(input, 0, null, emptyReason()));
        try {
            source.close();
        } catch (IOException | RuntimeException e) {
            // the records are read; a failure to close changes none of them
        }
    }

    /** A failure's message for a reject: its own message, else its type. */
    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
