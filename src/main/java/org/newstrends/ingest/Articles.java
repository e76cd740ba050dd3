package org.newstrends.ingest;

import java.time.LocalDate;

/**
 * The last step of every format: strips markup from the text fields and checks what every article needs, some
 * text and no more than {@code max_article_chars} of it.
 */
final class Articles {
    private Articles() { }

    /**
     * The article at {@code position} of {@code input} with these fields (markup stripped), or a reject when its
     * text is blank or longer than the options allow. {@code source}, {@code title} and {@code url} may be null.
     */
    static IngestRecord build(String input, long position, String id, LocalDate date, String source, String title,
                              String text, String url, ReadOptions options) {
        String body = MarkupText.toText(text);
        if (body == null || body.isBlank()) return IngestRecord.rejected(input, position, id, "no text");
        if (body.length() > options.maxArticleChars()) {
            return IngestRecord.rejected(input, position, id, options.tooLongReason());
        }
        return IngestRecord.accepted(input, position, new Article(id, date, blankToNull(MarkupText.toText(source)),
                blankToNull(MarkupText.toText(title)), body, blankToNull(url)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
