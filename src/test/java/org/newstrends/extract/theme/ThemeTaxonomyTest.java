package org.newstrends.extract.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTaxonomyTest {

    private static final String GOOD_HEAD = "theme FLOODS DISASTER_ACCIDENT 3 Floods.\n2 flood\n";

    @Test
    void shippedTaxonomyHasAtLeastThirtyThemesCoveringEveryCategory() {
        SortedMap<String, ThemeDefinition> themes = ThemeScorer.shared().themes();
        assertTrue(themes.size() >= 30, "themes: " + themes.size());
        Set<ThemeCategory> covered = EnumSet.noneOf(ThemeCategory.class);
        for (ThemeDefinition theme : themes.values()) {
            covered.add(theme.category());
            assertFalse(theme.description().isBlank(), theme.code());
            assertTrue(theme.threshold() > 0, theme.code());
        }
        assertEquals(EnumSet.allOf(ThemeCategory.class), covered);
        assertEquals(ThemeCategory.POLITICS, themes.get("DIPLOMACY").category());
        assertEquals(ThemeCategory.CONFLICT_SECURITY, themes.get("MILITARY").category());
        assertEquals(new ArrayList<>(themes.keySet()).stream().sorted().toList(), new ArrayList<>(themes.keySet()));
    }

    @Test
    void loadsATaxonomyFileGivenByPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, "# my themes\n\n" + GOOD_HEAD + "1 water\n");
        ThemeTaxonomy taxonomy = ThemeTaxonomy.load(file);
        assertEquals(List.of("FLOODS"), taxonomy.themes().stream().map(ThemeDefinition::code).toList());
        assertEquals("FLOODS", ThemeScorer.of(taxonomy).score("", "Floods and water everywhere.").get(0).theme());
    }

    private static String failure(String text) {
        TaxonomyFormatException e = assertThrows(TaxonomyFormatException.class,
                () -> ThemeTaxonomy.load(new StringReader(text), "bad.txt"));
        return e.getMessage();
    }

    @Test
    void unknownCategoryNamesFileLineAndCategory() {
        String message = failure(GOOD_HEAD + "theme GAMES FUN 3 Games.\n2 game\n");
        assertTrue(message.startsWith("bad.txt:3: unknown category 'FUN'"), message);
    }

    @Test
    void badWeightIsReported() {
        assertTrue(failure(GOOD_HEAD + "heavy rain\n").startsWith("bad.txt:3: bad weight 'heavy'"));
        assertTrue(failure(GOOD_HEAD + "0 rain\n").startsWith("bad.txt:3: weight must be non-zero"));
        assertTrue(failure(GOOD_HEAD + "2\n").startsWith("bad.txt:3: weight without a term"));
    }

    @Test
    void badThemeLinesAreReported() {
        assertTrue(failure("theme FLOODS DISASTER_ACCIDENT three Floods.\n2 flood\n")
                .startsWith("bad.txt:1: bad threshold 'three'"));
        assertTrue(failure("theme FLOODS DISASTER_ACCIDENT -1 Floods.\n2 flood\n")
                .startsWith("bad.txt:1: threshold must be positive"));
        assertTrue(failure("theme Floods DISASTER_ACCIDENT 3 Floods.\n2 flood\n")
                .startsWith("bad.txt:1: bad theme code 'Floods'"));
        assertTrue(failure("theme FLOODS DISASTER_ACCIDENT 3\n2 flood\n").startsWith("bad.txt:1: a theme line needs"));
        assertTrue(failure(GOOD_HEAD + GOOD_HEAD).startsWith("bad.txt:3: theme FLOODS already defined on line 1"));
    }

    @Test
    void structuralFaultsAreReported() {
        assertTrue(failure("2 flood\n").startsWith("bad.txt:1: term before the first theme line"));
        assertTrue(failure("theme FLOODS DISASTER_ACCIDENT 3 Floods.\n-2 drought\n")
                .startsWith("bad.txt:1: theme FLOODS has no term with a positive weight"));
        assertTrue(failure("# nothing\n").startsWith("bad.txt: no theme defined"));
        assertTrue(failure(GOOD_HEAD + "1 * rain\n").startsWith("bad.txt:3: marker '*' must follow a word"));
    }

    @Test
    void termsOfOneThemeMatchingTheSameWordsAreReported() {
        assertTrue(failure(GOOD_HEAD + "1 flood\n").startsWith("bad.txt:3: term 'flood' already listed for FLOODS on line 2"));
        String message = failure(GOOD_HEAD + "1 floods\n");
        assertTrue(message.startsWith("bad.txt:3: term 'floods' of FLOODS overlaps the term 'flood' on line 2"), message);
    }
}
