package org.newstrends.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the named values of a tabular record ({@link RecordColumns}) into an article or a reject, with the input's
 * field mapping, date forms and limits: the one place CSV, TSV, JSON and Parquet records become articles.
 *
 * <p>Each field takes the first non-empty value among its configured columns, or else among its
 * {@link ArticleField#autoNames() auto-detected names} (case-insensitive). A record with none of the text
 * columns has its description as text (its title is counted as the title). Values may be text, numbers (Unix
 * time in a date; written as digits in an id, title, source or url), date and time objects, byte arrays
 * (decoded as UTF-8, else Windows-1252) and, in the text, a list of strings (its paragraphs); any other value is
 * a reject that names the column and what it holds.
 */
public final class ColumnRecords {
    private static final Map<ReadOptions, ArticleDates> DATES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_DATES = 64;

    private ColumnRecords() { }

    /** A mapped record and whether its id is the default one. */
    record Mapped(IngestRecord record, boolean defaultId) { }

    /**
     * The record at {@code position} of {@code input}: an article, or a reject saying why not. {@code defaultId}
     * is its id when it has no id column.
     */
    public static IngestRecord toRecord(String input, long position, String defaultId, RecordColumns columns,
                                        ReadOptions options) {
        if (DATES.size() > MAX_CACHED_DATES) DATES.clear();
        ArticleDates dates = DATES.computeIfAbsent(options, ArticleDates::of);
        return map(input, position, defaultId, columns, options, dates).record();
    }

    /** Like {@link #toRecord}, with the date reader of the input, telling whether the default id was used. */
    static Mapped map(String input, long position, String defaultId, RecordColumns columns, ReadOptions options,
                      ArticleDates dates) {
        Values values = new Values(columns, options.fields());
        String id = defaultId;
        boolean defaulted = true;
        try {
            String written = values.plain(ArticleField.ID);
            if (written != null && !written.isBlank()) {
                id = written.strip();
                defaulted = false;
            }
            String title = values.plain(ArticleField.TITLE);
            String source = values.plain(ArticleField.SOURCE);
            String url = values.plain(ArticleField.URL);
            String text = values.text();
            LocalDate date = values.date(dates);
            IngestRecord record = text == null
                    ? IngestRecord.rejected(input, position, id, values.noTextReason())
                    : Articles.build(input, position, id, date, source, title, text, url == null ? null : url.strip(),
                    options);
            record.setDecodedAsCp1252(values.cp1252);
            return new Mapped(record, defaulted);
        } catch (Refusal r) {
            IngestRecord record = IngestRecord.rejected(input, position, id, r.getMessage());
            record.setDecodedAsCp1252(values.cp1252);
            return new Mapped(record, defaulted);
        }
    }

    /** Why a record is not an article; thrown inside the mapping only, so it carries no stack trace. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A field's column and value: {@code exists} false when the record has none of its columns. */
    private record Found(boolean exists, String column, Object value) {
        static final Found ABSENT = new Found(false, null, null);
    }

    /** The values of one record's fields. */
    private static final class Values {
        private final RecordColumns columns;
        private final FieldMapping mapping;
        private final TextBytes decoder = new TextBytes();
        boolean cp1252;

        Values(RecordColumns columns, FieldMapping mapping) {
            this.columns = columns;
            this.mapping = mapping;
        }

        private List<String> candidates(ArticleField field) {
            List<String> configured = mapping.configured(field);
            return configured.isEmpty() ? field.autoNames() : configured;
        }

        /** The first non-empty value of the field's columns, in the order of its candidates. */
        private Found find(ArticleField field) {
            Found empty = Found.ABSENT;
            for (String candidate : candidates(field)) {
                for (String name : columns.names()) {
                    if (!name.strip().equalsIgnoreCase(candidate)) continue;
                    Object v = columns.value(name);
                    if (!isEmpty(v)) return new Found(true, name, v);
                    if (!empty.exists()) empty = new Found(true, name, null);
                }
            }
            return empty;
        }

        private static boolean isEmpty(Object v) {
            return v == null || (v instanceof String s && s.isBlank()) || (v instanceof byte[] b && b.length == 0)
                    || (v instanceof Collection<?> c && c.isEmpty());
        }

        /** An id, title, source or url: text, or a number written as digits. */
        String plain(ArticleField field) {
            Found f = find(field);
            if (f.value() == null) return null;
            Object v = f.value();
            if (v instanceof String s) return s;
            if (v instanceof byte[] b) return decode(b);
            if (v instanceof Number n && !(v instanceof Double d && !Double.isFinite(d))) return plainNumber(n);
            throw wrongType(field, f, "text");
        }

        /** The text, or the description when the record has no text column; null when it has neither. */
        String text() {
            Found f = find(ArticleField.TEXT);
            ArticleField field = ArticleField.TEXT;
            if (!f.exists()) {
                f = find(ArticleField.DESCRIPTION);
                field = ArticleField.DESCRIPTION;
                if (!f.exists()) return null;
            }
            Object v = f.value();
            if (v == null) return "";
            if (v instanceof String s) return s;
            if (v instanceof byte[] b) return decode(b);
            if (v instanceof Collection<?> parts && parts.stream().allMatch(p -> p == null || p instanceof String)) {
                List<String> paragraphs = new ArrayList<>();
                for (Object p : parts) {
                    if (p != null && !((String) p).isBlank()) paragraphs.add((String) p);
                }
                return String.join("\n\n", paragraphs);
            }
            throw wrongType(field, f, "text");
        }

        /** Why a record that has no text column is refused. */
        String noTextReason() {
            List<String> names = new ArrayList<>(candidates(ArticleField.TEXT));
            names.addAll(candidates(ArticleField.DESCRIPTION));
            return "no text (looked for " + String.join(", ", names) + ")";
        }

        LocalDate date(ArticleDates dates) {
            Found f = find(ArticleField.DATE);
            Object v = f.value();
            if (v == null) throw new Refusal("missing date");
            if (v instanceof byte[] b) v = decode(b);
            if (!(v instanceof String || v instanceof Number || v instanceof Temporal || v instanceof java.util.Date)) {
                throw wrongType(ArticleField.DATE, f, "a date");
            }
            ArticleDates.Reading reading = dates.read(v);
            if (reading.date() == null) throw new Refusal(reading.problem());
            return reading.date();
        }

        private String decode(byte[] bytes) {
            TextBytes.Decoded d = decoder.decode(bytes, bytes.length, false);
            cp1252 |= d.cp1252();
            return d.text();
        }

        private static Refusal wrongType(ArticleField field, Found f, String expected) {
            String column = f.column().equalsIgnoreCase(field.specName())
                    ? "'" + f.column() + "'" : "'" + f.column() + "' (" + field.specName() + ")";
            return new Refusal(column + " is " + describe(f.value()) + ", expected " + expected);
        }

        private static String describe(Object v) {
            if (v instanceof Boolean b) return "a boolean (" + b + ")";
            if (v instanceof Number n) return "a number (" + n + ")";
            if (v instanceof Map<?, ?>) return "an object";
            if (v instanceof Collection<?> || v.getClass().isArray()) return "a list";
            if (v instanceof String) return "text";
            return "a value of type " + v.getClass().getSimpleName();
        }

        private static String plainNumber(Number n) {
            BigDecimal d = new BigDecimal(n.toString()).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
    }
}
