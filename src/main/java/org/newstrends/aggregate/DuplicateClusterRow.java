package org.newstrends.aggregate;

import java.io.Serializable;
import java.time.LocalDate;

/** One row of {@code duplicate_clusters.csv}: a member of a cluster of two or more copies. A Java bean for Spark. */
public class DuplicateClusterRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String cluster;
    private String articleId;
    private String input;
    private LocalDate date;
    private String source;
    private String title;
    private double similarity;
    private boolean kept;

    /** Empty bean for Spark's encoder. */
    public DuplicateClusterRow() { }

    /** The id of the cluster's kept article. */
    public String getCluster() { return cluster; }
    public void setCluster(String cluster) { this.cluster = cluster; }
    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    /** The input file the article was read from, or null when not known. */
    public String getInput() { return input; }
    public void setInput(String input) { this.input = input; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public double getSimilarity() { return similarity; }
    public void setSimilarity(double similarity) { this.similarity = similarity; }
    public boolean isKept() { return kept; }
    public void setKept(boolean kept) { this.kept = kept; }
}
