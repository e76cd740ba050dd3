package org.newstrends.aggregate;

import java.io.Serializable;

/** One entity in one source: the source's articles naming it, all the source's articles and the share (a row of entity_source_counts.csv). A Java bean for Spark. */
public class EntitySourceCount implements Serializable {
    private static final long serialVersionUID = 1L;

    private String kind;
    private String key;
    private String entity;
    private String type;
    private String source;
    private long articles;
    private long sourceArticles;
    private double share;

    /** Empty bean for Spark's encoder. */
    public EntitySourceCount() { }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getEntity() { return entity; }
    public void setEntity(String entity) { this.entity = entity; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public long getArticles() { return articles; }
    public void setArticles(long articles) { this.articles = articles; }
    public long getSourceArticles() { return sourceArticles; }
    public void setSourceArticles(long sourceArticles) { this.sourceArticles = sourceArticles; }
    public double getShare() { return share; }
    public void setShare(double share) { this.share = share; }
}
