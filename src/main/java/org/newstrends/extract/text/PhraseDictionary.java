package org.newstrends.extract.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.IntFunction;

/**
 * Phrases keyed token by token (a trie), for the longest phrase that starts at a position of a token sequence:
 * the one lookup structure of organisations and titles, place names and theme terms. What a key is (the token as
 * written, in capitals, lower case, with or without its spacing) is the caller's choice; the dictionary compares
 * keys exactly. Not thread-safe while phrases are added; safe to read from many threads afterwards.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseDictionary<V> {

    private final Node<V> root = new Node<>();
    private int maxTokens;

    /** Adds a phrase given as its keys (one per token); an existing value for it is kept. */
    public void put(List<String> keys, V value) {
        merge(keys, value, (existing, added) -> existing);
    }

    /**
     * Adds a phrase, combining its value with one already stored for it by {@code merge(existing, value)}.
     *
     * @return the value now stored for the phrase (null for an empty phrase, which is not stored)
     */
    public V merge(List<String> keys, V value, BinaryOperator<V> merge) {
        if (keys.isEmpty()) return null;
        Node<V> node = root;
        for (String key : keys) node = node.childFor(key);
        node.value = node.value == null ? value : merge.apply(node.value, value);
        maxTokens = Math.max(maxTokens, keys.size());
        return node.value;
    }

    /** The value of exactly this phrase, or null. */
    public V get(List<String> keys) {
        Node<V> node = root;
        for (int i = 0; i < keys.size() && node != null; i++) node = node.child(keys.get(i));
        return node == null ? null : node.value;
    }

    /**
     * The longest phrase starting at position {@code from}, reading the key of each position with {@code keyAt} up
     * to {@code limit} (exclusive; a null key also ends the phrase); null when none.
     */
    public Match<V> longest(IntFunction<String> keyAt, int from, int limit) {
        Node<V> node = root;
        Node<V> best = null;
        int bestEnd = -1;
        for (int i = from; i < limit && i - from < maxTokens; i++) {
            String key = keyAt.apply(i);
            if (key == null) break;
            node = node.child(key);
            if (node == null) break;
            if (node.value != null) {
                best = node;
                bestEnd = i + 1;
            }
        }
        return best == null ? null : new Match<>(from, bestEnd, best.value);
    }

    /** The node before any key, to walk the dictionary one token at a time ({@link Node#child}). */
    public Node<V> root() {
        return root;
    }

    /** The most tokens of any phrase. */
    public int maxTokens() {
        return maxTokens;
    }

    /**
     * A phrase found over positions {@code [start, end)}.
     *
     * @param start the first position
     * @param end the position after the last
     * @param value what the phrase stands for
     */
    public record Match<V>(int start, int end, V value) { }

    /** The phrases that start with the keys read so far. */
    public static final class Node<V> {
        private Map<String, Node<V>> children;
        private V value;

        /** The node after one more key, or null when no phrase continues with it. */
        public Node<V> child(String key) {
            return children == null ? null : children.get(key);
        }

        /** The value of the phrase that ends here, or null. */
        public V value() {
            return value;
        }

        private Node<V> childFor(String key) {
            if (children == null) children = new HashMap<>(4);
            return children.computeIfAbsent(key, k -> new Node<>());
        }
    }
}
