package org.newstrends.extract.eval;

import org.newstrends.extract.theme.ThemeCategory;

/**
 * One article of a labelled news set whose label maps to a theme category.
 *
 * @param id where the article came from: file and line, or file name
 * @param title the headline (may be empty)
 * @param text the body, or the short description where the set has no body
 * @param label the set's own label, e.g. {@code TECH} or {@code earn}
 * @param category the category that label maps to
 */
public record LabelledArticle(String id, String title, String text, String label, ThemeCategory category) { }
