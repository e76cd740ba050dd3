package org.newstrends.aggregate;

import java.io.Serializable;

/** Two top entities named in the same articles (a row of cooccurrence.csv, docs/measures.md, "Co-occurrence"). A Java bean for Spark. */
public class Cooccurrence implements Serializable {
    private static final long serialVersionUID = 1L;

    private String kindA;
    private String keyA;
    private String entityA;
    private String kindB;
    private String keyB;
    private String entityB;
    private long articles;
    private long uniqueArticles;
    private long articlesA;
    private long articlesB;
    private double lift;
    private double pmi;

    /** Empty bean for Spark's encoder. */
    public Cooccurrence() { }

    public String getKindA() { return kindA; }
    public void setKindA(String kindA) { this.kindA = kindA; }
    public String getKeyA() { return keyA; }
    public void setKeyA(String keyA) { this.keyA = keyA; }
    public String getEntityA() { return entityA; }
    public void setEntityA(String entityA) { this.entityA = entityA; }
    public String getKindB() { return kindB; }
    public void setKindB(String kindB) { this.kindB = kindB; }
    public String getKeyB() { return keyB; }
    public void setKeyB(String keyB) { this.keyB = keyB; }
    public String getEntityB() { return entityB; }
    public void setEntityB(String entityB) { this.entityB = entityB; }
    public long getArticles() { return articles; }
    public void setArticles(long articles) { this.articles = articles; }
    public long getUniqueArticles() { return uniqueArticles; }
    public void setUniqueArticles(long uniqueArticles) { this.uniqueArticles = uniqueArticles; }
    public long getArticlesA() { return articlesA; }
    public void setArticlesA(long articlesA) { this.articlesA = articlesA; }
    public long getArticlesB() { return articlesB; }
    public void setArticlesB(long articlesB) { this.articlesB = articlesB; }
    public double getLift() { return lift; }
    public void setLift(double lift) { this.lift = lift; }
    public double getPmi() { return pmi; }
    public void setPmi(double pmi) { this.pmi = pmi; }
}
