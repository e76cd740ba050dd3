package org.newstrends.ingest;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One input record after parsing: either an article ({@code reason} null) or a reject with its reason.
 * Every record read becomes exactly one of these, so counts reconcile. A Java bean for Spark's encoder.
 */
public class IngestRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    private String input;
    private long position;
    private String reason;
    private String id;
    private LocalDate date;
    private String source;
    private String title;
    private String text;
    private String url;
    private boolean decodedAsCp1252;

    /** Empty bean for Spark's encoder. */
    public IngestRecord() { }

    /** A record that parsed into {@code article}, read from line or record {@code position} of {@code input}. */
    public static IngestRecord accepted(String input, long position, Article article) {
        IngestRecord r = new IngestRecord();
        r.input = input;
        r.position = position;
        r.id = article.getId();
        r.date = article.getDate();
        r.source = article.getSource();
        r.title = article.getTitle();
        r.text = article.getText();
        r.url = article.getUrl();
        return r;
    }

    /** A record of {@code input} at {@code position} that is not counted, and why. */
    public static IngestRecord rejected(String input, long position, String id, String reason) {
        IngestRecord r = new IngestRecord();
        r.input = input;
        r.position = position;
        r.id = id;
        r.reason = reason;
        return r;
    }

    /** True when the record is an article that will be counted. */
    public boolean accepted() { return reason == null; }

    /** The article this record holds; only for accepted records. */
    public Article toArticle() { return new Article(id, date, source, title, text, url); }

    /** The reject row of this record; only for rejected records. */
    public Reject toReject() { return new Reject(input, position, id, reason); }

    public String getInput() { return input; }
    public void setInput(String input) { this.input = input; }
    public long getPosition() { return position; }
    public void setPosition(long position) { this.position = position; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
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
    /** True when the record's bytes were not UTF-8 and were read as Windows-1252 (counted in the manifest). */
    public boolean isDecodedAsCp1252() { return decodedAsCp1252; }
    public void setDecodedAsCp1252(boolean decodedAsCp1252) { this.decodedAsCp1252 = decodedAsCp1252; }
}
