package org.newstrends.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newstrends.sample.SampleGenerator;
import org.newstrends.sample.SampleSpec;
import org.newstrends.sample.SampleSummary;

/**
 * The benchmark's corpus, generated once into a cache folder with the project's generator and reused while it is
 * complete. Complete means: the folder holds the marker file {@value #MARKER}, written only after every article
 * file was written, which records the generator's spec, the number of files and their total size, and the files
 * it names are all there with that total size. A folder without the marker, or with one of another spec or size,
 * is generated again; a folder holding files the generator did not write is refused.
 *
 * @param folder the cache folder
 * @param spec what was generated
 * @param files the number of article files
 * @param bytes their total size
 * @param reused whether an earlier run's corpus was reused
 * @param generationSeconds how long generating took (0 when reused)
 */
public record BenchCorpus(Path folder, SampleSpec spec, int files, long bytes, boolean reused,
                          double generationSeconds) {
    /** The marker of a complete corpus; its leading '_' keeps it out of what the job reads. */
    public static final String MARKER = "_newstrends-corpus.properties";
    /** The first day of the generated period, as the earlier {@code jobs/bench} used. */
    public static final LocalDate START = LocalDate.of(2023, 1, 1);
    /** The length of the generated period in months. */
    public static final int MONTHS = 24;

    private static final Pattern GENERATED = Pattern.compile("articles-\\d{5}\\.txt");

    /** The corpus of {@code articles} articles from {@code seed} in {@code folder}: reused when complete, else generated. */
    public static BenchCorpus prepare(Path folder, int articles, long seed) throws IOException {
        SampleSpec spec = new SampleSpec(articles, seed, START, MONTHS, 0);
        BenchCorpus existing = complete(folder, spec);
        if (existing != null) return existing;
        requireOnlyGeneratedFiles(folder);
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve(MARKER));
        long started = System.nanoTime();
        SampleSummary summary = new SampleGenerator(spec).write(folder);
        Properties marker = describe(spec);
        marker.setProperty("files", Integer.toString(summary.files().size()));
        marker.setProperty("paths", String.join(";", summary.files().stream()
                .map(f -> folder.relativize(f).toString()).sorted().toList()));
        marker.setProperty("bytes", Long.toString(summary.bytes()));
        Path partial = folder.resolve(MARKER + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            marker.store(out, "written by newstrends bench after the last article file");
        }
        Files.move(partial, folder.resolve(MARKER), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new BenchCorpus(folder, spec, summary.files().size(), summary.bytes(), false,
                (System.nanoTime() - started) / 1e9);
    }

    /** The corpus in {@code folder} when it is complete and was generated from {@code spec}, else null. */
    static BenchCorpus complete(Path folder, SampleSpec spec) throws IOException {
        Path markerFile = folder.resolve(MARKER);
        if (!Files.isRegularFile(markerFile)) return null;
        Properties marker = new Properties();
        try (Reader in = Files.newBufferedReader(markerFile, StandardCharsets.UTF_8)) {
            marker.load(in);
        }
        Properties expected = describe(spec);
        for (String key : expected.stringPropertyNames()) {
            if (!expected.getProperty(key).equals(marker.getProperty(key))) return null;
        }
        int files;
        long bytes;
        try {
            files = Integer.parseInt(marker.getProperty("files", ""));
            bytes = Long.parseLong(marker.getProperty("bytes", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        List<String> listed = List.of(marker.getProperty("paths", "").split(";"));
        if (listed.size() != files || !listed.equals(generatedFiles(folder))) return null;
        long found = 0;
        for (String relative : listed) found += Files.size(folder.resolve(relative));
        if (found != bytes) return null;
        return new BenchCorpus(folder, spec, files, bytes, true, 0);
    }

    private static Properties describe(SampleSpec spec) {
        Properties p = new Properties();
        p.setProperty("articles", Integer.toString(spec.articles()));
        p.setProperty("seed", Long.toString(spec.seed()));
        p.setProperty("start", spec.start().toString());
        p.setProperty("months", Integer.toString(spec.months()));
        p.setProperty("malformed", Integer.toString(spec.malformed()));
        return p;
    }

    /** The article files below {@code folder} (relative paths, sorted); throws when another file is there. */
    private static List<String> generatedFiles(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> entries = Files.walk(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (entry.equals(folder) || Files.isDirectory(entry)) continue;
                String name = entry.getFileName().toString();
                if (name.startsWith(MARKER)) continue;
                Path parent = entry.getParent();
                boolean placed = parent.equals(folder) || folder.equals(parent.getParent());
                if (!GENERATED.matcher(name).matches() || !placed) {
                    throw new UnusableFolder("--cache " + folder + " holds " + folder.relativize(entry)
                            + ", which the generator did not write; give an empty or new folder");
                }
                out.add(folder.relativize(entry).toString());
            }
        }
        out.sort(null);
        return out;
    }

    private static void requireOnlyGeneratedFiles(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        if (!Files.isDirectory(folder)) throw new UnusableFolder("--cache " + folder + " is a file, not a folder");
        generatedFiles(folder);
    }

    /** Thrown when the cache folder cannot hold the corpus: it is a file, or holds files the generator did not write. */
    public static final class UnusableFolder extends RuntimeException {
        UnusableFolder(String message) {
            super(message);
        }
    }
}
