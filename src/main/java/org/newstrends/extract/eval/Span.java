package org.newstrends.extract.eval;

/**
 * A typed character span of a text, {@code end} exclusive, as scored by exact-span evaluation.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param type entity type, e.g. {@code PER}, {@code LOC}, {@code ORG}
 */
public record Span(int start, int end, String type) implements Comparable<Span> {

    @Override
    public int compareTo(Span o) {
        if (start != o.start) return Integer.compare(start, o.start);
        if (end != o.end) return Integer.compare(end, o.end);
        return type.compareTo(o.type);
    }
}
