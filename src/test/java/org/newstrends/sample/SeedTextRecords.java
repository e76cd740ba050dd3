package org.newstrends.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A minimal reader of the seed text format for the tests: a record starts at a line "[spaces]date X". */
final class SeedTextRecords {
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*date (\\S+) ?(.*)$");

    /** One record: the date as written and the text that follows it, stripped. */
    record SeedRecord(String date, String text) { }

    private SeedTextRecords() { }

    /** The records of one file, in order. */
    static List<SeedRecord> read(Path file) throws IOException {
        List<SeedRecord> records = new ArrayList<>();
        String date = null;
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher matcher = DATE_LINE.matcher(line);
            if (matcher.matches()) {
                if (date != null) {
                    records.add(new SeedRecord(date, text.toString().strip()));
                }
                date = matcher.group(1);
                text.setLength(0);
                text.append(matcher.group(2)).append('\n');
            } else {
                text.append(line).append('\n');
            }
        }
        if (date != null) {
            records.add(new SeedRecord(date, text.toString().strip()));
        }
        return records;
    }

    /** The records of every {@code articles-*.txt} file in {@code directory} and its folders, in path order. */
    static List<SeedRecord> readArticles(Path directory) throws IOException {
        List<SeedRecord> records = new ArrayList<>();
        try (var files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("articles-")).sorted().toList()) {
                records.addAll(read(file));
            }
        }
        return records;
    }
}
