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
    private String idBase;

    /** Empty bean for Spark's encoder. */
    public InputFile() { }

    /** A file opened at {@code uri} and shown as {@code name}, its articles' ids made from its base name. */
    public InputFile(String uri, String name) {
        this(uri, name, ArticleIds.baseOf(name));
    }

    /** A file opened at {@code uri}, shown as {@code name}, whose articles' default ids start with {@code idBase}. */
    public InputFile(String uri, String name, String idBase) {
        this.uri = uri;
        this.name = name;
        this.idBase = idBase;
    }

    public String getUri() { return uri; }
    public void setUri(String uri) { this.uri = uri; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    /** The start of the default ids of this file's articles, unique among the files of a run. */
    public String getIdBase() { return idBase; }
    public void setIdBase(String idBase) { this.idBase = idBase; }

    @Override
    public String toString() { return name; }
}
