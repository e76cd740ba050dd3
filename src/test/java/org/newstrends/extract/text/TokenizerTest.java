package org.newstrends.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void keepsAbbreviationsPossessivesAndHyphenCompoundsTogether() {
        assertEquals(List.of("Mr.", "Netanyahu's", "U.S.", "trip", "on", "Austin-Gallant", "talks", "."),
                texts("Mr. Netanyahu's U.S. trip on Austin-Gallant talks."));
        assertEquals(List.of("1,200", "troops", "and", "3.5", "%"), texts("1,200 troops and 3.5%"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String s = "São Paulo and O'Brien — al-Sisi";
        for (Token t : Tokenizer.tokenize(s)) {
            assertEquals(t.text(), s.substring(t.start(), t.end()));
        }
        assertEquals(List.of("São", "Paulo", "and", "O'Brien", "—", "al-Sisi"), texts(s));
    }

    @Test
    void marksSentenceStartsButNotAfterTitles() {
        List<Token> tokens = Tokenizer.tokenize("He met Dr. Smith. Then he left.\n\nNew para");
        assertTrue(tokens.get(0).sentenceStart());
        assertFalse(tokens.get(3).sentenceStart(), "Smith after Dr.");
        assertTrue(tokens.get(5).sentenceStart(), "Then");
        assertTrue(tokens.get(9).sentenceStart(), "after a blank line");
    }

    @Test
    void emptyForNullOrBlank() {
        assertTrue(Tokenizer.tokenize(null).isEmpty());
        assertTrue(Tokenizer.tokenize("  \n ").isEmpty());
    }
}
