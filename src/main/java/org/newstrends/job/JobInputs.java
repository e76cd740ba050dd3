package org.newstrends.job;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newstrends.ingest.ArticleField;
import org.newstrends.ingest.FieldMapping;
import org.newstrends.ingest.InputFormat;

/**
 * Reads the {@code inputs} of a job spec: each entry a path, or a mapping with {@code path}, {@code format},
 * {@code fields}, {@code date_format} and {@code optional}. A bad entry fails with a message naming the input, the
 * key and what to fix.
 */
final class JobInputs {
    private static final List<String> KEYS = List.of("path", "format", "fields", "date_format", "optional");
    private static final String FIELD_NAMES = Arrays.stream(ArticleField.values()).map(ArticleField::specName)
            .collect(Collectors.joining(", "));

    private JobInputs() { }

    /** The inputs of {@code value}: one entry or a list of them. */
    static List<JobInput> parse(Object value) {
        if (value == null) throw new JobSpecException("inputs: give at least one file or directory to read");
        List<?> items = value instanceof List<?> l ? l : List.of(value);
        if (items.isEmpty()) throw new JobSpecException("inputs: give at least one file or directory to read");
        List<JobInput> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) out.add(entry(i + 1, items.get(i)));
        return out;
    }

    private static JobInput entry(int number, Object item) {
        if (item instanceof String s && !s.isBlank()) return new JobInput(s.strip(), false);
        if (!(item instanceof Map<?, ?> m)) {
            throw new JobSpecException("inputs: entry " + number + " must be a path or a mapping with 'path' (got "
                    + item + ")");
        }
        if (!(m.get("path") instanceof String path) || path.isBlank()) {
            throw new JobSpecException("inputs: entry " + number + " has no 'path'; give the file or folder to read"
                    + " as 'path: ...'");
        }
        String where = "inputs: " + path.strip() + ": ";
        for (Object k : m.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new JobSpecException(where + "unknown key '" + k + "'; an input has " + String.join(", ", KEYS));
            }
        }
        return new JobInput(path.strip(), format(where, m.get("format")), fields(where, m.get("fields")),
                dateFormat(where, m.get("date_format")), optional(where, m.get("optional")));
    }

    private static InputFormat format(String where, Object value) {
        if (value == null) return null;
        try {
            return InputFormat.parse(String.valueOf(value).strip());
        } catch (IllegalArgumentException e) {
            throw new JobSpecException(where + e.getMessage());
        }
    }

    private static FieldMapping fields(String where, Object value) {
        if (value == null) return FieldMapping.auto();
        if (!(value instanceof Map<?, ?> m)) {
            throw new JobSpecException(where + "'fields' must map article fields (" + FIELD_NAMES
                    + ") to column names, e.g. 'text: content'");
        }
        Map<ArticleField, List<String>> mapping = new EnumMap<>(ArticleField.class);
        for (Map.Entry<?, ?> e : m.entrySet()) {
            ArticleField field = field(where, String.valueOf(e.getKey()));
            mapping.put(field, columns(where + "fields: " + field.specName() + ": ", e.getValue()));
        }
        return FieldMapping.of(mapping);
    }

    private static ArticleField field(String where, String name) {
        for (ArticleField f : ArticleField.values()) {
            if (f.specName().equals(name)) return f;
        }
        throw new JobSpecException(where + "fields: unknown field '" + name + "'; the fields are " + FIELD_NAMES);
    }

    private static List<String> columns(String where, Object value) {
        List<?> items = value instanceof List<?> l ? l : List.of(value == null ? "" : value);
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String || item instanceof Number) || String.valueOf(item).isBlank()) {
                throw new JobSpecException(where + "give a column name or a list of column names (got " + value + ")");
            }
            out.add(String.valueOf(item).strip());
        }
        if (out.isEmpty()) throw new JobSpecException(where + "the list of column names is empty");
        if (Set.copyOf(out).size() != out.size()) throw new JobSpecException(where + "a column is named twice");
        return out;
    }

    private static String dateFormat(String where, Object value) {
        if (value == null) return null;
        if (!(value instanceof String pattern) || pattern.isBlank()) {
            throw new JobSpecException(where + "'date_format' must be a java.time pattern in quotes, e.g. \"d/M/yyyy\"");
        }
        try {
            DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            throw new JobSpecException(where + "date_format '" + pattern + "' is not a java.time pattern ("
                    + e.getMessage() + "); write one such as \"d/M/yyyy\" or \"yyyy-MM-dd HH:mm\"");
        }
        return pattern;
    }

    private static boolean optional(String where, Object value) {
        if (value == null) return false;
        if (value instanceof Boolean b) return b;
        throw new JobSpecException(where + "'optional' must be true or false (got " + value + ")");
    }
}
