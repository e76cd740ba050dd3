package org.newstrends.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * Parquet read in one go by Spark's reader: a single {@code .parquet} file, or a folder of part files as Spark and
 * pandas export them (with {@code _SUCCESS}, {@code .crc} and {@code key=value} partition folders), which is one
 * input. Serializable: the row mapping on the executors carries it.
 *
 * @param inputIndex which of the job's inputs it comes from
 * @param name how reports show it: the input as given plus the path found below it
 * @param idBase the start of its articles' default ids (a folder's files add their own path below it)
 * @param folderUri the folder of a folder export (the base of its partition folders), or null for a single file
 * @param fileUris the Parquet files to read, sorted
 * @param folderName the folder name used as the articles' source when a record has none
 */
public record ParquetInput(int inputIndex, String name, String idBase, String folderUri, List<String> fileUris,
                           String folderName) implements Serializable {

    /** Takes a copy of the file list. */
    public ParquetInput {
        fileUris = List.copyOf(fileUris);
    }
}
