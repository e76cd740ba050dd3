package org.newstrends.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A file or folder met while listing the inputs, on the local disk or any Hadoop file system. Local paths are
 * looked at through {@code java.nio}, which sees symbolic links (also broken ones) and where they lead; other file
 * systems through Hadoop's {@link FileSystem}.
 */
interface FileNode {

    /** The last part of the path. */
    String name();

    /** The URI executors open (encoded, so any character of a file name survives). */
    String uri();

    /** True for a folder (also one reached through a link). */
    boolean isDirectory();

    /** True when this entry is itself a symbolic link. */
    boolean isLink();

    /** True for something that is there but is neither a file nor a folder (a named pipe, a socket, a device). */
    boolean isSpecial();

    /** What the entry is once links are followed: two nodes with the same identity are the same file or folder. */
    String identity();

    /** The size in bytes, or -1 when it cannot be known (a broken link). */
    long length();

    /** The folder's entries, sorted by name. */
    List<FileNode> children() throws IOException;

    /** The node at {@code path}; throws {@link FileNotFoundException} when nothing is there. */
    static FileNode of(Configuration conf, String path) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf);
        if (fs instanceof LocalFileSystem) {
            java.nio.file.Path local = Paths.get(fs.makeQualified(p).toUri());
            if (!Files.exists(local)) throw new FileNotFoundException("input path does not exist: " + path);
            return new Local(local);
        }
        try {
            return new Remote(fs, fs.getFileStatus(p));
        } catch (FileNotFoundException e) {
            throw new FileNotFoundException("input path does not exist: " + path);
        }
    }

    /** A path on the local disk. */
    record Local(java.nio.file.Path path) implements FileNode {
        @Override
        public String name() {
            java.nio.file.Path n = path.getFileName();
            return n == null ? path.toString() : n.toString();
        }

        @Override
        public String uri() { return path.toUri().toString(); }

        @Override
        public boolean isDirectory() { return Files.isDirectory(path); }

        @Override
        public boolean isSpecial() { return Files.exists(path) && !Files.isRegularFile(path) && !isDirectory(); }

        @Override
        public boolean isLink() { return Files.isSymbolicLink(path); }

        @Override
        public String identity() {
            try {
                return path.toRealPath().toString();
            } catch (IOException e) {
                return path.toAbsolutePath().normalize().toString();
            }
        }

        @Override
        public long length() {
            try {
                return Files.size(path);
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public List<FileNode> children() throws IOException {
            List<FileNode> out = new ArrayList<>();
            try (DirectoryStream<java.nio.file.Path> entries = Files.newDirectoryStream(path)) {
                for (java.nio.file.Path child : entries) out.add(new Local(child));
            }
            out.sort(Comparator.comparing(FileNode::name));
            return out;
        }
    }

    /** A path on a Hadoop file system (HDFS, S3...), where links are rare and loops cannot be made. */
    record Remote(FileSystem fs, FileStatus status) implements FileNode {
        @Override
        public String name() { return status.getPath().getName(); }

        @Override
        public String uri() { return status.getPath().toUri().toString(); }

        @Override
        public boolean isDirectory() { return status.isDirectory(); }

        @Override
        public boolean isSpecial() { return false; }

        @Override
        public boolean isLink() { return status.isSymlink(); }

        @Override
        public String identity() { return status.getPath().toString(); }

        @Override
        public long length() { return status.isFile() ? status.getLen() : -1; }

        @Override
        public List<FileNode> children() throws IOException {
            List<FileNode> out = new ArrayList<>();
            for (FileStatus child : fs.listStatus(status.getPath())) out.add(new Remote(fs, child));
            out.sort(Comparator.comparing(FileNode::name));
            return out;
        }
    }
}
