package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.ExtractedArticle;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.ThemeHit;

class EntityArticlesTest {

    private static Mention actor(int start, String text, String canonical, String country) {
        return new Mention("text", start, start + text.length(), text, Mention.ACTOR, "PERSON", canonical, country,
                false, null, null, null);
    }

    private static Mention place(int start, String text, String canonical, String type, String country) {
        return new Mention("text", start, start + text.length(), text, Mention.LOCATION, type, canonical, country,
                text.endsWith("i"), null, 0.0, 0.0);
    }

    @Test
    void oneRowPerEntityCountingItsMentions() {
        ExtractedArticle a = new ExtractedArticle("a1", LocalDate.of(2024, 3, 19), List.of(
                actor(0, "Netanyahu", "Benjamin Netanyahu", null),
                place(20, "Israel", "Israel", "COUNTRY", "IL"),
                actor(30, "Benjamin Netanyahu", "Benjamin Netanyahu", "IL"),
                place(60, "Israeli", "Israel", "COUNTRY", "IL"),
                place(70, "Georgia", "Georgia", "ADMIN_REGION", "US"),
                place(80, "Georgia", "Georgia", "COUNTRY", "GE")),
                List.of(new ThemeHit("MILITARY", "CONFLICT_SECURITY", 4.0, List.of(new int[] {2, 11}, new int[] {2, 11}))));
        List<EntityArticle> rows = EntityArticles.rows("x Airstrike a", a);
        assertEquals(5, rows.size());
        EntityArticle bibi = rows.get(0);
        assertEquals("Benjamin Netanyahu", bibi.getEntity());
        assertEquals(2, bibi.getMentions());
        assertEquals("IL", bibi.getCountry());
        assertEquals(Map.of("Netanyahu", 1L, "Benjamin Netanyahu", 1L), bibi.getSurfaces());
        EntityArticle israel = rows.get(1);
        assertEquals(2, israel.getMentions());
        assertEquals(Map.of("Israel", 1L, "Israeli", 1L), israel.getSurfaces());
        assertEquals("Israel|COUNTRY|IL", israel.getKey());
        assertEquals("Georgia|ADMIN_REGION|US", rows.get(2).getKey());
        assertEquals("Georgia|COUNTRY|GE", rows.get(3).getKey());
        EntityArticle theme = rows.get(4);
        assertEquals(EntityArticles.THEME, theme.getKind());
        assertEquals("CONFLICT_SECURITY", theme.getType());
        assertEquals(2, theme.getMentions());
        assertEquals(Map.of("airstrike", 2L), theme.getSurfaces());
    }
}
