package org.newstrends.ingest;

import java.util.Locale;

/** The input formats newstrends reads; {@link #AUTO} chooses by file name. */
public enum InputFormat {
    /** Seed text: one or more articles per file, each opened by a line {@code date YYYY-MM-DD}. */
    SEED,
    /** JSON Lines: one object per line. */
    JSONL,
    /** {@code .json}: JSON Lines, or one JSON array of objects. */
    JSON,
    /** Comma-separated values with a header row (RFC 4180). */
    CSV,
    /** Tab-separated values with a header row. */
    TSV,
    /** Parquet files or folders, read by Spark's own reader. */
    PARQUET,
    /** By each file's extension (DESIGN.md); a file with another extension named directly is seed text. */
    AUTO;

    /** The concrete format of the file named {@code fileName} when this is the input's format. */
    public InputFormat forFile(String fileName) {
        if (this != AUTO) return this;
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) return PARQUET;
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return JSONL;
        if (name.endsWith(".json")) return JSON;
        if (name.endsWith(".csv")) return CSV;
        if (name.endsWith(".tsv")) return TSV;
        return SEED;
    }

    /** The name a job spec uses, e.g. {@code jsonl}. */
    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a job-spec value such as {@code seed}, {@code csv} or {@code auto}. */
    public static InputFormat parse(String value) {
        for (InputFormat f : values()) {
            if (f.name().equalsIgnoreCase(value)) return f;
        }
        throw new IllegalArgumentException(
                "format must be one of auto, seed, jsonl, json, csv, tsv, parquet (got '" + value + "')");
    }
}
