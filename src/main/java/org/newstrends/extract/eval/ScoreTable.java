package org.newstrends.extract.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact-span precision, recall and F1 per entity type and micro-averaged over all types.
 */
public final class ScoreTable {

    private final Map<String, int[]> counts = new TreeMap<>();

    /** Records a predicted span that matches a gold span exactly. */
    public void truePositive(String type) { bucket(type)[0]++; }

    /** Records a predicted span with no exactly matching gold span. */
    public void falsePositive(String type) { bucket(type)[1]++; }

    /** Records a gold span that no prediction matched exactly. */
    public void falseNegative(String type) { bucket(type)[2]++; }

    private int[] bucket(String type) {
        return counts.computeIfAbsent(type, t -> new int[3]);
    }

    /** Precision of {@code type}, or of all types when {@code type} is null. */
    public double precision(String type) {
        int[] c = total(type);
        return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    }

    /** Recall of {@code type}, or of all types when {@code type} is null. */
    public double recall(String type) {
        int[] c = total(type);
        return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    }

    /** F1 of {@code type}, or micro-averaged F1 of all types when {@code type} is null. */
    public double f1(String type) {
        double p = precision(type);
        double r = recall(type);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private int[] total(String type) {
        if (type != null) return counts.getOrDefault(type, new int[3]);
        int[] sum = new int[3];
        for (int[] c : counts.values()) {
            for (int i = 0; i < 3; i++) sum[i] += c[i];
        }
        return sum;
    }

    /** A fixed-width table: one row per type, then the micro average. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-6s %6s %6s %6s %7s %7s %7s%n", "type", "tp", "fp", "fn",
                "P", "R", "F1"));
        for (String type : counts.keySet()) row(sb, type, type);
        row(sb, "micro", null);
        return sb.toString();
    }

    private void row(StringBuilder sb, String label, String type) {
        int[] c = total(type);
        sb.append(String.format(Locale.ROOT, "%-6s %6d %6d %6d %7.3f %7.3f %7.3f%n", label, c[0], c[1], c[2],
                precision(type), recall(type), f1(type)));
    }
}
