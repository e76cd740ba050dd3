package org.newstrends.extract.text;

import java.util.Comparator;
import java.util.List;

/**
 * A set of {@code [start, end)} character spans that answers "does this range overlap any of them?" by binary
 * search: a very long article holds hundreds of thousands of spans, and scanning them for every token or
 * candidate would take hours.
 */
public final class SpanIndex {
    private static final SpanIndex EMPTY = new SpanIndex(new int[0], new int[0]);

    private final int[] starts;
    /** {@code maxEnds[i]}: the largest end among the spans with the {@code i + 1} smallest starts. */
    private final int[] maxEnds;

    private SpanIndex(int[] starts, int[] maxEnds) {
        this.starts = starts;
        this.maxEnds = maxEnds;
    }

    /** The index of {@code spans}, each {@code {start, end}}. */
    public static SpanIndex of(List<int[]> spans) {
        if (spans.isEmpty()) return EMPTY;
        int[][] sorted = spans.toArray(int[][]::new);
        java.util.Arrays.sort(sorted, Comparator.comparingInt((int[] s) -> s[0]));
        int[] starts = new int[sorted.length];
        int[] maxEnds = new int[sorted.length];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i][0];
            max = Math.max(max, sorted[i][1]);
            maxEnds[i] = max;
        }
        return new SpanIndex(starts, maxEnds);
    }

    /** True when a span of the set overlaps {@code [start, end)}. */
    public boolean overlaps(int start, int end) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < end) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && maxEnds[lo - 1] > start;
    }
}
