package org.newstrends.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newstrends.aggregate.ArticleCopy;
import org.newstrends.aggregate.CopyFingerprint;
import org.newstrends.aggregate.Duplicates;
import org.newstrends.aggregate.Shingles;

/**
 * The duplicate clusters found the slow, sure way, on the driver, to measure what the banded search misses: every
 * pair of articles sharing a distinctive shingle (through an inverted index) is compared exactly. For collections of
 * up to about 20,000 articles, where boilerplate is counted over every article, as the stage does.
 */
final class DedupCheck {
    private DedupCheck() { }

    /** Prints the clustered articles found exhaustively and how many of them {@code found} has in the same cluster. */
    static void report(List<CopyFingerprint> fingerprints, List<ArticleCopy> found, double threshold) {
        Map<String, String> rootOfDigest = new HashMap<>();
        Map<String, String> articleOfOrder = new HashMap<>();
        Map<String, int[]> shinglesOfRoot = new TreeMap<>();
        for (CopyFingerprint f : fingerprints) {
            articleOfOrder.put(f.getOrder(), f.getArticleId());
            if (f.getTextDigest() == null) continue;
            rootOfDigest.merge(f.getTextDigest(), f.getOrder(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Map<String, String> parent = new HashMap<>();
        for (CopyFingerprint f : fingerprints) {
            if (f.getTextDigest() == null) continue;
            String root = rootOfDigest.get(f.getTextDigest());
            if (!root.equals(f.getOrder())) union(parent, f.getOrder(), root);
            if (root.equals(f.getOrder()) && f.getShingles().length >= Duplicates.MIN_SHINGLES) {
                shinglesOfRoot.put(root, f.getShingles());
            }
        }
        Map<Integer, Integer> articlesOfShingle = new HashMap<>();
        for (int[] s : shinglesOfRoot.values()) for (int x : s) articlesOfShingle.merge(x, 1, Integer::sum);
        long limit = Math.max(100, (rootOfDigest.size() + 999) / 1000);
        Set<Integer> boilerplate = new HashSet<>();
        articlesOfShingle.forEach((s, n) -> { if (n > limit) boilerplate.add(s); });
        Map<String, int[]> sets = new TreeMap<>();
        Map<Integer, List<String>> index = new HashMap<>();
        shinglesOfRoot.forEach((root, s) -> {
            int[] d = Shingles.without(s, boilerplate);
            if (d.length < Duplicates.MIN_SHINGLES) return;
            sets.put(root, d);
            for (int x : d) index.computeIfAbsent(x, k -> new ArrayList<>()).add(root);
        });
        long nearPairs = 0;
        for (Map.Entry<String, int[]> e : sets.entrySet()) {
            Set<String> seen = new HashSet<>();
            for (int x : e.getValue()) {
                for (String other : index.get(x)) {
                    if (other.compareTo(e.getKey()) <= 0 || !seen.add(other)) continue;
                    if (Shingles.jaccard(e.getValue(), sets.get(other)) >= threshold - 1e-9) {
                        union(parent, e.getKey(), other);
                        nearPairs++;
                    }
                }
            }
        }
        Map<String, String> expected = new HashMap<>();
        for (String order : parent.keySet()) {
            expected.put(articleOfOrder.get(order), articleOfOrder.get(root(parent, order)));
        }
        Map<String, String> clusterOf = new HashMap<>();
        for (ArticleCopy c : found) clusterOf.put(c.getArticleId(), c.getCluster());
        long same = expected.entrySet().stream().filter(e -> e.getValue().equals(clusterOf.get(e.getKey()))).count();
        long extra = clusterOf.keySet().stream().filter(id -> !expected.containsKey(id)).count();
        long left = expected.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
        System.out.printf("exhaustive: %d near pairs, %d clustered articles, %d copies left out%n",
                nearPairs, expected.size(), left);
        System.out.printf("recall: %d of %d clustered articles in the same cluster (%.2f%%), %d clustered in excess%n",
                same, expected.size(), 100.0 * same / Math.max(1, expected.size()), extra);
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (ra.equals(rb)) return;
        if (ra.compareTo(rb) < 0) parent.put(rb, ra); else parent.put(ra, rb);
    }

    private static String root(Map<String, String> parent, String node) {
        parent.putIfAbsent(node, node);
        String r = node;
        while (!parent.get(r).equals(r)) r = parent.get(r);
        return r;
    }
}
