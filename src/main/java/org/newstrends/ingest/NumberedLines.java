package org.newstrends.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads lines and counts them (1-based), so parsers can say where a record starts. */
final class NumberedLines {
    private final BufferedReader reader;
    private long number;

    NumberedLines(BufferedReader reader) {
        this.reader = reader;
    }

    /** The next line, or null at the end; a read failure surfaces as {@link UncheckedIOException}. */
    String next() {
        try {
            String line = reader.readLine();
            if (line != null) number++;
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of the line last returned. */
    long number() {
        return number;
    }
}
