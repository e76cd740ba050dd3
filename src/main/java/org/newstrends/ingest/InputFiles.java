package org.newstrends.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.hadoop.conf.Configuration;

/**
 * Finds the files to read under a job's inputs, on any Hadoop file system (local, HDFS, S3...).
 *
 * <p>A path that names a file is read whatever its name. A folder is walked recursively; below it, names starting
 * with {@code .} or {@code _} are skipped (as Spark does), and only article files are read: {@code .txt},
 * {@code .jsonl}, {@code .ndjson}, {@code .json}, {@code .csv}, {@code .tsv} (each optionally {@code .gz}) and
 * {@code .parquet}, so a README beside the data is not taken for an article. A folder holding only Parquet files
 * (and {@code key=value} partition folders) is one Parquet input, as Spark and pandas export them.
 *
 * <p>Every file is read once, whatever links lead to it: the walk goes through the paths with the fewest links
 * first (then by input, then by name), and a file or folder met again, through a link loop, a second link or an
 * overlapping input, is not read again and is listed as a repeat. The result is the same from run to run.
 */
public final class InputFiles {
    /** The reason given for a file with no bytes. */
    public static final String EMPTY_FILE = "empty file";
    /** The reason of an entry that is neither a file nor a folder: reading it could block or never end. */
    public static final String NOT_A_FILE = "not a regular file (a named pipe, socket or device): not read";

    private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".jsonl", ".json", ".ndjson", ".csv",
            ".tsv");

    private final Configuration conf;
    private final List<InputRoot> roots;
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>();
    private final Map<String, String> seen = new HashMap<>();
    private final List<Found> found = new ArrayList<>();
    private final List<IngestRecord> fileRejects = new ArrayList<>();
    private final List<IngestRecord> folderRejects = new ArrayList<>();
    private final List<Integer> missing = new ArrayList<>();
    private final List<String> repeatedFiles = new ArrayList<>();
    private final List<String> repeatedFolders = new ArrayList<>();

    private InputFiles(Configuration conf, List<InputRoot> roots) {
        this.conf = conf;
        this.roots = roots;
    }

    /** Lists the files of {@code roots}, the job's inputs in order. */
    public static InputListing list(Configuration conf, List<InputRoot> roots) throws IOException {
        InputFiles walk = new InputFiles(conf, roots);
        walk.run();
        return walk.listing();
    }

    /** The files under {@code path}, read with auto-detected formats; throws when nothing is there. */
    public static InputListing list(Configuration conf, String path) throws IOException {
        InputListing listing = list(conf, List.of(new InputRoot(path, InputFormat.AUTO)));
        if (!listing.missing().isEmpty()) throw new FileNotFoundException("input path does not exist: " + path);
        return listing;
    }

    /** True for a file name that a folder walk reads. */
    public static boolean isArticleFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith(".") || n.startsWith("_")) return false;
        if (n.endsWith(".parquet")) return true;
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        for (String ext : ARTICLE_EXTENSIONS) {
            if (n.endsWith(ext)) return true;
        }
        return false;
    }

    /** The file names a folder walk reads, for messages. */
    public static String describeArticleFiles() {
        return ".txt (seed text), .jsonl, .ndjson, .json, .csv, .tsv (each optionally .gz) and .parquet files or"
                + " folders";
    }

    private void run() throws IOException {
        for (int i = 0; i < roots.size(); i++) {
            String given = roots.get(i).path();
            try {
                FileNode node = FileNode.of(conf, given);
                String shown = IdBases.stripSlash(given);
                queue.add(new Candidate(0, i, shown, node.isDirectory() ? "" : node.name(), node, true));
            } catch (FileNotFoundException e) {
                missing.add(i);
            }
        }
        while (!queue.isEmpty()) visit(queue.poll());
    }

    private void visit(Candidate c) {
        String identity = c.node().identity();
        String first = seen.putIfAbsent(identity, c.shown());
        boolean directory = c.node().isDirectory();
        if (first != null) {
            (directory ? repeatedFolders : repeatedFiles).add(c.shown() + " is " + first + " again");
            return;
        }
        if (!directory) {
            take(c);
            return;
        }
        List<FileNode> children;
        try {
            children = c.node().children();
        } catch (IOException e) {
            folderRejects.add(IngestRecord.rejected(c.shown(), 0, null, "unreadable folder: " + e));
            return;
        }
        InputFormat format = roots.get(c.input()).format();
        List<Part> parquet = new ArrayList<>();
        if (isParquetFolder(children, "", format, parquet)) {
            takeParquetFolder(c, parquet);
            return;
        }
        for (FileNode child : children) {
            String name = child.name();
            if (name.startsWith(".") || name.startsWith("_")) continue;
            if (child.isDirectory() || isArticleFile(name)) {
                queue.add(new Candidate(c.links() + (child.isLink() ? 1 : 0), c.input(), c.shown() + "/" + name,
                        IdBases.join(c.relative(), name), child, false));
            }
        }
    }

    private void take(Candidate c) {
        if (c.node().isSpecial()) {
            fileRejects.add(IngestRecord.rejected(c.shown(), 0, null, NOT_A_FILE));
        } else if (roots.get(c.input()).format().forFile(c.node().name()) != InputFormat.PARQUET) {
            found.add(new Found(c, null));
        } else if (c.node().length() == 0) {
            fileRejects.add(IngestRecord.rejected(c.shown(), 0, null, EMPTY_FILE));
        } else {
            found.add(new Found(c, List.of(c.node().uri())));
        }
    }

    /**
     * True when {@code children} are Parquet files and partition folders only (other files that are not article
     * files, such as {@code _SUCCESS}, do not count); the Parquet files, also those of the partition folders, are
     * added to {@code files} with their path below the folder, which starts with {@code below}.
     */
    private boolean isParquetFolder(List<FileNode> children, String below, InputFormat format, List<Part> files) {
        boolean any = false;
        for (FileNode child : children) {
            String name = child.name();
            if (name.startsWith(".") || name.startsWith("_")) continue;
            if (child.isDirectory()) {
                if (child.isLink() || name.indexOf('=') < 1) return false;
                try {
                    if (!isParquetFolder(child.children(), below + name + "/", format, files)) return false;
                } catch (IOException e) {
                    return false;
                }
                any = true;
            } else if (isArticleFile(name)) {
                if (format.forFile(name) != InputFormat.PARQUET) return false;
                files.add(new Part(child, below + name));
                any = true;
            }
        }
        return any;
    }

    private void takeParquetFolder(Candidate c, List<Part> files) {
        List<String> uris = new ArrayList<>();
        for (Part part : files) {
            FileNode f = part.node();
            String at = c.shown() + "/" + part.relative();
            if (seen.putIfAbsent(f.identity(), at) != null) {
                repeatedFiles.add(at + " is " + seen.get(f.identity()) + " again");
            } else if (f.length() == 0) {
                fileRejects.add(IngestRecord.rejected(at, 0, null, EMPTY_FILE));
            } else {
                uris.add(f.uri());
            }
        }
        if (!uris.isEmpty()) found.add(new Found(c, uris));
    }

    private InputListing listing() {
        List<IdBases.Entry> entries = new ArrayList<>();
        for (Found f : found) {
            Candidate c = f.candidate();
            entries.add(new IdBases.Entry(c.input(), c.relative(), roots.get(c.input()).path(),
                    c.root() && !c.node().isDirectory()));
        }
        List<String> bases = IdBases.assign(entries);
        List<InputFile> files = new ArrayList<>();
        List<ParquetInput> parquet = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i).candidate();
            List<String> uris = found.get(i).parquetFiles();
            if (uris == null) {
                files.add(new InputFile(c.node().uri(), c.shown(), bases.get(i), c.input()));
            } else if (c.node().isDirectory()) {
                parquet.add(new ParquetInput(c.input(), c.shown(), bases.get(i), c.node().uri(), uris, c.node().name()));
            } else {
                parquet.add(new ParquetInput(c.input(), c.shown(), bases.get(i), null, uris,
                        InputFile.folderOf(c.node().uri())));
            }
        }
        files.sort(Comparator.comparing(InputFile::getName));
        parquet.sort(Comparator.comparing(ParquetInput::name));
        fileRejects.sort(Comparator.comparing(IngestRecord::getInput));
        return new InputListing(files, parquet, fileRejects, folderRejects, missing, repeatedFiles, repeatedFolders);
    }

    /** A file or folder waiting to be visited, ordered by links followed, then input, then name. */
    private record Candidate(int links, int input, String shown, String relative, FileNode node, boolean root)
            implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            if (links != o.links) return Integer.compare(links, o.links);
            if (input != o.input) return Integer.compare(input, o.input);
            return shown.compareTo(o.shown);
        }
    }

    /** A Parquet file of a folder export, with its path below the folder. */
    private record Part(FileNode node, String relative) { }

    /** A file to read, or Parquet to read with Spark ({@code parquetFiles} not null). */
    private record Found(Candidate candidate, List<String> parquetFiles) { }
}
