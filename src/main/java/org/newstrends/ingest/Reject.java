package org.newstrends.ingest;

import java.io.Serializable;

/**
 * An input record that is not counted: where it was ({@code input} file or URI, {@code position} line or record
 * number, 1-based), its id if it had one, and why it was rejected. A Java bean for Spark's encoder.
 */
public class Reject implements Serializable {
    private static final long serialVersionUID = 1L;

    private String input;
    private long position;
    private String id;
    private String reason;

    /** Empty bean for Spark's encoder. */
    public Reject() { }

    /** A reject with every field given; {@code id} may be null. */
    public Reject(String input, long position, String id, String reason) {
        this.input = input;
        this.position = position;
        this.id = id;
        this.reason = reason;
    }

    public String getInput() { return input; }
    public void setInput(String input) { this.input = input; }
    public long getPosition() { return position; }
    public void setPosition(long position) { this.position = position; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    @Override
    public String toString() { return input + ":" + position + ": " + reason; }
}
