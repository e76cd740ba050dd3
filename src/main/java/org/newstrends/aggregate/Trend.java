package org.newstrends.aggregate;

import java.io.Serializable;
import java.time.LocalDate;

/** One entity's change between the previous and the current window (a row of trends.csv, docs/measures.md, "Trends"). A Java bean for Spark. */
public class Trend implements Serializable {
    private static final long serialVersionUID = 1L;

    private String kind;
    private String key;
    private String entity;
    private String type;
    private LocalDate previousFrom;
    private LocalDate previousTo;
    private LocalDate currentFrom;
    private LocalDate currentTo;
    private long previousArticles;
    private long currentArticles;
    private double previousShare;
    private double currentShare;
    private double change;
    private double score;
    private String direction;

    /** Empty bean for Spark's encoder. */
    public Trend() { }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getEntity() { return entity; }
    public void setEntity(String entity) { this.entity = entity; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public LocalDate getPreviousFrom() { return previousFrom; }
    public void setPreviousFrom(LocalDate previousFrom) { this.previousFrom = previousFrom; }
    public LocalDate getPreviousTo() { return previousTo; }
    public void setPreviousTo(LocalDate previousTo) { this.previousTo = previousTo; }
    public LocalDate getCurrentFrom() { return currentFrom; }
    public void setCurrentFrom(LocalDate currentFrom) { this.currentFrom = currentFrom; }
    public LocalDate getCurrentTo() { return currentTo; }
    public void setCurrentTo(LocalDate currentTo) { this.currentTo = currentTo; }
    public long getPreviousArticles() { return previousArticles; }
    public void setPreviousArticles(long previousArticles) { this.previousArticles = previousArticles; }
    public long getCurrentArticles() { return currentArticles; }
    public void setCurrentArticles(long currentArticles) { this.currentArticles = currentArticles; }
    public double getPreviousShare() { return previousShare; }
    public void setPreviousShare(double previousShare) { this.previousShare = previousShare; }
    public double getCurrentShare() { return currentShare; }
    public void setCurrentShare(double currentShare) { this.currentShare = currentShare; }
    public double getChange() { return change; }
    public void setChange(double change) { this.change = change; }
    /** Dunning's log-likelihood ratio G2 of the two windows' unique article counts. */
    public double getScore() { return score; }
    public void setScore(double score) { this.score = score; }
    /** rising or falling. */
    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }
}
