package org.newstrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyTextTest {
    @Test
    void dropsAgencyLinesWireTagsCasePunctuationAndSpacing() {
        String original = "The port reopened on Monday, officials said.\n\nTrade resumed.";
        String copy = "LISBON (Meridian Wire) — THE PORT  reopened on Monday; officials said!\nTrade resumed\n"
                + "Reporting by Ana Lobo; editing by Rui Sal\n(c) 2024 Meridian Wire\n[Photo: harbour]";
        assertEquals("the port reopened on monday officials said trade resumed", CopyText.normalized(original));
        assertEquals(CopyText.normalized(original), CopyText.normalized(copy));
    }

    @Test
    void keepsALongLineThatStartsLikeACredit() {
        String text = "By the end of the week the ministers had agreed on a plan for the harbour and the railway line";
        assertEquals(20, CopyText.words(text).size());
    }

    @Test
    void anAgencyLineHasAtMostTwelveWordsHoweverSpaced() {
        assertFalse(CopyText.wordsMoreThan("  Reporting by Ana Lobo;\tediting by Rui Sal and Ines Mar, Lisbon  ", 12));
        assertTrue(CopyText.wordsMoreThan("Reporting by Ana Lobo; editing by Rui Sal and Ines Mar, Lisbon today", 12));
        assertTrue(CopyText.isAgencyLine("Reporting by Ana Lobo; editing by Rui Sal and Ines Mar, Lisbon"));
        assertFalse(CopyText.isAgencyLine("Reporting by Ana Lobo; editing by Rui Sal and Ines Mar, Lisbon today"));
    }

    @Test
    void emptyAndPunctuationOnlyTextsHaveNoWords() {
        assertEquals("", CopyText.normalized(null));
        assertEquals("", CopyText.normalized(" — ... "));
        assertEquals(List.of(), CopyText.words("\n\n"));
    }

    @Test
    void shinglesAreFiveWordRunsAndJaccardIsTheirOverlap() {
        List<String> words = List.of(PlantedCollection.words("s", 104).split(" "));
        int[] a = Shingles.of(words);
        assertEquals(100, a.length);
        int[] b = Shingles.ofText(PlantedCollection.changed(String.join(" ", words), "x", 20, 60));
        assertEquals(90, Shingles.common(a, b));
        assertEquals(90.0 / 110, Shingles.jaccard(a, b), 1e-12);
        assertEquals(1, Shingles.of(List.of("two", "words")).length);
        assertEquals(0, Shingles.of(List.of()).length);
        assertEquals(0.0, Shingles.jaccard(new int[0], new int[0]));
        assertArrayEquals(new int[] {a[1], a[2]}, Shingles.without(new int[] {a[0], a[1], a[2]}, java.util.Set.of(a[0])));
    }

    @Test
    void orderKeyGivesItsIdBack() {
        String key = CopyFingerprint.orderKey(java.time.LocalDate.of(2024, 3, 5), "wire/a b\u00e9-1");
        assertEquals("wire/a b\u00e9-1", CopyFingerprint.idOf(key));
    }

    @Test
    void orderKeySortsByDateThenId() {
        assertTrue(CopyFingerprint.orderKey(java.time.LocalDate.of(2024, 3, 5), "z")
                .compareTo(CopyFingerprint.orderKey(java.time.LocalDate.of(2024, 3, 6), "a")) < 0);
        assertTrue(CopyFingerprint.orderKey(java.time.LocalDate.of(2024, 3, 5), "a")
                .compareTo(CopyFingerprint.orderKey(java.time.LocalDate.of(2024, 3, 5), "ab")) < 0);
    }
}
