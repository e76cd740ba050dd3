package org.newstrends.aggregate;

import java.io.Serializable;

/**
 * The coverage of one entity over the whole collection and its rank within its kind (1 = named in the most
 * articles; ties by mentions, then name). A Java bean for Spark.
 */
public class EntityTotal implements Serializable {
    private static final long serialVersionUID = 1L;

    private String kind;
    private int rank;
    private String key;
    private String entity;
    private String type;
    private String country;
    private long mentions;
    private long articles;
    private double share;
    private long uniqueArticles;

    /** Empty bean for Spark's encoder. */
    public EntityTotal() { }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public int getRank() { return rank; }
    public void setRank(int rank) { this.rank = rank; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getEntity() { return entity; }
    public void setEntity(String entity) { this.entity = entity; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public long getMentions() { return mentions; }
    public void setMentions(long mentions) { this.mentions = mentions; }
    public long getArticles() { return articles; }
    public void setArticles(long articles) { this.articles = articles; }
    public double getShare() { return share; }
    public void setShare(double share) { this.share = share; }
    /** The articles naming the entity, counting each duplicate cluster once. */
    public long getUniqueArticles() { return uniqueArticles; }
    public void setUniqueArticles(long uniqueArticles) { this.uniqueArticles = uniqueArticles; }
}
