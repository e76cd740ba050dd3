package org.newstrends.aggregate;

import java.io.Serializable;

/**
 * How an entity is shown and described over the whole collection: its label (the canonical name, with the
 * country added where two locations share a name), and its most frequent type and country. A Java bean for Spark.
 */
public class EntityLabel implements Serializable {
    private static final long serialVersionUID = 1L;

    private String kind;
    private String key;
    private String entity;
    private String type;
    private String country;

    /** Empty bean for Spark's encoder. */
    public EntityLabel() { }

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
}
