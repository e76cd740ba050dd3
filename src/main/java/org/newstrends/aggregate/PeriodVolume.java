package org.newstrends.aggregate;

import java.io.Serializable;
import java.time.LocalDate;

/** How many articles a period holds; a Java bean for Spark. */
public class PeriodVolume implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDate periodStart;
    private long articles;

    /** Empty bean for Spark's encoder. */
    public PeriodVolume() { }

    /** The volume of the period starting on {@code periodStart}. */
    public PeriodVolume(LocalDate periodStart, long articles) {
        this.periodStart = periodStart;
        this.articles = articles;
    }

    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public long getArticles() { return articles; }
    public void setArticles(long articles) { this.articles = articles; }
}
