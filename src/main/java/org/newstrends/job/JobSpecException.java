package org.newstrends.job;

/** A job spec that cannot be run, with a message that says what to fix. */
public class JobSpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A bad spec described by {@code message}. */
    public JobSpecException(String message) {
        super(message);
    }
}
