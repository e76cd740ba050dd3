package org.newstrends.ingest;

import java.util.List;

/**
 * The fields of an {@link Article} that a record's columns map to, each with the column names that are matched
 * (case-insensitively) when the input gives no {@code fields} mapping (DESIGN.md, "Article collections").
 */
public enum ArticleField {
    ID(List.of("id", "stories_id", "article_id", "guid", "uuid")),
    DATE(List.of("date", "published", "publish_date", "published_at", "pubdate", "pub_date", "datetime",
            "timestamp", "created_at", "seendate")),
    TITLE(List.of("title", "headline")),
    TEXT(List.of("text", "content", "body", "article", "story", "full_text", "maintext")),
    /** Used as the text, after the title, only when a record has none of the {@link #TEXT} columns. */
    DESCRIPTION(List.of("description", "summary", "short_description", "lead")),
    SOURCE(List.of("source", "media_name", "publisher", "outlet", "domain", "site", "source_name")),
    URL(List.of("url", "link", "canonical_url"));

    private final List<String> autoNames;

    ArticleField(List<String> autoNames) {
        this.autoNames = autoNames;
    }

    /** The column names matched, in order of preference, when no mapping names this field. */
    public List<String> autoNames() {
        return autoNames;
    }

    /** The field's name in a job spec's {@code fields} mapping, e.g. {@code text}. */
    public String specName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
