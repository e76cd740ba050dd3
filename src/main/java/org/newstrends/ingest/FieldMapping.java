package org.newstrends.ingest;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which columns of a record hold which {@link ArticleField}: the input's {@code fields} mapping of the job spec,
 * where a list means the first non-empty value wins. A field the mapping does not name is found by its
 * {@link ArticleField#autoNames() auto-detected names}.
 */
public final class FieldMapping implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final FieldMapping AUTO = new FieldMapping(Map.of());

    private final EnumMap<ArticleField, List<String>> configured = new EnumMap<>(ArticleField.class);

    private FieldMapping(Map<ArticleField, List<String>> configured) {
        configured.forEach((field, names) -> this.configured.put(field, List.copyOf(names)));
    }

    /** No mapping: every field auto-detected. */
    public static FieldMapping auto() {
        return AUTO;
    }

    /** The mapping {@code configured}: each field to its column names, first non-empty value wins. */
    public static FieldMapping of(Map<ArticleField, List<String>> configured) {
        return configured.isEmpty() ? AUTO : new FieldMapping(configured);
    }

    /** The column names configured for {@code field}, or an empty list when it is auto-detected. */
    public List<String> configured(ArticleField field) {
        return configured.getOrDefault(field, List.of());
    }

    /** The mapping as a job spec writes it, for the manifest. */
    public Map<String, List<String>> describe() {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        configured.forEach((field, names) -> out.put(field.specName(), names));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldMapping m && m.configured.equals(configured);
    }

    @Override
    public int hashCode() {
        return configured.hashCode();
    }

    @Override
    public String toString() {
        return configured.isEmpty() ? "auto" : configured.toString();
    }
}
