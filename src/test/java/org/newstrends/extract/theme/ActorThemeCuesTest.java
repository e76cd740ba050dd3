package org.newstrends.extract.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.lexicon.LexiconFormatException;

class ActorThemeCuesTest {

    @Test
    void everyShippedCueNamesAThemeOfTheShippedTaxonomy() {
        Set<String> codes = ThemeTaxonomy.fromResource().themes().stream().map(ThemeDefinition::code).collect(Collectors.toSet());
        ActorThemeCues cues = ActorThemeCues.fromResource();
        assertTrue(cues.cues().size() > 400, "cues: " + cues.cues().size());
        for (ActorThemeCues.Cue cue : cues.cues()) {
            assertTrue(codes.contains(cue.theme()), "line " + cue.line() + ": " + cue.theme());
        }
        assertTrue(cues.cues().stream().anyMatch(c -> c.kind() == ActorThemeCues.Kind.ORGANIZATION
                && c.key().equals("Labour Party") && c.theme().equals("GOVERNMENT")));
        assertTrue(cues.cues().stream().anyMatch(c -> c.kind() == ActorThemeCues.Kind.ROLE
                && c.key().equals("striker") && c.theme().equals("SPORT_FOOTBALL")));
    }

    @Test
    void aMalformedLineFailsWithItsLine() {
        TaxonomyFormatException kind = assertThrows(TaxonomyFormatException.class,
                () -> ActorThemeCues.read(new StringReader("# c\nclub\tArsenal\tSPORT_FOOTBALL\t3\n"), "c.tsv"));
        assertTrue(kind.getMessage().startsWith("c.tsv:2: unknown kind 'club'"), kind.getMessage());
        TaxonomyFormatException weight = assertThrows(TaxonomyFormatException.class,
                () -> ActorThemeCues.read(new StringReader("role\tstriker\tSPORT_FOOTBALL\tmany\n"), "c.tsv"));
        assertTrue(weight.getMessage().startsWith("c.tsv:1: bad weight 'many'"), weight.getMessage());
        TaxonomyFormatException twice = assertThrows(TaxonomyFormatException.class, () -> ActorThemeCues.read(
                new StringReader("role\tstriker\tSPORT_FOOTBALL\t2\nrole\tstriker\tSPORT_FOOTBALL\t3\n"), "c.tsv"));
        assertTrue(twice.getMessage().startsWith("c.tsv:2: role 'striker' listed twice"), twice.getMessage());
        LexiconFormatException wide = assertThrows(LexiconFormatException.class, () -> ActorThemeCues.read(
                new StringReader("role\tstriker\tSPORT_FOOTBALL\t2\n# c\nrole\tgoalkeeper\tSPORT_FOOTBALL\t2\t3\n"), "c.tsv"));
        assertTrue(wide.getMessage().startsWith("c.tsv:3: expected kind<TAB>key<TAB>theme<TAB>weight, got 5 columns"),
                wide.getMessage());
    }

    @Test
    void cuesOfThemesATaxonomyLacksAreLeftOut() throws IOException {
        ThemeTaxonomy small = ThemeTaxonomy.load(new StringReader("theme FOOTBALL SPORT 3 Football.\n3 goal\n"), "s.txt");
        ActorThemeCues cues = ActorThemeCues.read(new StringReader(
                "organization\tArsenal\tFOOTBALL\t3\norganization\tLabour Party\tGOVERNMENT\t2\n"), "c.tsv");
        ThemeModel model = ThemeModel.curated(small, cues);
        assertEquals(2, model.features());
        assertEquals(1, model.terms());
        assertEquals("organization\tFOOTBALL\tArsenal", model.key(1));
    }
}
