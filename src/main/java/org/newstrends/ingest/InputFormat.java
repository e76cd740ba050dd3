package org.newstrends.ingest;

import java.util.Locale;

/** The input formats newstrends reads; {@link #AUTO} chooses by file name. */
public enum InputFormat {
    /** Seed text: one or more articles per file, each opened by a line {@code date YYYY-MM-DD}. */
    SEED,
    /** JSON Lines: one object per line with {@code date} and {@code text} (DESIGN.md). */
    JSONL,
    /** {@code .jsonl}/{@code .json}/{@code .ndjson} (optionally {@code .gz}) are JSON Lines; anything else seed text. */
    AUTO;

    /** The concrete format of the file named {@code fileName} when this is the job's format. */
    public InputFormat forFile(String fileName) {
        if (this != AUTO) return this;
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        return name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson") ? JSONL : SEED;
    }

    /** Parses a job-spec value such as {@code seed}, {@code jsonl} or {@code auto}. */
    public static InputFormat parse(String value) {
        for (InputFormat f : values()) {
            if (f.name().equalsIgnoreCase(value)) return f;
        }
        throw new IllegalArgumentException("format must be one of auto, seed, jsonl (got '" + value + "')");
    }
}
