package org.newstrends.aggregate;

import java.io.Serializable;
import java.time.LocalDate;

/** One source over the whole collection: its articles, unique articles and first and last dates (a row of sources.csv). A Java bean for Spark. */
public class SourceTotal implements Serializable {
    private static final long serialVersionUID = 1L;

    private String source;
    private long articles;
    private long uniqueArticles;
    private LocalDate firstDate;
    private LocalDate lastDate;

    /** Empty bean for Spark's encoder. */
    public SourceTotal() { }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public long getArticles() { return articles; }
    public void setArticles(long articles) { this.articles = articles; }
    public long getUniqueArticles() { return uniqueArticles; }
    public void setUniqueArticles(long uniqueArticles) { this.uniqueArticles = uniqueArticles; }
    public LocalDate getFirstDate() { return firstDate; }
    public void setFirstDate(LocalDate firstDate) { this.firstDate = firstDate; }
    public LocalDate getLastDate() { return lastDate; }
    public void setLastDate(LocalDate lastDate) { this.lastDate = lastDate; }
}
