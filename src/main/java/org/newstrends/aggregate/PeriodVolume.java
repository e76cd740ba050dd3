package org.newstrends.aggregate;

import java.io.Serializable;
import java.time.LocalDate;

/** How many articles a period holds; a Java bean for Spark. */
public class PeriodVolume implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDate periodStart;
    private long articles;
    private long uniqueArticles;
    private long duplicateArticles;
    private boolean partial;

    /** Empty bean for Spark's encoder. */
    public PeriodVolume() { }

    /** The volume of the period starting on {@code periodStart}. */
    public PeriodVolume(LocalDate periodStart, long articles) {
        this.periodStart = periodStart;
        this.articles = articles;
        this.uniqueArticles = articles;
    }

    /** The volume of a period with {@code uniqueArticles} of its {@code articles} kept by unique counts. */
    public PeriodVolume(LocalDate periodStart, long articles, long uniqueArticles, boolean partial) {
        this.periodStart = periodStart;
        this.articles = articles;
        this.uniqueArticles = uniqueArticles;
        this.duplicateArticles = articles - uniqueArticles;
        this.partial = partial;
    }

    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public long getArticles() { return articles; }
    public void setArticles(long articles) { this.articles = articles; }
    /** The period's articles counting each duplicate cluster once. */
    public long getUniqueArticles() { return uniqueArticles; }
    public void setUniqueArticles(long uniqueArticles) { this.uniqueArticles = uniqueArticles; }
    /** The copies that unique counts leave out: articles minus unique articles. */
    public long getDuplicateArticles() { return duplicateArticles; }
    public void setDuplicateArticles(long duplicateArticles) { this.duplicateArticles = duplicateArticles; }
    /** True when the data covers only part of the period (docs/measures.md, "Partial periods"). */
    public boolean isPartial() { return partial; }
    public void setPartial(boolean partial) { this.partial = partial; }
}
