package org.newstrends.extract.text;

import java.util.List;

/**
 * One field of an article ({@code title} or {@code text}) with its tokens, as recognisers see it.
 */
public record FieldText(String field, String text, List<Token> tokens) {

    /** Tokenizes {@code text} for the field named {@code field}. */
    public static FieldText of(String field, String text) {
        String t = text == null ? "" : text;
        return new FieldText(field, t, Tokenizer.tokenize(t));
    }
}
