package org.newstrends.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How often one entity (actor, location or theme) appeared in one period.
 *
 * @param period         the period label
 * @param periodStart    the first day of the period
 * @param kind           {@code actor}, {@code location} or {@code theme}
 * @param entity         the canonical name (for a theme: its code)
 * @param type           the entity type, e.g. {@code PERSON} or {@code CITY} (for a theme: its category)
 * @param country        ISO 3166-1 alpha-2 code, or null/empty when none applies
 * @param mentions       mentions of the entity in the period's articles
 * @param articles       articles of the period that mention the entity
 * @param periodArticles all articles of the period
 * @param share          {@code articles / periodArticles}, 0 when the period has no articles
 * @param uniqueArticles articles of the period that mention the entity, each duplicate cluster counted once
 */
public record EntityPeriodRow(String period, LocalDate periodStart, String kind, String entity, String type,
                              String country, long mentions, long articles, long periodArticles, double share,
                              long uniqueArticles)
        implements Serializable {

    /** A row whose unique articles are its articles (no duplicates removed). */
    public EntityPeriodRow(String period, LocalDate periodStart, String kind, String entity, String type,
                           String country, long mentions, long articles, long periodArticles, double share) {
        this(period, periodStart, kind, entity, type, country, mentions, articles, periodArticles, share, articles);
    }

    /** Checks the required fields. */
    public EntityPeriodRow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entity, "entity");
    }
}
