package org.newstrends.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the report's text files: UTF-8 without byte-order mark, where text that cannot be encoded (a lone
 * surrogate, which JSON escapes such as {@code \ud800} can produce) is written as {@code ?} instead of failing.
 */
final class ReportFiles {

    private ReportFiles() {
    }

    /** A buffered UTF-8 writer to {@code file}, replaced if it exists. */
    static Writer newWriter(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    /** Writes {@code text} to {@code file} as {@link #newWriter} does. */
    static void writeString(Path file, String text) throws IOException {
        try (Writer out = newWriter(file)) {
            out.write(text);
        }
    }
}
