package org.newstrends.aggregate;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The coverage of one entity in one period: its mentions, the articles naming it, the period's article count and
 * the share of the period's articles that name it. A Java bean for Spark.
 */
public class EntityPeriodCount implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDate periodStart;
    private String kind;
    private String key;
    private String entity;
    private String type;
    private String country;
    private long mentions;
    private long articles;
    private long periodArticles;
    private double share;
    private long uniqueArticles;
    private long periodUniqueArticles;
    private double uniqueShare;

    /** Empty bean for Spark's encoder. */
    public EntityPeriodCount() { }

    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
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
    public long getPeriodArticles() { return periodArticles; }
    public void setPeriodArticles(long periodArticles) { this.periodArticles = periodArticles; }
    public double getShare() { return share; }
    public void setShare(double share) { this.share = share; }
    /** The articles naming the entity, counting each duplicate cluster once. */
    public long getUniqueArticles() { return uniqueArticles; }
    public void setUniqueArticles(long uniqueArticles) { this.uniqueArticles = uniqueArticles; }
    /** The period's unique articles. */
    public long getPeriodUniqueArticles() { return periodUniqueArticles; }
    public void setPeriodUniqueArticles(long periodUniqueArticles) { this.periodUniqueArticles = periodUniqueArticles; }
    /** Unique articles / the period's unique articles. */
    public double getUniqueShare() { return uniqueShare; }
    public void setUniqueShare(double uniqueShare) { this.uniqueShare = uniqueShare; }
}
