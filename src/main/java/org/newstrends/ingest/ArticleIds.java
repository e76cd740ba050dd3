package org.newstrends.ingest;

import java.util.Locale;

/** Default article ids, made from the input's file name so that they are stable from run to run. */
final class ArticleIds {
    private ArticleIds() { }

    /** The file name of {@code input} without directories and without {@code .gz}, {@code .txt}, {@code .csv}... */
    static String baseOf(String input) {
        String name = input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        for (String ext : new String[] {".txt", ".jsonl", ".ndjson", ".json", ".csv", ".tsv"}) {
            if (lower.endsWith(ext)) return name.substring(0, name.length() - ext.length());
        }
        return name;
    }
}
