package org.newstrends.aggregate;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.newstrends.ingest.Article;

/**
 * What duplicate detection knows of one article: its order key (date, then id: the earliest article of a cluster
 * is kept), a digest of its {@link CopyText compared text} (null when that text is empty) and its
 * {@link Shingles}. A Java bean for Spark.
 */
public class CopyFingerprint implements Serializable {
    private static final long serialVersionUID = 1L;

    private String articleId;
    private LocalDate date;
    private String order;
    private String textDigest;
    private int[] shingles;

    /** Empty bean for Spark's encoder. */
    public CopyFingerprint() { }

    /** The fingerprint of {@code article}. */
    public static CopyFingerprint of(Article article) {
        CopyFingerprint f = new CopyFingerprint();
        f.articleId = article.getId();
        f.date = article.getDate();
        f.order = orderKey(article.getDate(), article.getId());
        String normalized = CopyText.normalized(article.getText());
        f.textDigest = normalized.isEmpty() ? null : digest(normalized);
        f.shingles = Shingles.of(normalized.isEmpty() ? java.util.List.of() : java.util.List.of(normalized.split(" ")));
        return f;
    }

    /**
     * The key articles of a cluster are ordered by: the ISO date, a NUL, then the id, so that comparing keys
     * compares dates first and ids second (the smallest key is the article kept).
     */
    public static String orderKey(LocalDate date, String id) {
        return date + "\u0000" + id;
    }

    /** The article id in an order key made by {@link #orderKey}. */
    public static String idOf(String orderKey) {
        return orderKey.substring(orderKey.indexOf('\u0000') + 1);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    /** The order key, see {@link #orderKey}. */
    public String getOrder() { return order; }
    public void setOrder(String order) { this.order = order; }
    /** SHA-256 of the compared text in hex, or null when the article has no words to compare. */
    public String getTextDigest() { return textDigest; }
    public void setTextDigest(String textDigest) { this.textDigest = textDigest; }
    public int[] getShingles() { return shingles; }
    public void setShingles(int[] shingles) { this.shingles = shingles; }
}
