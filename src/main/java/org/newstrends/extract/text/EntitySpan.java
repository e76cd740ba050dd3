package org.newstrends.extract.text;

/**
 * A typed name found by a statistical tagger (ours or CoreNLP), before any canonicalisation.
 *
 * @param field index of the field in the list the tagger was given (0 = title, 1 = text)
 * @param start offset of the first character in that field's text
 * @param end offset after the last character
 * @param type what kind of name it is
 */
public record EntitySpan(int field, int start, int end, NameType type) {

    /** Checks the offsets. */
    public EntitySpan {
        if (field < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + field + ":" + start + "-" + end);
        }
    }
}
