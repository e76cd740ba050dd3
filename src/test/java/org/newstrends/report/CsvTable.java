package org.newstrends.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file as the tests read it back with Commons CSV: the header row and the data rows. */
public record CsvTable(List<String> header, List<List<String>> rows) {

    public static CsvTable read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.DEFAULT).get()) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
            return new CsvTable(records.get(0), records.subList(1, records.size()));
        }
    }

    /** The value of {@code column} in the first row whose {@code keyColumn} values equal {@code keys}. */
    String value(String column, List<String> keyColumns, List<String> keys) {
        return row(keyColumns, keys).get(header.indexOf(column));
    }

    /** The first row whose {@code keyColumns} hold {@code keys}. */
    List<String> row(List<String> keyColumns, List<String> keys) {
        for (List<String> row : rows) {
            boolean match = true;
            for (int k = 0; k < keyColumns.size(); k++) {
                match &= row.get(header.indexOf(keyColumns.get(k))).equals(keys.get(k));
            }
            if (match) {
                return row;
            }
        }
        throw new AssertionError("no row with " + keyColumns + " = " + keys);
    }

    /** The values of {@code column}, in row order. */
    public List<String> column(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new AssertionError("no column " + column + " in " + header);
        }
        return rows.stream().map(row -> row.get(index)).toList();
    }
}
