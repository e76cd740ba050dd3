package org.newstrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.ThemeHit;
import org.newstrends.extract.theme.DominantCategory;
import org.newstrends.extract.theme.ThemeCategory;
import org.newstrends.ingest.Article;

/**
 * The dominant category of whole articles as an editor would file them. The stories are written for this test in
 * the manner of British news of 2004-05: a politics story full of school words, and a story about online music.
 */
class ArticleThemesTest {

    static final String SCHOOLS_TITLE = "Blair promises smaller classes";
    static final String SCHOOLS_TEXT = "Prime Minister Tony Blair has promised to cut class sizes in primary schools if Labour "
            + "wins the general election. He told teachers in Birmingham that his party would spend more on education. "
            + "Conservative leader Michael Howard said Mr Blair had broken his promises on schools and that the Tories "
            + "would give head teachers more power. Liberal Democrat spokesman Phil Willis said pupils needed more than "
            + "promises. Mr Blair said the plans would be set out in Labour's manifesto next month.";

    static final String MUSIC_TITLE = "Online music sales soar";
    static final String MUSIC_TEXT = "Apple has sold more than 250 million songs through its iTunes online music store, the "
            + "firm said. The service lets users download tracks to their iPod players for 79p each. Rivals Napster and "
            + "Sony Connect have struggled to match its success. The music industry has pushed legal download services as "
            + "an alternative to file-sharing networks such as Kazaa. Analysts said digital music sales would overtake CD "
            + "singles this year.";

    private static ExtractedArticle extract(String title, String text) {
        return ArticleExtractor.forMethod(ArticleExtractor.TAGGER)
                .extract(new Article("s1", LocalDate.of(2005, 2, 10), "test", title, text, null));
    }

    @Test
    void aPoliticsStoryAboutSchoolsIsPolitics() {
        ExtractedArticle article = extract(SCHOOLS_TITLE, SCHOOLS_TEXT);
        assertEquals(Optional.of(ThemeCategory.POLITICS), DominantCategory.of(article.themes()), article.themes().toString());
        assertTrue(article.themes().stream().anyMatch(t -> t.theme().equals("EDUCATION")), "schools are still a theme");
        ThemeHit government = article.themes().stream().filter(t -> t.theme().equals("GOVERNMENT")).findFirst().orElseThrow();
        List<String> evidence = government.evidence().stream().map(e -> SCHOOLS_TEXT.substring(e[0], e[1])).toList();
        assertTrue(evidence.contains("Tony Blair") && evidence.contains("Labour"), "people and parties are evidence: " + evidence);
    }

    @Test
    void aStoryAboutOnlineMusicIsTechnology() {
        ExtractedArticle article = extract(MUSIC_TITLE, MUSIC_TEXT);
        assertEquals(Optional.of(ThemeCategory.SCIENCE_TECH), DominantCategory.of(article.themes()), article.themes().toString());
        assertTrue(article.themes().stream().anyMatch(t -> t.theme().equals("MUSIC")), "music is still a theme");
        ThemeHit tech = article.themes().stream().filter(t -> t.theme().equals("TECH_INDUSTRY")).findFirst().orElseThrow();
        List<String> evidence = tech.evidence().stream().map(e -> MUSIC_TEXT.substring(e[0], e[1]).toLowerCase()).toList();
        assertTrue(evidence.containsAll(List.of("itunes", "online music", "download", "file-sharing", "digital music")),
                evidence.toString());
        assertFalse(evidence.contains("music"), "music inside 'online music' counts once, for technology");
    }

    @Test
    void everyEvidenceSpanLiesInsideTheTextAndIsInTextOrder() {
        for (String[] story : List.of(new String[] {SCHOOLS_TITLE, SCHOOLS_TEXT}, new String[] {MUSIC_TITLE, MUSIC_TEXT})) {
            for (ThemeHit hit : extract(story[0], story[1]).themes()) {
                int previous = -1;
                for (int[] span : hit.evidence()) {
                    assertTrue(span[0] >= previous && span[0] < span[1] && span[1] <= story[1].length(), hit.theme());
                    previous = span[0];
                }
            }
        }
    }
}
