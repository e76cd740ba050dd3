package org.newstrends.extract.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;

class TaggerTextTest {

    private static TaggerText of(String... fields) {
        FieldText[] f = new FieldText[fields.length];
        for (int i = 0; i < fields.length; i++) f[i] = FieldText.of(i == 0 ? Field.TITLE : Field.TEXT, fields[i]);
        return TaggerText.of(List.of(f));
    }

    private static String[] words(TaggerText t) {
        return Arrays.copyOf(t.words, t.size);
    }

    @Test
    void splitsPossessivesAsConllWritesThem() {
        TaggerText t = of("Israel's army and Netanyahu 's office");
        assertArrayEquals(new String[] {"Israel", "'s", "army", "and", "Netanyahu", "'s", "office"}, words(t));
        assertEquals(0, t.start[0]);
        assertEquals(6, t.end[0]);
        assertEquals(6, t.start[1]);
        assertEquals(8, t.end[1]);
    }

    @Test
    void marksHeadlinesInCapitals() {
        TaggerText t = of("MERKEL MEETS MACRON IN PARIS", "Merkel met Macron.\nIT WAS A SHORT VISIT");
        assertTrue(t.shout[0]);
        assertFalse(t.shout[5]);
        assertTrue(t.shout[t.size - 1]);
        assertEquals(1, t.field[5]);
    }

    @Test
    void aHardLineBreakInsideASentenceStartsNoSentence() {
        TaggerText t = of("", "The talks between the two delegations resumed in the Securities and Exchange\n"
                + "Commission in Vienna on Monday.\nReuters reported it.\nMay 17 v Northampton\nMay 18 v Durham");
        List<String> words = Arrays.asList(words(t));
        assertFalse(t.sentenceStart[words.indexOf("Commission")], "a name wrapped over two lines stays whole");
        assertTrue(t.sentenceStart[words.indexOf("Reuters")], "after a full stop");
        assertTrue(t.sentenceStart[words.lastIndexOf("May")], "a short list line is a sentence");
        assertTrue(t.sentenceStart[0]);
    }
}
