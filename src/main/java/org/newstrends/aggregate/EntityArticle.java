package org.newstrends.aggregate;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One entity (actor, location or theme) in one article, with how often the article names it: the row that
 * every count is made from. {@code key} tells entities apart: the canonical name for actors and themes; name,
 * type and country for locations ("Georgia" the country and the US state are two). A Java bean for Spark.
 */
public class EntityArticle implements Serializable {
    private static final long serialVersionUID = 1L;

    private String articleId;
    private LocalDate date;
    private String kind;
    private String key;
    private String entity;
    private String type;
    private String country;
    private long mentions;

    /** Empty bean for Spark's encoder. */
    public EntityArticle() { }

    /** A row with every field given; {@code country} may be null. */
    public EntityArticle(String articleId, LocalDate date, String kind, String key, String entity, String type,
                         String country, long mentions) {
        this.articleId = articleId;
        this.date = date;
        this.kind = kind;
        this.key = key;
        this.entity = entity;
        this.type = type;
        this.country = country;
        this.mentions = mentions;
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
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

    @Override
    public String toString() {
        return articleId + " " + date + " " + kind + " " + key + " " + type + " " + country + " x" + mentions;
    }
}
