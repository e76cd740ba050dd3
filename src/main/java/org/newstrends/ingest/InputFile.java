package org.newstrends.ingest;

import java.io.Serializable;
import java.net.URI;
import org.apache.hadoop.fs.Path;

/**
 * One file to read: the fully qualified {@code uri} executors open, and the {@code name} reports show (the path as
 * the user wrote it, plus the part found below it by walking a directory). A Java bean for Spark.
 */
public class InputFile implements Serializable {
    private static final long serialVersionUID = 1L;

    private String uri;
    private String name;
    private String idBase;
    private int inputIndex;

    /** Empty bean for Spark's encoder. */
    public InputFile() { }

    /** A file opened at {@code uri} and shown as {@code name}, its articles' ids made from its base name. */
    public InputFile(String uri, String name) {
        this(uri, name, ArticleIds.baseOf(name));
    }

    /** A file opened at {@code uri}, shown as {@code name}, whose articles' default ids start with {@code idBase}. */
    public InputFile(String uri, String name, String idBase) {
        this(uri, name, idBase, 0);
    }

    /** As {@link #InputFile(String, String, String)}, found under the job's input number {@code inputIndex}. */
    public InputFile(String uri, String name, String idBase, int inputIndex) {
        this.uri = uri;
        this.name = name;
        this.idBase = idBase;
        this.inputIndex = inputIndex;
    }

    /** The name of the folder holding the file at {@code uri}, or null at the root of a file system. */
    public static String folderOf(String uri) {
        Path parent = new Path(URI.create(uri)).getParent();
        return parent == null || parent.getName().isEmpty() ? null : parent.getName();
    }

    public String getUri() { return uri; }
    public void setUri(String uri) { this.uri = uri; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    /** The start of the default ids of this file's articles, unique among the files of a run. */
    public String getIdBase() { return idBase; }
    public void setIdBase(String idBase) { this.idBase = idBase; }
    /** Which of the job's inputs the file was found under (0 for the first): its read options. */
    public int getInputIndex() { return inputIndex; }
    public void setInputIndex(int inputIndex) { this.inputIndex = inputIndex; }

    @Override
    public String toString() { return name; }
}
