package org.newstrends.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the tab-separated lexicon format and fails loudly on what it cannot read. */
class LexiconTableTest {

    @Test
    void commentsAndBlankLinesAreSkippedAndQuotesAreText() throws IOException {
        List<LexiconTable.Row> rows = LexiconTable.parse("names.tsv", new StringReader(
                "# header\n\nTR\tTurkey\t\"Türkiye\" is the official name\nCZ\tCzech Republic\n"), 2);
        assertEquals(2, rows.size());
        assertEquals("\"Türkiye\" is the official name", rows.get(0).get(2));
        assertEquals(3, rows.get(0).line());
        assertEquals("", rows.get(1).get(2));
        assertEquals(null, rows.get(1).orNull(2));
    }

    @Test
    void emptyColumnsAreKeptInPlace() throws IOException {
        LexiconTable.Row row = LexiconTable.parse("orgs.tsv", new StringReader("Hamas\t\tPS\n"), 1).get(0);
        assertEquals(List.of(), row.list(1));
        assertEquals("PS", row.get(2));
        assertEquals(List.of("UN", "U.N."), LexiconTable.parse("orgs.tsv", new StringReader("United Nations\tUN|U.N.\n"), 1)
                .get(0).list(1));
    }

    @Test
    void aLineWithTooFewColumnsNamesTheFileAndLine() {
        LexiconFormatException e = assertThrows(LexiconFormatException.class,
                () -> LexiconTable.parse("actor-cues.tsv", new StringReader("# cues\norg-head\tMinistry\nparticle\n"), 2));
        assertEquals("actor-cues.tsv:3: needs 2 tab-separated columns, has 1: particle", e.getMessage());
    }

    @Test
    void aMissingResourceFailsInsteadOfGivingAnEmptyLexicon() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LexiconTable.resource("no-such-lexicon.tsv", 1));
        assertTrue(e.getMessage().contains("/org/newstrends/lexicon/no-such-lexicon.tsv is missing"), e.getMessage());
    }

    @Test
    void everyShippedLexiconLoads() {
        assertTrue(Gazetteer.shared().size() > 30_000);
        assertTrue(FirstNames.shared().size() > 20_000);
        assertEquals(PlaceWords.Kind.WORD, PlaceWords.shared().kind("Nice"));
    }
}
