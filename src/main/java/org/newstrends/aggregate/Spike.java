package org.newstrends.aggregate;

import java.io.Serializable;
import java.time.LocalDate;

/** A period in which an entity is named far more than in its own history (a row of spikes.csv, docs/measures.md, "Spikes"). A Java bean for Spark. */
public class Spike implements Serializable {
    private static final long serialVersionUID = 1L;

    private String kind;
    private String key;
    private String entity;
    private String type;
    private LocalDate periodStart;
    private long articles;
    private long uniqueArticles;
    private double expected;
    private double score;
    private String topSource;
    private double topSourceShare;
    private double duplicateShare;

    /** Empty bean for Spark's encoder. */
    public Spike() { }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getEntity() { return entity; }
    public void setEntity(String entity) { this.entity = entity; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public long getArticles() { return articles; }
    public void setArticles(long articles) { this.articles = articles; }
    public long getUniqueArticles() { return uniqueArticles; }
    public void setUniqueArticles(long uniqueArticles) { this.uniqueArticles = uniqueArticles; }
    /** The median of the entity's articles in the periods before. */
    public double getExpected() { return expected; }
    public void setExpected(double expected) { this.expected = expected; }
    /** The robust z-score of the period's articles. */
    public double getScore() { return score; }
    public void setScore(double score) { this.score = score; }
    public String getTopSource() { return topSource; }
    public void setTopSource(String topSource) { this.topSource = topSource; }
    public double getTopSourceShare() { return topSourceShare; }
    public void setTopSourceShare(double topSourceShare) { this.topSourceShare = topSourceShare; }
    public double getDuplicateShare() { return duplicateShare; }
    public void setDuplicateShare(double duplicateShare) { this.duplicateShare = duplicateShare; }
}
