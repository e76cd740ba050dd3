package org.newstrends.extract.theme;

/**
 * Thrown when a theme taxonomy file is malformed; the message names the file, the line and the fault.
 */
public final class TaxonomyFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    TaxonomyFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
    }

    TaxonomyFormatException(String source, String problem) {
        super(source + ": " + problem);
    }
}
