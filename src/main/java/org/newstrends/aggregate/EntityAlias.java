package org.newstrends.aggregate;

import java.io.Serializable;

/**
 * One written form of a top entity over the whole collection: the evidence of what was merged into it
 * ("Netanyahu" and "Mr. Netanyahu" into "Benjamin Netanyahu"; "airstrike" into a theme). A Java bean for Spark.
 */
public class EntityAlias implements Serializable {
    private static final long serialVersionUID = 1L;

    private String kind;
    private int rank;
    private String entity;
    private String alias;
    private long mentions;
    private long articles;

    /** Empty bean for Spark's encoder. */
    public EntityAlias() { }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    /** The entity's rank in its kind, so aliases list in the order of the top lists. */
    public int getRank() { return rank; }
    public void setRank(int rank) { this.rank = rank; }
    public String getEntity() { return entity; }
    public void setEntity(String entity) { this.entity = entity; }
    public String getAlias() { return alias; }
    public void setAlias(String alias) { this.alias = alias; }
    public long getMentions() { return mentions; }
    public void setMentions(long mentions) { this.mentions = mentions; }
    public long getArticles() { return articles; }
    public void setArticles(long articles) { this.articles = articles; }
}
