package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameVariantsTest {
    @Test
    void reasons() {
        assertEquals(NameVariants.SAME_SURNAME, NameVariants.reason("Elena Marinescu", "Marinescu"));
        assertEquals(NameVariants.INITIALS, NameVariants.reason("D. Whitfield", "Dana Whitfield"));
        assertEquals(NameVariants.SPELLING, NameVariants.reason("Volodymyr Zelensky", "Volodymyr Zelenskyy"));
        assertEquals(NameVariants.SPELLING, NameVariants.reason("Tomás Herrera", "Tomas Herrera"));
        assertEquals(NameVariants.ONE_LETTER, NameVariants.reason("Muammar Gaddafi", "Muammar Qaddafi"));
        assertNull(NameVariants.reason("Joe Biden", "Hunter Biden"), "other first names are other people");
        assertNull(NameVariants.reason("J. Whitfield", "Dana Whitfield"), "the initial does not match");
        assertNull(NameVariants.reason("Mali", "Bali"), "short names are not compared letter by letter");
    }

    @Test
    void findsPairsWithinAKindMostFrequentNameFirst() {
        List<NameVariants.Pair> pairs = NameVariants.find(List.of(
                new NameVariants.Name("actor", "Volodymyr Zelenskyy", 12),
                new NameVariants.Name("actor", "Volodymyr Zelensky", 40),
                new NameVariants.Name("actor", "Zelensky", 3),
                new NameVariants.Name("location", "Zelensky", 2),
                new NameVariants.Name("actor", "Ivo Brand", 9)));
        assertEquals(List.of("Volodymyr Zelensky~Volodymyr Zelenskyy:spelling variant:40/12",
                        "Volodymyr Zelensky~Zelensky:same surname:40/3",
                        "Volodymyr Zelenskyy~Zelensky:same surname:12/3"),
                pairs.stream().map(p -> p.entity() + "~" + p.variant() + ":" + p.reason() + ":" + p.entityArticles()
                        + "/" + p.variantArticles()).toList());
    }
}
