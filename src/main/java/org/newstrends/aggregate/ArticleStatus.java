package org.newstrends.aggregate;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the counts need to know of every article: its date, its source, whether unique counts keep it (every
 * article but the copies of a cluster's kept article) and whether it belongs to a duplicate cluster. A Java bean
 * for Spark.
 */
public class ArticleStatus implements Serializable {
    private static final long serialVersionUID = 1L;

    private String articleId;
    private LocalDate date;
    private String source;
    private boolean kept;
    private boolean clustered;

    /** Empty bean for Spark's encoder. */
    public ArticleStatus() { }

    /** A status with every field given. */
    public ArticleStatus(String articleId, LocalDate date, String source, boolean kept, boolean clustered) {
        this.articleId = articleId;
        this.date = date;
        this.source = source;
        this.kept = kept;
        this.clustered = clustered;
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    /** The article's source; {@link Sources#UNKNOWN} when it has none. */
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    /** False only for the copies that unique counts leave out. */
    public boolean isKept() { return kept; }
    public void setKept(boolean kept) { this.kept = kept; }
    /** True for every member of a duplicate cluster, the kept one included. */
    public boolean isClustered() { return clustered; }
    public void setClustered(boolean clustered) { this.clustered = clustered; }
}
