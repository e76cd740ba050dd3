package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newstrends.ingest.Article;

class AliasTableTest {
    private static final String TABLE = """
            kind,alias,canonical,type,country
            # merge two spellings, rename one, add an organisation the lexicons do not know
            actor,Volodymyr Zelenskyy,Volodymyr Zelensky
            location,Kiev,Kyiv,CITY,UA
            actor,Corvex,Corvex Systems,ORGANIZATION,US
            """;

    @Test
    void parsesMergesRenamesAndAddedEntities() {
        AliasTable t = AliasTable.parse(TABLE, "aliases.csv");
        assertEquals(3, t.entries().size());
        assertEquals("Volodymyr Zelensky", t.lookup("actor", "volodymyr zelenskyy").canonical());
        assertNull(t.lookup("location", "Volodymyr Zelenskyy"));
        assertTrue(t.lookup("actor", "Corvex").addsEntity());
    }

    @Test
    void badLinesSayWhichLineAndWhatToFix() {
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> AliasTable.parse("person,A,B\n", "a.csv"));
        assertEquals("a.csv line 1: kind must be actor, location or theme (got 'person')", kind.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> AliasTable.parse("actor,A,B\nactor,a,C\n", "a.csv"));
        assertTrue(twice.getMessage().startsWith("a.csv line 2: actor 'a' is already an alias of 'B'"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AliasTable.parse("actor,A\n", "a.csv"));
        assertThrows(IllegalArgumentException.class, () -> AliasTable.parse("location,A,B,CITY,USA\n", "a.csv"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> AliasTable.load(java.nio.file.Path.of("no/such/aliases.csv")));
        assertTrue(missing.getMessage().contains("fix the path in 'aliases'"));
    }

    @Test
    void renamesByCanonicalNameAndKeysLocationsByTheirNewTypeAndCountry() {
        AliasTable t = AliasTable.parse(TABLE, "aliases.csv");
        EntityArticle kiev = new EntityArticle("a1", LocalDate.of(2024, 1, 1), "location", "Kiev|CITY|", "Kiev",
                "CITY", null, 2, Map.of("Kiev", 2L));
        EntityArticle renamed = Aliases.renamed(kiev, t);
        assertEquals("Kyiv", renamed.getEntity());
        assertEquals("Kyiv|CITY|UA", renamed.getKey());
        assertEquals(Map.of("Kiev", 2L), renamed.getSurfaces());
        EntityArticle other = new EntityArticle("a1", LocalDate.of(2024, 1, 1), "actor", "Ivo Brand", "Ivo Brand",
                "PERSON", null, 1);
        assertEquals("Ivo Brand", Aliases.renamed(other, t).getEntity());
    }

    @Test
    void addedEntitiesAreFoundAsPhrasesWithTheirCase() {
        AliasTable t = AliasTable.parse(TABLE, "aliases.csv");
        Article a = new Article("a1", LocalDate.of(2024, 1, 1), "wire", "Corvex shares fall",
                "Corvex said on Monday that corvex-branded chips, not Corvexes, ship late.", null);
        List<EntityArticle> rows = Aliases.phraseRows(a, t.entries().stream().filter(AliasTable.Entry::addsEntity).toList());
        assertEquals(1, rows.size(), "the Kiev line adds an entity too, but Kiev is not in the text: " + rows);
        assertEquals("Corvex Systems", rows.get(0).getEntity());
        assertEquals("US", rows.get(0).getCountry());
        assertEquals(2, rows.get(0).getMentions(), "title and text, not corvex-branded nor Corvexes");
        assertEquals(Map.of("Corvex", 2L), rows.get(0).getSurfaces());
    }
}
