package org.newstrends.aggregate;

import java.io.Serializable;

/**
 * One member of a duplicate cluster (two or more copies of a story): the cluster, named by the id of the article
 * kept (the earliest, then the smallest id), the member's similarity to that article and whether it is the one
 * kept. A Java bean for Spark.
 */
public class ArticleCopy implements Serializable {
    private static final long serialVersionUID = 1L;

    private String articleId;
    private String cluster;
    private String clusterOrder;
    private double similarity;
    private boolean kept;

    /** Empty bean for Spark's encoder. */
    public ArticleCopy() { }

    /** A member with every field given. */
    public ArticleCopy(String articleId, String cluster, String clusterOrder, double similarity, boolean kept) {
        this.articleId = articleId;
        this.cluster = cluster;
        this.clusterOrder = clusterOrder;
        this.similarity = similarity;
        this.kept = kept;
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    /** The id of the cluster's kept article. */
    public String getCluster() { return cluster; }
    public void setCluster(String cluster) { this.cluster = cluster; }
    /** The order key of the cluster's kept article ({@link CopyFingerprint#orderKey}): clusters sort by it. */
    public String getClusterOrder() { return clusterOrder; }
    public void setClusterOrder(String clusterOrder) { this.clusterOrder = clusterOrder; }
    /** 1.0 for the same compared text, else the Jaccard similarity of distinctive shingles with the kept article. */
    public double getSimilarity() { return similarity; }
    public void setSimilarity(double similarity) { this.similarity = similarity; }
    public boolean isKept() { return kept; }
    public void setKept(boolean kept) { this.kept = kept; }

    @Override
    public String toString() {
        return articleId + " in " + cluster + (kept ? " kept" : "") + " " + similarity;
    }
}
