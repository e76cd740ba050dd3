package org.newstrends.aggregate;

import java.io.Serializable;
import java.time.LocalDate;

/** One watch query in one period: matching articles, unique ones, the period's articles and the shares (a row of watchlist_period_counts.csv). A Java bean for Spark. */
public class WatchPeriodCount implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDate periodStart;
    private String query;
    private long articles;
    private long uniqueArticles;
    private long periodArticles;
    private double share;
    private long periodUniqueArticles;
    private double uniqueShare;

    /** Empty bean for Spark's encoder. */
    public WatchPeriodCount() { }

    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public long getArticles() { return articles; }
    public void setArticles(long articles) { this.articles = articles; }
    public long getUniqueArticles() { return uniqueArticles; }
    public void setUniqueArticles(long uniqueArticles) { this.uniqueArticles = uniqueArticles; }
    public long getPeriodArticles() { return periodArticles; }
    public void setPeriodArticles(long periodArticles) { this.periodArticles = periodArticles; }
    public double getShare() { return share; }
    public void setShare(double share) { this.share = share; }
    public long getPeriodUniqueArticles() { return periodUniqueArticles; }
    public void setPeriodUniqueArticles(long periodUniqueArticles) { this.periodUniqueArticles = periodUniqueArticles; }
    public double getUniqueShare() { return uniqueShare; }
    public void setUniqueShare(double uniqueShare) { this.uniqueShare = uniqueShare; }
}
