package org.newstrends.ingest;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the records of one input are read: its format, which columns hold which field, an extra date pattern, the
 * zone timestamps count in, and the longest article accepted. Serializable: it travels to the executors.
 *
 * @param format the input's format ({@link InputFormat#AUTO}: by each file's extension)
 * @param fields which columns hold which field
 * @param dateFormat an extra {@code java.time} pattern tried after the built-in date forms, or null
 * @param timezone the zone timestamps are counted in, or null to count them on the date as written
 * @param maxArticleChars the longest record accepted, in characters; a longer one is a reject that says so
 */
public record ReadOptions(InputFormat format, FieldMapping fields, String dateFormat, ZoneId timezone,
                          int maxArticleChars) implements Serializable {

    /** The job spec's default {@code max_article_chars}. */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;

    /** The most characters a record's raw form (markup, JSON syntax, other fields) may take before it is skipped. */
    private static final long MAX_RECORD_CHARS = 500_000_000L;

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when {@code maxArticleChars} is not positive or {@code dateFormat} is not a
     *     {@code java.time} pattern (the message says which and why, for the job spec's error)
     */
    public ReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fields, "fields");
        if (maxArticleChars < 1) throw new IllegalArgumentException("max_article_chars must be positive");
        if (dateFormat != null) ArticleDates.checkPattern(dateFormat);
    }

    /**
     * How many characters one record may take as read, before markup is stripped and fields are picked: twice
     * the article limit and 64 Ki more (at most 500 million). A longer record is skipped without being held.
     */
    public long recordLimit() {
        return Math.min(MAX_RECORD_CHARS, 2L * maxArticleChars + 65_536);
    }

    /** The reason of a record whose article is longer than {@link #maxArticleChars()}. */
    public String tooLongReason() {
        return "article longer than max_article_chars (" + maxArticleChars + " characters)";
    }

    /** Reads {@code format} with auto-detected fields, the built-in date forms and the default limit. */
    public static ReadOptions of(InputFormat format) {
        return new ReadOptions(format, FieldMapping.auto(), null, null, DEFAULT_MAX_ARTICLE_CHARS);
    }
}
