package org.newstrends.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Finds the files to read under the job's input paths, on any Hadoop file system (local, HDFS, S3...).
 *
 * <p>A path that names a file is read whatever its name. A directory is walked recursively; below it, files whose
 * names start with {@code .} or {@code _} are skipped (as Spark does), and so are files that are not article
 * files: only {@code .txt}, {@code .jsonl}, {@code .json}, {@code .ndjson} (each optionally {@code .gz}) are read,
 * so a README beside the data is not taken for an article. The list is sorted by name.
 */
public final class InputFiles {
    private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".jsonl", ".json", ".ndjson");

    private InputFiles() { }

    /** The files under {@code path}; throws {@link FileNotFoundException} when nothing is there. */
    public static List<InputFile> list(Configuration conf, String path) throws IOException {
        Path root = new Path(path);
        FileSystem fs = root.getFileSystem(conf);
        FileStatus status;
        try {
            status = fs.getFileStatus(root);
        } catch (FileNotFoundException e) {
            throw new FileNotFoundException("input path does not exist: " + path);
        }
        List<InputFile> out = new ArrayList<>();
        if (status.isFile()) {
            out.add(new InputFile(status.getPath().toString(), path));
        } else {
            walk(fs, status.getPath(), stripSlash(path), out);
        }
        out.sort(Comparator.comparing(InputFile::getName));
        return out;
    }

    /** True for a file name that a directory walk reads. */
    public static boolean isArticleFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith(".") || n.startsWith("_")) return false;
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        for (String ext : ARTICLE_EXTENSIONS) {
            if (n.endsWith(ext)) return true;
        }
        return false;
    }

    private static void walk(FileSystem fs, Path dir, String shownAs, List<InputFile> out) throws IOException {
        for (FileStatus child : fs.listStatus(dir)) {
            String name = child.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) continue;
            String shown = shownAs + "/" + name;
            if (child.isDirectory()) {
                walk(fs, child.getPath(), shown, out);
            } else if (isArticleFile(name)) {
                out.add(new InputFile(child.getPath().toString(), shown));
            }
        }
    }

    private static String stripSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
