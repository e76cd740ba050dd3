package org.newstrends.extract.theme;

import java.util.List;

/**
 * One weighted term of a theme as written in the taxonomy: its words, each with the inflected forms it
 * matches, and the line it came from.
 *
 * @param themeIndex position of the theme in {@link ThemeTaxonomy#themes()}
 * @param weight added to the theme's score per occurrence; negative weights lower it
 * @param text the term as written (markers removed), for messages and docs
 * @param wordForms for each word of the term, the lower-case surface forms that match it
 * @param line the line of the taxonomy file
 */
record ThemeTerm(int themeIndex, double weight, String text, List<List<String>> wordForms, int line) { }
