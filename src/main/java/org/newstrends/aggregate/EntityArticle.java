package org.newstrends.aggregate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entity (actor, location or theme) in one article, with how often the article names it: the row that
 * every count is made from. {@code key} tells entities apart: the canonical name for actors and themes; name,
 * type and country for locations ("Georgia" the country and the US state are two). The written forms merged into
 * the entity are kept as evidence of alias merging. A Java bean for Spark.
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
    private Map<String, Long> surfaces;
    private String source;
    private boolean kept = true;

    /** Empty bean for Spark's encoder. */
    public EntityArticle() { }

    /** A row with every field given but the surface forms; {@code country} may be null. */
    public EntityArticle(String articleId, LocalDate date, String kind, String key, String entity, String type,
                         String country, long mentions) {
        this(articleId, date, kind, key, entity, type, country, mentions, new TreeMap<>());
    }

    /** A row with every field given; {@code surfaces} counts the mentions per written form. */
    public EntityArticle(String articleId, LocalDate date, String kind, String key, String entity, String type,
                         String country, long mentions, Map<String, Long> surfaces) {
        this.articleId = articleId;
        this.date = date;
        this.kind = kind;
        this.key = key;
        this.entity = entity;
        this.type = type;
        this.country = country;
        this.mentions = mentions;
        this.surfaces = surfaces;
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
    /** How often each written form of the entity occurs in the article ("Netanyahu": 2, "Benjamin Netanyahu": 1). */
    public Map<String, Long> getSurfaces() { return surfaces; }
    public void setSurfaces(Map<String, Long> surfaces) { this.surfaces = surfaces; }

    /** The article's source (null until known). */
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    /** False when the article is a copy that unique counts leave out (true until duplicates are known). */
    public boolean isKept() { return kept; }
    public void setKept(boolean kept) { this.kept = kept; }

    @Override
    public String toString() {
        return articleId + " " + date + " " + kind + " " + key + " " + type + " " + country + " x" + mentions;
    }
}
