package org.newstrends.ingest;

import java.io.BufferedReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the seed text format: a file holds one or more articles, each opened by a line (leading whitespace
 * allowed) {@code date YYYY-MM-DD} followed, on the same line or the next, by the article text.
 *
 * <p>Records come out one at a time, so a large file is never held in memory. An article with a bad date or no
 * text, and text before the first date line, come out as rejects with the line they start on. The id of an
 * article is the file's base name when the file holds one article, else {@code base#n} for the n-th.
 */
public final class SeedTextParser implements Iterator<IngestRecord> {

    private static final Pattern DATE_LINE = Pattern.compile("^\\s*date(?:\\s+(\\d\\S*))?(?:\\s+(.*))?\\s*$");

    private final String input;
    private final String baseId;
    private final NumberedLines lines;
    private final ArrayDeque<IngestRecord> ready = new ArrayDeque<>();
    private boolean eof;
    private long preambleLine;
    private boolean sawDateLine;
    private long openLine;
    private String openDate;
    private StringBuilder openText;
    private int ordinal;

    /** Parses the seed text of {@code reader}, read from {@code input} (a path or URI, used in rejects and ids). */
    public SeedTextParser(String input, BufferedReader reader) {
        this.input = input;
        this.baseId = ArticleIds.baseOf(input);
        this.lines = new NumberedLines(reader);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !eof) step();
        return !ready.isEmpty();
    }

    @Override
    public IngestRecord next() {
        if (!hasNext()) throw new NoSuchElementException();
        return ready.poll();
    }

    /** The matcher of a line that opens an article, or null when {@code line} is ordinary text. */
    static Matcher dateLine(String line) {
        Matcher m = DATE_LINE.matcher(line);
        if (!m.matches()) return null;
        if (m.group(1) == null && m.group(2) != null) return null;
        return m;
    }

    private void step() {
        String line = lines.next();
        if (line == null) {
            eof = true;
            closeOpenArticle(true);
            if (!sawDateLine && preambleLine > 0) {
                ready.add(IngestRecord.rejected(input, preambleLine, null,
                        "no 'date YYYY-MM-DD' line: the seed text format opens each article with one"));
            }
            return;
        }
        Matcher m = dateLine(line);
        if (m != null) {
            if (!sawDateLine && preambleLine > 0) {
                ready.add(IngestRecord.rejected(input, preambleLine, null,
                        "text before the first 'date YYYY-MM-DD' line"));
            }
            sawDateLine = true;
            closeOpenArticle(false);
            openLine = lines.number();
            openDate = m.group(1);
            openText = new StringBuilder(m.group(2) == null ? "" : m.group(2));
        } else if (openLine > 0) {
            openText.append('\n').append(line);
        } else if (preambleLine == 0 && !line.isBlank()) {
            preambleLine = lines.number();
        }
    }

    private void closeOpenArticle(boolean atEndOfFile) {
        if (openLine == 0) return;
        ordinal++;
        String id = ordinal == 1 && atEndOfFile ? baseId : baseId + "#" + ordinal;
        ready.add(toRecord(openLine, id, openDate, openText.toString().strip()));
        openLine = 0;
    }

    private IngestRecord toRecord(long position, String id, String dateText, String text) {
        if (dateText == null) return IngestRecord.rejected(input, position, id, "missing date after 'date'");
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            return IngestRecord.rejected(input, position, id, "invalid date '" + dateText + "' (expected YYYY-MM-DD)");
        }
        if (text.isEmpty()) return IngestRecord.rejected(input, position, id, "no text after the date line");
        return IngestRecord.accepted(input, position, new Article(id, date, null, null, text, null));
    }
}
