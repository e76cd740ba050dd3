package org.newstrends.extract.train;

import org.newstrends.extract.theme.ThemeCategory;
import org.newstrends.extract.theme.ThemeEvidence;

/**
 * One labelled article as the weight learner sees it: its theme evidence and the category of its label.
 *
 * @param set the labelled set it came from, e.g. {@code huffpost}
 * @param evidence the article's terms and actor cues with their credits
 * @param category the category its label maps to
 */
public record ThemeExample(String set, ThemeEvidence evidence, ThemeCategory category) { }
