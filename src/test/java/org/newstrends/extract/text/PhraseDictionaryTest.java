package org.newstrends.extract.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrases keyed token by token: the longest phrase at a position wins; values are kept or merged. */
class PhraseDictionaryTest {

    @Test
    void theLongestPhraseStartingAtAPositionIsFound() {
        PhraseDictionary<String> d = new PhraseDictionary<>();
        d.put(List.of("General", "Motors"), "GM");
        d.put(List.of("General", "Motors", "Acceptance", "Corp"), "GMAC");
        List<String> words = List.of("said", "General", "Motors", "Acceptance", "on", "Monday");
        PhraseDictionary.Match<String> m = d.longest(words::get, 1, words.size());
        assertEquals(new PhraseDictionary.Match<>(1, 3, "GM"), m);
        assertNull(d.longest(words::get, 0, words.size()));
        assertNull(d.longest(words::get, 1, 2), "a limit ends the phrase");
        assertEquals(4, d.maxTokens());
    }

    @Test
    void aPhraseAddedTwiceKeepsItsFirstValueOrMergesBoth() {
        PhraseDictionary<String> kept = new PhraseDictionary<>();
        kept.put(List.of("UN"), "United Nations");
        kept.put(List.of("UN"), "Union");
        assertEquals("United Nations", kept.get(List.of("UN")));
        assertNull(kept.get(List.of("U")));
        PhraseDictionary<int[]> merged = new PhraseDictionary<>();
        merged.merge(List.of("air", "strike"), new int[] {1}, (a, b) -> new int[] {a[0], b[0]});
        merged.merge(List.of("air", "strike"), new int[] {7}, (a, b) -> new int[] {a[0], b[0]});
        assertArrayEquals(new int[] {1, 7}, merged.get(List.of("air", "strike")));
        assertNull(merged.get(List.of("air")), "a prefix of a phrase is no phrase");
    }
}
