package org.newstrends.ingest;

import java.io.Serializable;

/**
 * One file to read: the fully qualified {@code uri} executors open, and the {@code name} reports show (the path as
 * the user wrote it, plus the part found below it by walking a directory). A Java bean for Spark.
 */
public class InputFile implements Serializable {
    private static final long serialVersionUID = 1L;

    private String uri;
    private String name;

    /** Empty bean for Spark's encoder. */
    public InputFile() { }

    /** A file opened at {@code uri} and shown as {@code name}. */
    public InputFile(String uri, String name) {
        this.uri = uri;
        this.name = name;
    }

    public String getUri() { return uri; }
    public void setUri(String uri) { this.uri = uri; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    @Override
    public String toString() { return name; }
}
