package org.newstrends.ingest;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The bytes of one record as they are read, held only up to a number of characters: past it the record is
 * marked too long and its bytes are no longer kept (a 1 GB line costs no memory), but handed to an optional
 * {@code overflow} consumer, which a parser uses to follow quotes through bytes it does not keep.
 *
 * <p>Characters are counted as the bytes that start a UTF-8 sequence, a lower bound of the text's length in
 * Java characters whether it decodes as UTF-8 or as Windows-1252.
 */
final class BoundedBytes {
    /** The most bytes one record may take, whatever the character limit (an array's size limit). */
    static final int MAX_BYTES = Integer.MAX_VALUE - 16;
    /** How many of the first bytes of a record too long to keep are kept anyway, to tell what it was. */
    static final int HEAD_BYTES = 256;

    private final long maxChars;
    private final IntConsumer overflow;
    private byte[] bytes = new byte[256];
    private int length;
    private long chars;
    private boolean ascii = true;
    private boolean tooLong;
    private final byte[] head = new byte[HEAD_BYTES];
    private int headLength;

    /** A buffer that keeps up to {@code maxChars} characters; {@code overflow} (may be null) gets the rest. */
    BoundedBytes(long maxChars, IntConsumer overflow) {
        this.maxChars = maxChars;
        this.overflow = overflow;
    }

    /** Appends {@code src[from, to)}. */
    void append(byte[] src, int from, int to) {
        if (tooLong) {
            feedOverflow(src, from, to);
            return;
        }
        int leads = 0;
        boolean highBytes = false;
        for (int i = from; i < to; i++) {
            byte b = src[i];
            if (b < 0) highBytes = true;
            if ((b & 0xC0) != 0x80) leads++;
        }
        if (chars + leads > maxChars || (long) length + (to - from) > MAX_BYTES) {
            overflow(src, from, to);
            return;
        }
        ensure(length + (to - from));
        System.arraycopy(src, from, bytes, length, to - from);
        length += to - from;
        chars += leads;
        ascii &= !highBytes;
    }

    /** Appends one byte. */
    void append(byte b) {
        if (tooLong) {
            if (overflow != null) overflow.accept(b & 0xff);
            return;
        }
        boolean lead = (b & 0xC0) != 0x80;
        if (lead && chars + 1 > maxChars || length + 1L > MAX_BYTES) {
            overflow(new byte[] {b}, 0, 1);
            return;
        }
        ensure(length + 1);
        bytes[length++] = b;
        if (lead) chars++;
        if (b < 0) ascii = false;
    }

    /** Goes past the limit with {@code src[from, to)}: keeps the head, hands all bytes so far to the consumer. */
    private void overflow(byte[] src, int from, int to) {
        tooLong = true;
        headLength = Math.min(length, HEAD_BYTES);
        System.arraycopy(bytes, 0, head, 0, headLength);
        int more = Math.min(HEAD_BYTES - headLength, to - from);
        System.arraycopy(src, from, head, headLength, more);
        headLength += more;
        feedOverflow(bytes, 0, length);
        feedOverflow(src, from, to);
        length = 0;
    }

    private void feedOverflow(byte[] src, int from, int to) {
        if (overflow == null) return;
        for (int i = from; i < to; i++) overflow.accept(src[i] & 0xff);
    }

    private void ensure(int capacity) {
        if (capacity <= bytes.length) return;
        long grown = Math.max(capacity, (long) bytes.length * 2);
        bytes = Arrays.copyOf(bytes, (int) Math.min(grown, MAX_BYTES));
    }

    /** True when the record went past the limit and its bytes were dropped. */
    boolean tooLong() {
        return tooLong;
    }

    /** True when no byte was appended since {@link #clear}. */
    boolean isEmpty() {
        return length == 0 && !tooLong;
    }

    /** The bytes kept, decoded; only when not {@link #tooLong()}. */
    TextBytes.Decoded decode(TextBytes decoder) {
        return decoder.decode(bytes, length, ascii);
    }

    /** The first {@value #HEAD_BYTES} bytes of a record that was {@link #tooLong()}, decoded. */
    TextBytes.Decoded head(TextBytes decoder) {
        return decoder.decode(head, headLength, false);
    }

    /** Empties the buffer for the next record, giving back a very large array. */
    void clear() {
        if (bytes.length > (1 << 20)) bytes = new byte[256];
        length = 0;
        chars = 0;
        ascii = true;
        tooLong = false;
        headLength = 0;
    }
}
