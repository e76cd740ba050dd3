package org.newstrends.ingest;

/**
 * One input to list: a file or folder path (local, or any Hadoop URI) as the user gave it, and its format, which
 * decides which of its files are Parquet.
 *
 * @param path the path or URI as given
 * @param format the input's format ({@link InputFormat#AUTO}: by each file's extension)
 */
public record InputRoot(String path, InputFormat format) { }
