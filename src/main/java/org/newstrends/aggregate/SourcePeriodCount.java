package org.newstrends.aggregate;

import java.io.Serializable;
import java.time.LocalDate;

/** One source in one period: its articles, unique articles, the period's articles and its share of them (a row of source_period_counts.csv). A Java bean for Spark. */
public class SourcePeriodCount implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDate periodStart;
    private String source;
    private long articles;
    private long uniqueArticles;
    private long periodArticles;
    private double share;

    /** Empty bean for Spark's encoder. */
    public SourcePeriodCount() { }

    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public long getArticles() { return articles; }
    public void setArticles(long articles) { this.articles = articles; }
    public long getUniqueArticles() { return uniqueArticles; }
    public void setUniqueArticles(long uniqueArticles) { this.uniqueArticles = uniqueArticles; }
    public long getPeriodArticles() { return periodArticles; }
    public void setPeriodArticles(long periodArticles) { this.periodArticles = periodArticles; }
    public double getShare() { return share; }
    public void setShare(double share) { this.share = share; }
}
