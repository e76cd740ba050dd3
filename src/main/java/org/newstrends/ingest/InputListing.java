package org.newstrends.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What listing a job's inputs found: the files read one per task, the Parquet inputs, the rejects found while
 * listing (an unreadable folder, an empty Parquet file), the inputs that do not exist, and what was reached again
 * through links or overlapping inputs and therefore not read twice.
 *
 * @param files the files parsed by {@link ArticleFileReader}, sorted by name
 * @param parquet the Parquet files and folders, read by Spark's reader
 * @param fileRejects files that could not be read at all (an empty Parquet file), each with its reason
 * @param folderRejects folders that could not be listed, each with its reason
 * @param missing the indexes of the inputs that do not exist
 * @param repeatedFiles files reached again (through a link or a second input), each with what it repeats
 * @param repeatedFolders folders reached again (a link loop or a second link), each with what it repeats
 */
public record InputListing(List<InputFile> files, List<ParquetInput> parquet, List<IngestRecord> fileRejects,
                           List<IngestRecord> folderRejects,
                           List<Integer> missing, List<String> repeatedFiles, List<String> repeatedFolders) {

    /** Takes copies. */
    public InputListing {
        files = List.copyOf(files);
        parquet = List.copyOf(parquet);
        fileRejects = List.copyOf(fileRejects);
        folderRejects = List.copyOf(folderRejects);
        missing = List.copyOf(missing);
        repeatedFiles = List.copyOf(repeatedFiles);
        repeatedFolders = List.copyOf(repeatedFolders);
    }

    /** How many files are read: the files, the Parquet files and the files rejected while listing. */
    public int fileCount() {
        int n = files.size();
        for (ParquetInput p : parquet) n += p.fileUris().size();
        return n + fileRejects.size();
    }

    /** The records of what could not be read at all: files first, then folders. */
    public List<IngestRecord> rejects() {
        List<IngestRecord> out = new ArrayList<>(fileRejects);
        out.addAll(folderRejects);
        return out;
    }

    /** True when no file at all was found to read. */
    public boolean isEmpty() {
        return files.isEmpty() && parquet.isEmpty() && fileRejects.isEmpty();
    }

    /** Console warnings: every folder and file reached again, so a link loop is never silent. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (String f : repeatedFolders) out.add("folder " + f + ": not walked again");
        for (String f : repeatedFiles) out.add("file " + f + ": not read again");
        return out;
    }
}
