package org.newstrends.extract.text;

import java.util.List;

/**
 * One field of an article with its tokens, as recognisers see it.
 *
 * @param field which field it is
 * @param text its text, never null
 * @param tokens its tokens
 */
public record FieldText(Field field, String text, List<Token> tokens) {

    /** Tokenizes {@code text} (null reads as empty) for {@code field}. */
    public static FieldText of(Field field, String text) {
        String t = text == null ? "" : text;
        return new FieldText(field, t, Tokenizer.tokenize(t));
    }

    /** The article's title and text, in that order, as every extraction method reads them. */
    public static List<FieldText> article(String title, String text) {
        return List.of(of(Field.TITLE, title), of(Field.TEXT, text));
    }
}
