package org.newstrends.extract.eval;

import java.util.List;
import java.util.SortedMap;

/**
 * The articles read from one labelled news set, and what was left out of it: every record read is either an
 * article or counted here.
 *
 * @param name the set's name, e.g. {@code huffpost}
 * @param source where it was read from
 * @param articles the articles whose label maps to a category, in reading order
 * @param noCounterpart per label with no counterpart category, the records left out
 * @param unknownLabels per label the mapping does not list, the records left out
 * @param unlabelled records without any label
 * @param unreadable records that could not be read (invalid JSON, no text), each with its position and reason
 */
public record LabelledSet(String name, String source, List<LabelledArticle> articles,
                          SortedMap<String, Integer> noCounterpart, SortedMap<String, Integer> unknownLabels,
                          int unlabelled, List<String> unreadable) {

    /** Every record read: articles plus every record left out. */
    public int recordsRead() {
        return articles.size() + sum(noCounterpart) + sum(unknownLabels) + unlabelled + unreadable.size();
    }

    private static int sum(SortedMap<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
