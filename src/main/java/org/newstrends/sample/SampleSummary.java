package org.newstrends.sample;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generator run wrote.
 *
 * @param articles  the number of well-formed articles written, copies included
 * @param copies    how many of them are syndicated copies of a wire story (exact or near)
 * @param malformed the number of malformed records written
 * @param files     every file written, in name order
 * @param bytes     the total size of those files
 */
public record SampleSummary(int articles, int copies, int malformed, List<Path> files, long bytes) {
    /** Copies the file list. */
    public SampleSummary {
        files = List.copyOf(files);
    }
}
