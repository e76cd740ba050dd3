package org.newstrends.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A stream's bytes in 64 KiB chunks for the parsers that scan bytes themselves: {@code buffer[pos, end)} is
 * what is left of the current chunk. A read failure surfaces as {@link UncheckedIOException}.
 */
final class ByteSource {
    final byte[] buffer = new byte[1 << 16];
    int pos;
    int end;
    private final InputStream in;
    private boolean eof;

    ByteSource(InputStream in) {
        this.in = in;
    }

    /** Reads the next chunk when the current one is used up; false at the end of the stream. */
    boolean fill() {
        if (pos < end) return true;
        if (eof) return false;
        try {
            int n = in.read(buffer);
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            end = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
