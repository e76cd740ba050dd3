package org.newstrends.extract.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Multi-word phrases keyed token by token, for longest-match lookup over a token sequence.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTrie<V> {

    private final Node<V> root = new Node<>();
    private int maxDepth;

    /** Adds a phrase given as its keys (one per token); an existing value is kept. */
    void put(List<String> keys, V value) {
        if (keys.isEmpty()) return;
        Node<V> node = root;
        for (String key : keys) {
            node = node.children.computeIfAbsent(key, k -> new Node<>());
        }
        if (node.value == null) node.value = value;
        maxDepth = Math.max(maxDepth, keys.size());
    }

    /**
     * The longest phrase starting at {@code from}, reading keys with {@code keyAt} up to {@code limit}
     * (exclusive); null when none.
     */
    Match<V> longest(IntFunction<String> keyAt, int from, int limit) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = from; i < limit && i - from < maxDepth; i++) {
            String key = keyAt.apply(i);
            if (key == null) break;
            node = node.children.get(key);
            if (node == null) break;
            if (node.value != null) best = new Match<>(from, i + 1, node.value);
        }
        return best;
    }

    /** A phrase found over tokens {@code [start, end)}. */
    record Match<V>(int start, int end, V value) { }

    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>(4);
        V value;
    }
}
