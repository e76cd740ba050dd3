package org.newstrends.ingest;

import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the seed text format: a file holds one or more articles, each opened by a line (leading whitespace
 * allowed) {@code date YYYY-MM-DD} followed, on the same line or the next, by the article text. Only a line
 * whose second word has the shape {@code YYYY-MM-DD} opens an article: "date 10 days later" is text.
 *
 * <p>An article with a bad date, no text or more text than the limit, and text before the first date line, come
 * out as rejects with the line they start on. Ids are the file's id base for a file of one article, else
 * {@code base#n} for the n-th. An article longer than the limit is skipped without being held.
 */
final class SeedTextParser extends RecordParser {

    /** The start of a line that opens an article; the rest of the line is its first text. */
    private static final Pattern DATE_LINE = Pattern.compile("[\\s\\uFEFF]*date\\s+(\\d{4}-\\d{2}-\\d{2})(?=\\s|$)");

    private final ByteLines lines;
    private final ArticleDates dates;
    private long preambleLine;
    private boolean sawDateLine;
    private long openLine;
    private String openDate;
    private final StringBuilder openText = new StringBuilder();
    private int pendingBlankLines;
    private boolean openTooLong;
    private boolean openCp1252;
    private int ordinal;

    /** Parses the seed text in the UTF-8 bytes {@code utf8} of {@code input}. */
    SeedTextParser(String input, String idBase, InputStream utf8, ReadOptions options) {
        super(input, idBase, options, utf8);
        this.lines = new ByteLines(utf8, options.recordLimit(), null);
        this.dates = ArticleDates.of(options);
    }

    /** The matcher of a line that opens an article (group 1 the date, ending before its text), or null. */
    static Matcher dateLine(String line) {
        Matcher m = DATE_LINE.matcher(line);
        return m.lookingAt() ? m : null;
    }

    @Override
    protected long position() {
        return lines.number();
    }

    @Override
    protected void step() {
        if (!lines.next()) {
            closeOpenArticle();
            if (!sawDateLine && preambleLine > 0) {
                notice(IngestRecord.rejected(input, preambleLine, null,
                        "no 'date YYYY-MM-DD' line: the seed text format opens each article with one"));
            }
            end();
            return;
        }
        String line = lines.text();
        Matcher m = dateLine(lines.head());
        if (m != null) {
            if (!sawDateLine && preambleLine > 0) {
                notice(IngestRecord.rejected(input, preambleLine, null, "text before the first 'date YYYY-MM-DD' line"));
            }
            sawDateLine = true;
            closeOpenArticle();
            openLine = lines.number();
            openDate = m.group(1);
            openText.setLength(0);
            pendingBlankLines = 0;
            openTooLong = lines.tooLong();
            openCp1252 = lines.cp1252();
            if (!openTooLong) openText.append(line.substring(m.end()).strip());
        } else if (openLine > 0) {
            appendToOpenArticle(line);
        } else if (preambleLine == 0 && (line == null || !line.isBlank())) {
            preambleLine = lines.number();
        }
    }

    /** Adds a line to the open article; blank lines only once text follows them, so trailing ones cost nothing. */
    private void appendToOpenArticle(String line) {
        openCp1252 |= lines.cp1252();
        if (openTooLong) return;
        if (line == null) {
            openTooLong = true;
            openText.setLength(0);
            return;
        }
        if (line.isBlank()) {
            pendingBlankLines++;
            return;
        }
        if (!openText.isEmpty()) pendingBlankLines++;
        if ((long) openText.length() + pendingBlankLines + line.length() > options.recordLimit()) {
            openTooLong = true;
            openText.setLength(0);
            openText.trimToSize();
            return;
        }
        if (!openText.isEmpty()) openText.append("\n".repeat(pendingBlankLines));
        pendingBlankLines = 0;
        openText.append(line);
    }

    private void closeOpenArticle() {
        if (openLine == 0) return;
        ordinal++;
        String id = defaultId(ordinal);
        IngestRecord r;
        ArticleDates.Reading reading = dates.readIsoDate(openDate);
        if (openTooLong) {
            r = IngestRecord.rejected(input, openLine, id, options.tooLongReason());
        } else if (reading.date() == null) {
            r = IngestRecord.rejected(input, openLine, id, reading.problem());
        } else {
            String text = openText.toString().strip();
            r = text.isEmpty() ? IngestRecord.rejected(input, openLine, id, "no text after the date line")
                    : Articles.build(input, openLine, id, reading.date(), null, null, text, null, options);
        }
        r.setDecodedAsCp1252(openCp1252);
        record(r, true);
        openLine = 0;
        openText.setLength(0);
        if (openText.capacity() > (1 << 20)) openText.trimToSize();
    }
}
