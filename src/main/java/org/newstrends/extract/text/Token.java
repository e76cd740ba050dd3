package org.newstrends.extract.text;

/**
 * One token of a text with its character offsets ({@code end} exclusive) into the text it came from.
 *
 * @param text the token as it stands in the text
 * @param start offset of the first character
 * @param end offset after the last character
 * @param sentenceStart true when the token opens a sentence (first token, or after . ! ? or a blank line)
 */
public record Token(String text, int start, int end, boolean sentenceStart) {

    /** True when the first character is an upper-case letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** True when the token holds at least one letter and no lower-case letter ("NATO", "U.S."). */
    public boolean allCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }

    /** True when the token is a single punctuation or symbol character. */
    public boolean punctuation() {
        return text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0));
    }
}
