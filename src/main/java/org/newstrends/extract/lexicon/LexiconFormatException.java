package org.newstrends.extract.lexicon;

/** Thrown when a lexicon file is malformed; the message names the file, the line and the fault. */
public final class LexiconFormatException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    LexiconFormatException(String source, long line, String problem) {
        super(source + ":" + line + ": " + problem);
    }
}
