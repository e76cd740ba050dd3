package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Watch query terms, phrase matching and the entity names a query matches, without Spark. */
class WatchTermsTest {
    @Test
    void quotedTermsArePhrasesOthersEntityNames() {
        WatchQuery q = WatchQuery.of("Gaza war", List.of("Gaza", " Hamas ", "\"ceasefire talks\""));
        assertEquals(List.of("gaza", "hamas"), q.entities());
        assertEquals(List.of("ceasefire talks"), q.phrases());
        assertThrows(IllegalArgumentException.class, () -> WatchQuery.of("x", List.of()));
        assertThrows(IllegalArgumentException.class, () -> WatchQuery.of("x", List.of("\"\"")));
    }

    @Test
    void phrasesMatchWholeWordsAcrossLineBreaks() {
        PhraseMatcher m = new PhraseMatcher("harbour strike", true);
        assertTrue(m.foundIn("as the Harbour\nstrike went on"));
        assertFalse(m.foundIn("the harbour strikes"));
        assertFalse(m.foundIn(null));
        assertEquals(2, new PhraseMatcher("Corvex", false).count("Corvex and Corvex, not corvex or Corvexes"));
    }

    @Test
    void entityTermsMatchCanonicalNamesAndWrittenForms() {
        EntityArticle row = new EntityArticle("a1", LocalDate.of(2024, 1, 1), "actor", "Benjamin Netanyahu",
                "Benjamin Netanyahu", "PERSON", "IL", 2, Map.of("Netanyahu", 2L));
        List<WatchQuery> queries = List.of(WatchQuery.of("canonical", List.of("benjamin netanyahu")),
                WatchQuery.of("written", List.of("Netanyahu")), WatchQuery.of("other", List.of("Gaza")));
        assertEquals(List.of("canonical", "written"),
                Watchlists.entityMatches(row, queries).stream().map(t -> t._2()).toList());
    }
}
