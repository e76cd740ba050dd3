package org.newstrends.report;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The row types of the analysis tables (duplicates, sources, trends, spikes, co-occurrence, watchlists, variants),
 * one record each, as {@link Tables} declares their columns. Shares are fractions of the denominator in the same
 * row; see docs/measures.md for every measure.
 */
public final class AnalysisRows {
    private AnalysisRows() { }

    /** One member of a cluster of copies; {@code kept} for the article unique counts keep. */
    public record ClusterRow(String cluster, String articleId, String input, LocalDate date, String source,
                             String title, double similarity, boolean kept) implements Serializable { }

    /** One source over the whole range. */
    public record SourceRow(String source, long articles, long uniqueArticles, LocalDate firstDate,
                            LocalDate lastDate) implements Serializable { }

    /** One source in one period, with the period's articles. */
    public record SourcePeriodRow(String period, LocalDate periodStart, String source, long articles,
                                  long uniqueArticles, long periodArticles, double share) implements Serializable { }

    /** The articles of one source naming one entity, with the source's articles. */
    public record EntitySourceRow(String kind, String entity, String type, String source, long articles,
                                  long sourceArticles, double share) implements Serializable { }

    /** One entity's unique articles in the current window against the window before it. */
    public record TrendRow(String kind, String entity, String type, LocalDate previousFrom, LocalDate previousTo,
                           LocalDate currentFrom, LocalDate currentTo, long previousArticles, long currentArticles,
                           double previousShare, double currentShare, double change, double score, String direction)
            implements Serializable { }

    /** A period far above an entity's own history, with its top source and its copies. */
    public record SpikeRow(String kind, String entity, String type, String period, LocalDate periodStart,
                           long articles, double expected, double score, String topSource, double topSourceShare,
                           double duplicateShare, long uniqueArticles) implements Serializable { }

    /** Two top entities named in the same articles. */
    public record CooccurrenceRow(String kindA, String entityA, String kindB, String entityB, long articles,
                                  long articlesA, long articlesB, double lift, double pmi, long uniqueArticles)
            implements Serializable { }

    /** One watch query in one period. */
    public record WatchRow(String period, LocalDate periodStart, String query, long articles, long uniqueArticles,
                           long periodArticles, double share, long periodUniqueArticles, double uniqueShare)
            implements Serializable { }

    /** Two frequent names that look like variants of each other: {@code entity} is the more frequent. */
    public record VariantRow(String kind, String entity, String variant, long entityArticles, long variantArticles,
                             String reason) implements Serializable { }
}
