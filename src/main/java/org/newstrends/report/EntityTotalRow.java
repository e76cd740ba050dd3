package org.newstrends.report;

import java.io.Serializable;
import java.util.Objects;

/**
 * One line of the overall ranking of a kind: rank 1 is the entity mentioned in most articles
 * (ties broken by mentions, then by entity name).
 *
 * @param kind     {@code actor}, {@code location} or {@code theme}
 * @param rank     1-based rank within the kind
 * @param entity   the canonical name (for a theme: its code)
 * @param type     the entity type (for a theme: its category)
 * @param country  ISO 3166-1 alpha-2 code, or null/empty when none applies
 * @param mentions mentions over the whole range
 * @param articles articles mentioning the entity over the whole range
 * @param share    {@code articles / all articles}
 * @param uniqueArticles articles naming the entity that unique counts keep
 * @param latitude  decimal degrees of a location the gazetteer places, else null
 * @param longitude decimal degrees of a location the gazetteer places, else null
 */
public record EntityTotalRow(String kind, int rank, String entity, String type, String country,
                             long mentions, long articles, double share, long uniqueArticles, Double latitude,
                             Double longitude) implements Serializable {

    /** A row of a collection without copies: unique articles equal articles; no coordinates. */
    public EntityTotalRow(String kind, int rank, String entity, String type, String country, long mentions,
                          long articles, double share) {
        this(kind, rank, entity, type, country, mentions, articles, share, articles, null, null);
    }

    /** A row without coordinates. */
    public EntityTotalRow(String kind, int rank, String entity, String type, String country, long mentions,
                          long articles, double share, long uniqueArticles) {
        this(kind, rank, entity, type, country, mentions, articles, share, uniqueArticles, null, null);
    }

    /** A row of a collection without copies, with coordinates. */
    public EntityTotalRow(String kind, int rank, String entity, String type, String country, long mentions,
                          long articles, double share, Double latitude, Double longitude) {
        this(kind, rank, entity, type, country, mentions, articles, share, articles, latitude, longitude);
    }

    /** This row placed at {@code latitude}, {@code longitude} (null: not placed). */
    public EntityTotalRow at(Double latitude, Double longitude) {
        return new EntityTotalRow(kind, rank, entity, type, country, mentions, articles, share, uniqueArticles,
                latitude, longitude);
    }

    /** Checks the required fields. */
    public EntityTotalRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entity, "entity");
    }
}
