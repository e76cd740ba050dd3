package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.ExtractedArticle;
import org.newstrends.extract.text.Mention;

/** Input files written by the ingest tests, and their records read back through {@link ArticleFileReader}. */
final class IngestFixtures {
    static final Charset CP1252 = Charset.forName("windows-1252");

    private IngestFixtures() { }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    static byte[] utf8WithBom(String s) {
        return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(s));
    }

    static byte[] utf16le(String s) {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE));
    }

    static byte[] utf16be(String s) {
        return concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, s.getBytes(StandardCharsets.UTF_16BE));
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    static Path write(Path dir, String name, String utf8) throws IOException {
        return write(dir, name, utf8(utf8));
    }

    /** The records of {@code file}, read as {@code options} say, default ids from the file's base name. */
    static List<IngestRecord> read(Path file, ReadOptions options) throws IOException {
        String name = file.getFileName().toString();
        return ArticleFileReader.readAll(name, ArticleIds.baseOf(name), Files.newInputStream(file), options);
    }

    /** The records of {@code file}, format by extension, fields auto-detected. */
    static List<IngestRecord> read(Path file) throws IOException {
        return read(file, ReadOptions.of(InputFormat.AUTO));
    }

    static ReadOptions limit(int maxArticleChars) {
        return new ReadOptions(InputFormat.AUTO, FieldMapping.auto(), null, null, maxArticleChars);
    }

    static List<String> reasons(List<IngestRecord> records) {
        return records.stream().map(IngestRecord::getReason).toList();
    }

    static List<String> ids(List<IngestRecord> records) {
        return records.stream().map(IngestRecord::getId).toList();
    }

    static List<String> texts(List<IngestRecord> records) {
        return records.stream().map(IngestRecord::getText).toList();
    }

    static List<Long> positions(List<IngestRecord> records) {
        return records.stream().map(IngestRecord::getPosition).toList();
    }

    /** {@code prefix}, then {@code count} copies of {@code fill}, then {@code suffix}: a huge input never held. */
    static InputStream repeated(String prefix, byte fill, long count, String suffix) {
        byte[] head = utf8(prefix);
        byte[] tail = utf8(suffix);
        return new InputStream() {
            private long at;
            private final long total = head.length + count + tail.length;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= total) return -1;
                int n;
                if (at < head.length) {
                    n = (int) Math.min(len, head.length - at);
                    System.arraycopy(head, (int) at, b, off, n);
                } else if (at < head.length + count) {
                    n = (int) Math.min(len, head.length + count - at);
                    java.util.Arrays.fill(b, off, off + n, fill);
                } else {
                    n = (int) Math.min(len, total - at);
                    System.arraycopy(tail, (int) (at - head.length - count), b, off, n);
                }
                at += n;
                return n;
            }
        };
    }

    /** Checks that the mentions of {@code extracted}, the extraction of article {@code r}, point into its fields. */
    static void checkExtraction(ExtractedArticle extracted, IngestRecord r, String what) {
        for (Mention m : extracted.mentions()) {
            String field = m.textField() == Field.TITLE ? r.getTitle() : r.getText();
            assertNotNull(field, what);
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= field.length(), what + ": " + m);
            assertEquals(field.substring(m.start(), m.end()), m.text(), what);
        }
    }
}
