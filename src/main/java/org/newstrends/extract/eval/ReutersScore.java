package org.newstrends.extract.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Document-level country scores of a Reuters evaluation: micro precision, recall and F1 over
 * (document, country) pairs, with per-country error counts to see where it goes wrong.
 */
public final class ReutersScore {

    private int documents;
    private int skippedDocuments;
    private final Map<String, Integer> skippedLabels = new TreeMap<>();
    private final Map<String, int[]> perCountry = new TreeMap<>();

    /** Counts one scored document. */
    public void document() {
        documents++;
    }

    /** Counts a document left out because it had no country label. */
    public void skippedDocument() {
        skippedDocuments++;
    }

    /** Counts a label that is not a known country code. */
    public void skippedLabel(String code) {
        skippedLabels.merge(code, 1, Integer::sum);
    }

    /** A country both predicted and labelled. */
    public void truePositive(String iso2) {
        bucket(iso2)[0]++;
    }

    /** A country predicted but not labelled. */
    public void falsePositive(String iso2) {
        bucket(iso2)[1]++;
    }

    /** A country labelled but not predicted. */
    public void falseNegative(String iso2) {
        bucket(iso2)[2]++;
    }

    private int[] bucket(String iso2) {
        return perCountry.computeIfAbsent(iso2, k -> new int[3]);
    }

    /** Scored documents. */
    public int documents() {
        return documents;
    }

    /** Documents left out for having no country label. */
    public int skippedDocuments() {
        return skippedDocuments;
    }

    /** Labels that are no known country, with their counts. */
    public Map<String, Integer> skippedLabels() {
        return skippedLabels;
    }

    /** True positives of one country. */
    public int perCountryTruePositives(String iso2) {
        int[] c = perCountry.get(iso2);
        return c == null ? 0 : c[0];
    }

    /** Summed true positives, false positives and false negatives. */
    public int[] totals() {
        int[] t = new int[3];
        for (int[] c : perCountry.values()) {
            for (int i = 0; i < 3; i++) t[i] += c[i];
        }
        return t;
    }

    /** Micro precision. */
    public double precision() {
        int[] t = totals();
        return t[0] + t[1] == 0 ? 0 : (double) t[0] / (t[0] + t[1]);
    }

    /** Micro recall. */
    public double recall() {
        int[] t = totals();
        return t[0] + t[2] == 0 ? 0 : (double) t[0] / (t[0] + t[2]);
    }

    /** Micro F1. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The report: totals, then the countries with the most errors. */
    public String format(int worstCountries) {
        StringBuilder sb = new StringBuilder();
        int[] t = totals();
        sb.append(String.format(Locale.ROOT, "documents %d (skipped without country label: %d)%n", documents, skippedDocuments));
        sb.append(String.format(Locale.ROOT, "tp %d fp %d fn %d%n", t[0], t[1], t[2]));
        sb.append(String.format(Locale.ROOT, "precision %.4f recall %.4f f1 %.4f%n", precision(), recall(), f1()));
        if (!skippedLabels.isEmpty()) sb.append("skipped labels ").append(skippedLabels).append(System.lineSeparator());
        sb.append(formatWorst(worstCountries));
        return sb.toString();
    }

    /** The countries with the most errors (false positives plus false negatives), at most {@code worstCountries}. */
    public String formatWorst(int worstCountries) {
        StringBuilder sb = new StringBuilder();
        if (worstCountries > 0) {
            sb.append(String.format(Locale.ROOT, "%-4s %6s %6s %6s%n", "iso2", "tp", "fp", "fn"));
            perCountry.entrySet().stream()
                    .sorted((a, b) -> {
                        int ea = a.getValue()[1] + a.getValue()[2];
                        int eb = b.getValue()[1] + b.getValue()[2];
                        return ea != eb ? Integer.compare(eb, ea) : a.getKey().compareTo(b.getKey());
                    })
                    .limit(worstCountries)
                    .forEach(e -> sb.append(String.format(Locale.ROOT, "%-4s %6d %6d %6d%n",
                            e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])));
        }
        return sb.toString();
    }
}
