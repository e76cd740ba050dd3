package org.newstrends.extract.text;

import java.util.List;

/**
 * A theme an article carries: its score reached the theme's threshold.
 *
 * @param theme theme code, e.g. {@code MILITARY}
 * @param category one of the fixed categories of DESIGN.md, e.g. {@code CONFLICT_SECURITY}
 * @param score the summed weight of the matched terms
 * @param evidence {@code [start, end)} offsets (end exclusive) into the article's {@code text} of each matched term
 */
public record ThemeHit(String theme, String category, double score, List<int[]> evidence) { }
