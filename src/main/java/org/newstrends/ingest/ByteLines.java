package org.newstrends.ingest;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.IntConsumer;

/**
 * The lines of a UTF-8 byte stream ({@link TextBytes#open}), one at a time, numbered from 1 as editors number
 * them ({@code \n}, {@code \r\n} and a lone {@code \r} each end a line). Each line is decoded on its own (UTF-8,
 * else Windows-1252, flagged). A line longer than the limit is not kept: it comes out {@link #tooLong()}
 * without text, its bytes handed to the optional overflow consumer. A read failure surfaces as
 * {@link UncheckedIOException}.
 */
final class ByteLines {
    private final ByteSource bytes;
    private final BoundedBytes line;
    private final TextBytes decoder = new TextBytes();
    private long number;
    private String text;
    private String terminator;
    private boolean cp1252;
    private boolean tooLong;
    private String head;

    /** The lines of {@code in}, each kept up to {@code maxChars} characters; {@code overflow} may be null. */
    ByteLines(InputStream in, long maxChars, IntConsumer overflow) {
        this.bytes = new ByteSource(in);
        this.line = new BoundedBytes(maxChars, overflow);
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() {
        line.clear();
        boolean any = false;
        ByteSource b = bytes;
        while (true) {
            if (!b.fill()) {
                if (!any) return false;
                return finish("");
            }
            any = true;
            int i = b.pos;
            while (i < b.end && b.buffer[i] != '\n' && b.buffer[i] != '\r') i++;
            line.append(b.buffer, b.pos, i);
            if (i == b.end) {
                b.pos = b.end;
                continue;
            }
            b.pos = i + 1;
            if (b.buffer[i] == '\n') return finish("\n");
            if (b.fill() && b.buffer[b.pos] == '\n') {
                b.pos++;
                return finish("\r\n");
            }
            return finish("\r");
        }
    }

    private boolean finish(String lineEnd) {
        number++;
        terminator = lineEnd;
        tooLong = line.tooLong();
        text = null;
        head = null;
        cp1252 = false;
        if (tooLong) {
            TextBytes.Decoded d = line.head(decoder);
            head = d.text();
            cp1252 = d.cp1252();
        } else {
            TextBytes.Decoded d = line.decode(decoder);
            text = d.text();
            cp1252 = d.cp1252();
        }
        return true;
    }

    /** The current line's text without its line end, or null when it was {@link #tooLong()}. */
    String text() {
        return text;
    }

    /** The current line's text, or when it was {@link #tooLong()} its first characters (about 256). */
    String head() {
        return tooLong ? head : text;
    }

    /** How the current line ended: {@code "\n"}, {@code "\r\n"}, {@code "\r"}, or {@code ""} at the end of the file. */
    String terminator() {
        return terminator;
    }

    /** True when the current line's bytes were not UTF-8 and were read as Windows-1252. */
    boolean cp1252() {
        return cp1252;
    }

    /** True when the current line went past the limit; its text was not kept. */
    boolean tooLong() {
        return tooLong;
    }

    /** The number of the current line (1-based), or of the last line read. */
    long number() {
        return number;
    }
}
