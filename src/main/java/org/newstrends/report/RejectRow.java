package org.newstrends.report;

import java.io.Serializable;

/**
 * An input record that was not counted, for {@code rejects.csv}.
 *
 * @param input    the file or URI the record came from
 * @param position the line or record number within the input
 * @param reason   why it was rejected
 */
public record RejectRow(String input, long position, String reason) implements Serializable {
}
