package org.newstrends.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.input.ReaderInputStream;

/**
 * The bytes of an input file as UTF-8, and their decoding into text.
 *
 * <p>{@link #open} gunzips a {@code .gz} file (or one that starts with gzip's magic bytes), drops a UTF-8
 * byte-order mark and turns a UTF-16 file with a byte-order mark into UTF-8, so every parser reads UTF-8 bytes.
 * Parsers cut those bytes into records (lines, CSV rows, JSON elements: the characters that delimit them are
 * ASCII, which UTF-8 and Windows-1252 write the same way) and {@link #decode} each record on its own: strictly as
 * UTF-8, and when its bytes are not valid UTF-8 as Windows-1252, flagged. So one stray Latin-1 byte costs only
 * its own record's flag, and a file is never held whole.
 */
final class TextBytes {
    static final Charset CP1252 = Charset.forName("windows-1252");

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** One record's text and whether it had to be read as Windows-1252. */
    record Decoded(String text, boolean cp1252) { }

    /** {@code raw} with room to look at its first bytes: what {@link #isEmpty} and {@link #open} take. */
    static PushbackInputStream peekable(InputStream raw) {
        return new PushbackInputStream(raw, 3);
    }

    /** True when the stream has no byte left (the byte read, if any, is pushed back). */
    static boolean isEmpty(PushbackInputStream in) throws IOException {
        int b = in.read();
        if (b < 0) return true;
        in.unread(b);
        return false;
    }

    /**
     * The content of the file {@code name}, whose bytes are {@code raw}, as UTF-8 bytes without byte-order mark.
     *
     * @throws IOException when a gzip file is not gzip or its header cannot be read
     */
    static InputStream open(String name, PushbackInputStream raw) throws IOException {
        InputStream in = raw;
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz") || startsWithGzipMagic(raw)) {
            in = new GZIPInputStream(raw, 1 << 16);
        }
        return withoutByteOrderMark(new PushbackInputStream(new BufferedInputStream(in, 1 << 16), 3));
    }

    private static boolean startsWithGzipMagic(PushbackInputStream in) throws IOException {
        byte[] head = new byte[2];
        int n = readFully(in, head);
        if (n > 0) in.unread(head, 0, n);
        return n == 2 && (head[0] & 0xff) == GZIP_MAGIC_1 && (head[1] & 0xff) == GZIP_MAGIC_2;
    }

    private static InputStream withoutByteOrderMark(PushbackInputStream in) throws IOException {
        byte[] head = new byte[3];
        int n = readFully(in, head);
        int b0 = n > 0 ? head[0] & 0xff : -1;
        int b1 = n > 1 ? head[1] & 0xff : -1;
        int b2 = n > 2 ? head[2] & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) return in;
        Charset utf16 = b0 == 0xFF && b1 == 0xFE ? StandardCharsets.UTF_16LE
                : b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE : null;
        if (utf16 != null) {
            if (n == 3) in.unread(head, 2, 1);
            InputStreamReader chars = new InputStreamReader(in, utf16.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
            return ReaderInputStream.builder().setReader(chars).setCharset(StandardCharsets.UTF_8).get();
        }
        if (n > 0) in.unread(head, 0, n);
        return in;
    }

    private static int readFully(InputStream in, byte[] into) throws IOException {
        int n = 0;
        while (n < into.length) {
            int r = in.read(into, n, into.length - n);
            if (r < 0) break;
            n += r;
        }
        return n;
    }

    /** The text of {@code bytes[0, length)}: UTF-8 when valid, else Windows-1252 (flagged). */
    Decoded decode(byte[] bytes, int length, boolean ascii) {
        if (ascii) return new Decoded(new String(bytes, 0, length, StandardCharsets.ISO_8859_1), false);
        try {
            CharBuffer chars = strict.reset().decode(ByteBuffer.wrap(bytes, 0, length));
            return new Decoded(chars.toString(), false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, 0, length, CP1252), true);
        }
    }
}
