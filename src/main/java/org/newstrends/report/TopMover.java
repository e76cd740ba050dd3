package org.newstrends.report;

/**
 * A top entity whose share of articles changed between the last two periods with articles.
 *
 * @param kind           {@code actor}, {@code location} or {@code theme}
 * @param entity         the canonical name (for a theme: its code)
 * @param label          the entity's unique label, as in the pivot column names (name plus type when two top
 *                       entities share a name)
 * @param type           the entity type (for a theme: its category)
 * @param country        ISO 3166-1 alpha-2 code, or empty
 * @param previousPeriod the earlier of the two periods
 * @param period         the last period with articles
 * @param previousShare  share of {@code previousPeriod}'s articles mentioning the entity
 * @param share          share of {@code period}'s articles mentioning the entity
 */
public record TopMover(String kind, String entity, String label, String type, String country, String previousPeriod,
                       String period, double previousShare, double share) {

    /** {@code share - previousShare}: positive when rising. */
    public double change() {
        return share - previousShare;
    }

    /** {@code rising} or {@code falling}. */
    public String direction() {
        return change() > 0 ? "rising" : "falling";
    }
}
