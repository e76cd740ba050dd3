package org.newstrends.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Tells first names from other words, and how common they are. */
class FirstNamesTest {

    @Test
    void theSharedListKnowsCommonNamesIgnoringCase() {
        FirstNames names = FirstNames.shared();
        assertTrue(names.contains("Chad"));
        assertTrue(names.contains("AUSTIN"));
        assertTrue(names.common("Austin"));
        assertFalse(names.contains("Israel's"));
        assertFalse(names.common("Nice"));
        assertTrue(names.births("Chad") > names.births("Jordan") / 10);
    }

    @Test
    void loadsTheProjectFormat() throws IOException {
        String file = "# comment\nChad\t241580\nAbagael\t0\n";
        FirstNames names = FirstNames.load(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, names.size());
        assertEquals(241_580, names.births("chad"));
        assertTrue(names.contains("Abagael"));
        assertFalse(names.common("Abagael"));
        assertEquals(0, names.births("Nobody"));
    }

    @Test
    void placeWordsSayWhyANameIsDoubtful() throws IOException {
        PlaceWords words = PlaceWords.load(new ByteArrayInputStream(
                "# c\nNice\tword\nChad\tname\nMarch\tnever\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(PlaceWords.Kind.WORD, words.kind("NICE"));
        assertEquals(PlaceWords.Kind.NAME, words.kind("Chad"));
        assertEquals(PlaceWords.Kind.NEVER, words.kind("march"));
        assertEquals(null, words.kind("Paris"));
        assertEquals(PlaceWords.Kind.NAME, PlaceWords.shared().kind("Jordan"));
    }
}
