package org.newstrends.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.lexicon.LexiconFormatException;
import org.newstrends.extract.theme.ThemeCategory;

class CategoryLabelsTest {

    private final CategoryLabels labels = CategoryLabels.shipped();

    @Test
    void huffPostSectionsMapToCategoriesOrToNone() {
        assertEquals(Optional.of(ThemeCategory.SCIENCE_TECH), labels.category(CategoryLabels.HUFFPOST, "TECH"));
        assertEquals(Optional.of(ThemeCategory.CULTURE_ENTERTAINMENT), labels.category(CategoryLabels.HUFFPOST, "COMEDY"));
        assertEquals(CategoryLabels.Kind.NO_COUNTERPART, labels.kind(CategoryLabels.HUFFPOST, "WORLD NEWS"));
        assertEquals(Optional.empty(), labels.category(CategoryLabels.HUFFPOST, "WORLD NEWS"));
        assertEquals(CategoryLabels.Kind.UNKNOWN, labels.kind(CategoryLabels.HUFFPOST, "ASTROLOGY"));
    }

    @Test
    void reutersTopicsAreEconomyAndBbcSectionsHaveTheirCategory() {
        assertEquals(Optional.of(ThemeCategory.ECONOMY), labels.category(CategoryLabels.REUTERS, "earn"));
        assertEquals(Optional.of(ThemeCategory.ECONOMY), labels.category(CategoryLabels.REUTERS, "money-fx"));
        assertEquals(Optional.of(ThemeCategory.POLITICS), labels.category(CategoryLabels.BBC, "politics"));
        assertEquals(Optional.of(ThemeCategory.SCIENCE_TECH), labels.category(CategoryLabels.BBC, "tech"));
    }

    @Test
    void aMalformedMappingFailsWithItsLine() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> CategoryLabels.read(new StringReader("# c\nbbc\ttech\tTECHNOLOGY\n"), "m.tsv"));
        assertTrue(bad.getMessage().startsWith("m.tsv:2: unknown category 'TECHNOLOGY'"), bad.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> CategoryLabels.read(new StringReader("bbc\ttech\tSCIENCE_TECH\nbbc\ttech\t-\n"), "m.tsv"));
        assertTrue(twice.getMessage().contains("m.tsv:2: label 'tech' of bbc listed twice"), twice.getMessage());
        LexiconFormatException columns = assertThrows(LexiconFormatException.class,
                () -> CategoryLabels.read(new StringReader("bbc\ttech\n"), "m.tsv"));
        assertTrue(columns.getMessage().contains("m.tsv:1: expected set<TAB>label<TAB>category"), columns.getMessage());
    }
}
