package org.newstrends.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from an input: the unit that is extracted and counted.
 * A Java bean so that Spark can encode it ({@code Encoders.bean(Article.class)}).
 */
public class Article implements Serializable {
    private static final long serialVersionUID = 1L;

    private String id;
    private LocalDate date;
    private String source;
    private String title;
    private String text;
    private String url;

    /** Empty bean for Spark's encoder. */
    public Article() { }

    /** An article with every field given; {@code source}, {@code title} and {@code url} may be null. */
    public Article(String id, LocalDate date, String source, String title, String text, String url) {
        this.id = id;
        this.date = date;
        this.source = source;
        this.title = title;
        this.text = text;
        this.url = url;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Article a)) return false;
        return Objects.equals(id, a.id) && Objects.equals(date, a.date) && Objects.equals(source, a.source)
                && Objects.equals(title, a.title) && Objects.equals(text, a.text) && Objects.equals(url, a.url);
    }

    @Override
    public int hashCode() { return Objects.hash(id, date, source, title, text, url); }

    @Override
    public String toString() { return "Article[" + id + ", " + date + ", " + source + "]"; }
}
