package org.newstrends.extract.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.ThemeHit;

class DominantCategoryTest {

    private static ThemeHit hit(String theme, String category, double score) {
        return new ThemeHit(theme, category, score, List.of());
    }

    @Test
    void theCategoryWhoseThemesSumHighestDominates() {
        List<ThemeHit> themes = List.of(hit("EDUCATION", "SOCIETY", 9), hit("ELECTION", "POLITICS", 5),
                hit("GOVERNMENT", "POLITICS", 6));
        assertEquals(Optional.of(ThemeCategory.POLITICS), DominantCategory.of(themes));
        assertEquals(11.0, DominantCategory.sums(themes).get(ThemeCategory.POLITICS), 1e-9);
    }

    @Test
    void aTieGoesToTheCategoryListedFirstAndNoThemeIsNoCategory() {
        assertEquals(Optional.of(ThemeCategory.ECONOMY),
                DominantCategory.of(List.of(hit("MUSIC", "CULTURE_ENTERTAINMENT", 4), hit("ECON_CORPORATE", "ECONOMY", 4))));
        assertEquals(Optional.empty(), DominantCategory.of(List.of()));
    }
}
