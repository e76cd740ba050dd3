package org.newstrends.extract;

import java.time.LocalDate;
import java.util.List;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.ThemeHit;

/**
 * What extraction found in one article: its mentions (in field then offset order) and its themes.
 */
public record ExtractedArticle(String id, LocalDate date, List<Mention> mentions, List<ThemeHit> themes) { }
