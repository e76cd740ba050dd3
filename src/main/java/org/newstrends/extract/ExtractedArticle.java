package org.newstrends.extract;

import java.time.LocalDate;
import java.util.List;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.ThemeHit;

/**
 * What extraction found in one article: its mentions (in field then offset order), its themes and its focus
 * countries (heaviest first).
 *
 * @param id the article's id
 * @param date the article's date
 * @param mentions actors and locations, title first, each field in offset order
 * @param themes the themes it carries, by theme code
 * @param countries the countries it is about, heaviest first (ties by code)
 */
public record ExtractedArticle(String id, LocalDate date, List<Mention> mentions, List<ThemeHit> themes,
                               List<CountryWeight> countries) {

    /** An extracted article without focus countries (a caller that has only mentions and themes). */
    public ExtractedArticle(String id, LocalDate date, List<Mention> mentions, List<ThemeHit> themes) {
        this(id, date, mentions, themes, List.of());
    }
}
