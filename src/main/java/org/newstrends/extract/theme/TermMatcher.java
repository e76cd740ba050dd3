package org.newstrends.extract.theme;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds taxonomy terms in a normalised word sequence in one left-to-right pass: a trie keyed by word
 * forms, walked from each position for the longest term that ends there. A matched term consumes its
 * words, so "air strike" is not also counted as the labour "strike".
 */
final class TermMatcher {

    private static final int[] NO_TERMS = new int[0];
    private static final int MAX_SEQUENCES_PER_TERM = 4096;

    /** Receives each match: the ids of the terms spelled by the matched words, and their span. */
    interface MatchSink {
        void match(int[] termIds, int start, int end);
    }

    private static final class Node {
        Map<String, Node> children;
        int[] termIds = NO_TERMS;
    }

    private final Node root = new Node();
    private final Set<String> vocabulary = new HashSet<>();

    TermMatcher(List<ThemeTerm> terms, List<ThemeDefinition> themes, String source) {
        for (int id = 0; id < terms.size(); id++) {
            ThemeTerm term = terms.get(id);
            long sequences = 1;
            for (List<String> forms : term.wordForms()) {
                sequences *= forms.size();
                vocabulary.addAll(forms);
            }
            if (sequences > MAX_SEQUENCES_PER_TERM) {
                throw new TaxonomyFormatException(source, term.line(), "term '" + term.text()
                        + "' has too many inflected forms; mark words with = to keep them as written");
            }
            insert(root, term, id, 0, terms, themes, source);
        }
    }

    /** All word forms of the taxonomy: a hyphenated word outside it is matched by its parts. */
    Set<String> vocabulary() {
        return vocabulary;
    }

    private void insert(Node node, ThemeTerm term, int id, int wordIndex, List<ThemeTerm> terms,
                        List<ThemeDefinition> themes, String source) {
        if (wordIndex == term.wordForms().size()) {
            for (int other : node.termIds) {
                if (terms.get(other).themeIndex() == term.themeIndex()) {
                    throw new TaxonomyFormatException(source, term.line(), "term '" + term.text() + "' of "
                            + themes.get(term.themeIndex()).code() + " overlaps the term '" + terms.get(other).text()
                            + "' on line " + terms.get(other).line());
                }
            }
            int[] ids = Arrays.copyOf(node.termIds, node.termIds.length + 1);
            ids[ids.length - 1] = id;
            node.termIds = ids;
            return;
        }
        if (node.children == null) node.children = new HashMap<>();
        for (String form : term.wordForms().get(wordIndex)) {
            Node child = node.children.computeIfAbsent(form, k -> new Node());
            insert(child, term, id, wordIndex + 1, terms, themes, source);
        }
    }

    /** Reports every longest, non-overlapping term occurrence in {@code words}, left to right. */
    void match(NormalizedWords words, MatchSink sink) {
        int n = words.size();
        int i = 0;
        while (i < n) {
            Node node = root;
            Node best = null;
            int bestEnd = -1;
            for (int j = i; j < n && node.children != null; j++) {
                node = node.children.get(words.word(j));
                if (node == null) break;
                if (node.termIds.length > 0) {
                    best = node;
                    bestEnd = j;
                }
            }
            if (best != null) {
                sink.match(best.termIds, words.start(i), words.end(bestEnd));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
    }
}
