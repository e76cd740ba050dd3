package org.newstrends.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newstrends.extract.eval.CategoryLabels;
import org.newstrends.extract.eval.LabelledSet;
import org.newstrends.extract.eval.LabelledSets;
import picocli.CommandLine.Option;

/** The labelled news sets a theme command reads, as options shared by {@code evaluate themes} and {@code train-themes}. */
final class LabelledInputs {

    @Option(names = "--huffpost", paramLabel = "FILE", description = "HuffPost News Category Dataset JSON Lines (headline, short_description, category).")
    Path huffpost;

    @Option(names = "--reuters", paramLabel = "FILE", description = "Reuters-21578 JSON Lines (title, text, topics); every topic maps to ECONOMY.")
    Path reuters;

    @Option(names = "--bbc", paramLabel = "DIR", description = "BBC News layout: one folder per section (business, entertainment, politics, sport, tech), one .txt story per file, headline first.")
    Path bbc;

    @Option(names = "--labelled", paramLabel = "FILE", description = "JSON Lines with title, text and category (one of the eleven category names).")
    Path labelled;

    @Option(names = "--limit", defaultValue = "0", description = "Use at most this many articles of each set (0: all).")
    int limit;

    /** What is wrong with the options, or null. */
    String problem() {
        if (huffpost == null && reuters == null && bbc == null && labelled == null) {
            return "name at least one labelled set: --huffpost, --reuters, --bbc or --labelled";
        }
        for (Path file : new Path[] {huffpost, reuters, labelled}) {
            if (file != null && !Files.isRegularFile(file)) return "no such file " + file;
        }
        if (bbc != null && !Files.isDirectory(bbc)) return "--bbc needs a folder of section folders, not " + bbc;
        if (limit < 0) return "--limit must be 0 or more";
        return null;
    }

    /** Reads every set named, in the order huffpost, reuters, bbc, labelled. */
    List<LabelledSet> read() throws IOException {
        LabelledSets readers = new LabelledSets(CategoryLabels.shipped());
        List<LabelledSet> sets = new ArrayList<>();
        if (huffpost != null) sets.add(limited(read(huffpost, readers::huffpost)));
        if (reuters != null) sets.add(limited(read(reuters, readers::reuters)));
        if (bbc != null) sets.add(limited(readers.bbc(bbc)));
        if (labelled != null) sets.add(limited(read(labelled, readers::labelled)));
        return sets;
    }

    /** Reads a JSON Lines set with {@code reader}. */
    private interface SetReader {
        LabelledSet read(BufferedReader reader, String source) throws IOException;
    }

    private static LabelledSet read(Path file, SetReader reader) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.read(in, file.toString());
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private LabelledSet limited(LabelledSet set) {
        if (limit == 0 || set.articles().size() <= limit) return set;
        return new LabelledSet(set.name(), set.source(), set.articles().subList(0, limit), set.noCounterpart(),
                set.unknownLabels(), set.unlabelled(), set.unreadable());
    }

    /** One paragraph on what was read from {@code set} and what was left out. */
    static String describe(LabelledSet set) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "set %s (%s): %d records read, %d articles%n", set.name(), set.source(),
                set.recordsRead(), set.articles().size()));
        sb.append(String.format(Locale.ROOT, "  left out: %d with no counterpart %s, %d with unknown labels %s, %d unlabelled, %d unreadable%n",
                total(set.noCounterpart()), set.noCounterpart(), total(set.unknownLabels()), set.unknownLabels(), set.unlabelled(),
                set.unreadable().size()));
        set.unreadable().stream().limit(5).forEach(u -> sb.append("  unreadable ").append(u).append('\n'));
        return sb.toString();
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
