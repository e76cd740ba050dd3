package org.newstrends.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@code watch} query of the job: a name and the terms of which any one makes an article match. A term in
 * double quotes ({@code "ceasefire talks"}) is a phrase, found in the title or text; any other term is an entity
 * name, matched (ignoring case) against the canonical names and written forms of the article's entities.
 *
 * @param name the query's name, as watchlist_period_counts.csv shows it
 * @param entities the entity-name terms, lower-cased
 * @param phrases the phrase terms, without their quotes
 */
public record WatchQuery(String name, List<String> entities, List<String> phrases) implements Serializable {

    /** Checks the parts and copies the lists. */
    public WatchQuery {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a watch query needs a name");
        entities = List.copyOf(entities);
        phrases = List.copyOf(phrases);
        if (entities.isEmpty() && phrases.isEmpty()) {
            throw new IllegalArgumentException("watch query '" + name + "' has no terms: give 'any: [...]'");
        }
    }

    /** The query {@code name} over {@code terms} as the job spec writes them. */
    public static WatchQuery of(String name, List<String> terms) {
        List<String> entities = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (String raw : terms) {
            String t = raw == null ? "" : raw.strip();
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                String phrase = t.substring(1, t.length() - 1).strip();
                if (phrase.isEmpty()) throw new IllegalArgumentException("watch query '" + name + "' has an empty phrase \"\"");
                phrases.add(phrase);
            } else if (!t.isEmpty()) {
                entities.add(t.toLowerCase(Locale.ROOT));
            } else {
                throw new IllegalArgumentException("watch query '" + name + "' has an empty term");
            }
        }
        return new WatchQuery(name.strip(), entities, phrases);
    }
}
