package org.newstrends.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every file of a run the start of its articles' default ids, unique in the run: the file's path relative to
 * its input without the format extension ({@code 2024/jan.txt.gz} gives {@code 2024/jan}); the full name where two
 * files of an input would otherwise meet ({@code news.txt} and {@code news.jsonl}); and, where two inputs give the
 * same, the input's own path in front ({@code data/a/news}, {@code data/b/news}).
 */
final class IdBases {
    private static final List<String> EXTENSIONS = List.of(".txt", ".jsonl", ".ndjson", ".json", ".csv", ".tsv",
            ".parquet");

    private IdBases() { }

    /**
     * A file to name.
     *
     * @param inputIndex the input it was found under
     * @param relative its path relative to the input ({@code ""} for a Parquet folder given as the input)
     * @param inputPath the input's path as given
     * @param inputIsFile true when the input names this file itself
     */
    record Entry(int inputIndex, String relative, String inputPath, boolean inputIsFile) { }

    /** The id base of each entry, in the same order. */
    static List<String> assign(List<Entry> entries) {
        List<String> bases = new ArrayList<>();
        Map<String, Integer> perInput = new HashMap<>();
        for (Entry e : entries) perInput.merge(e.inputIndex() + "\u0000" + withoutExtension(e.relative()), 1, Integer::sum);
        for (Entry e : entries) {
            String stripped = withoutExtension(e.relative());
            bases.add(perInput.get(e.inputIndex() + "\u0000" + stripped) > 1 ? e.relative() : stripped);
        }
        Map<String, Set<Integer>> inputsOf = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            inputsOf.computeIfAbsent(bases.get(i), b -> new HashSet<>()).add(entries.get(i).inputIndex());
        }
        for (int i = 0; i < entries.size(); i++) {
            if (inputsOf.get(bases.get(i)).size() > 1) bases.set(i, join(prefix(entries.get(i)), bases.get(i)));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (seen.merge(bases.get(i), 1, Integer::sum) > 1) {
                bases.set(i, bases.get(i) + "~" + (entries.get(i).inputIndex() + 1));
            }
        }
        return bases;
    }

    /** {@code name} without {@code .gz} and the format extension after it. */
    static String withoutExtension(String name) {
        String out = name;
        if (out.toLowerCase(Locale.ROOT).endsWith(".gz")) out = out.substring(0, out.length() - 3);
        String lower = out.toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) return out.substring(0, out.length() - ext.length());
        }
        return out;
    }

    /** {@code parent/child}, or the one that is not empty. */
    static String join(String parent, String child) {
        if (parent.isEmpty()) return child;
        if (child.isEmpty()) return parent;
        return parent + "/" + child;
    }

    private static String prefix(Entry e) {
        String p = stripSlash(e.inputPath());
        if (!e.inputIsFile()) return p;
        int slash = p.lastIndexOf('/');
        return slash < 0 ? "" : p.substring(0, slash);
    }

    static String stripSlash(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p;
    }
}
