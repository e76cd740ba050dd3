package org.newstrends.extract.theme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newstrends.extract.text.PhraseDictionary;

/**
 * Finds taxonomy terms in a normalised word sequence in one left-to-right pass: a {@link PhraseDictionary} of
 * every word-form sequence of every term, asked at each position for the longest term that starts there. A matched
 * term consumes its words, so "air strike" is not also counted as the labour "strike".
 */
final class TermMatcher {

    private static final int[] NO_TERMS = new int[0];
    private static final int MAX_SEQUENCES_PER_TERM = 4096;

    /** Receives each match: the ids of the terms spelled by the matched words, and their span. */
    interface MatchSink {
        void match(int[] termIds, int start, int end);
    }

    private final PhraseDictionary<int[]> terms = new PhraseDictionary<>();
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
            insert(new ArrayList<>(), term, id, terms, themes, source);
        }
    }

    /** All word forms of the taxonomy: a hyphenated word outside it is matched by its parts. */
    Set<String> vocabulary() {
        return vocabulary;
    }

    /** Adds every word sequence of {@code term} that continues {@code words}, checking overlaps within its theme. */
    private void insert(List<String> words, ThemeTerm term, int id, List<ThemeTerm> terms,
                        List<ThemeDefinition> themes, String source) {
        int wordIndex = words.size();
        if (wordIndex == term.wordForms().size()) {
            int[] existing = this.terms.get(words);
            for (int other : existing == null ? NO_TERMS : existing) {
                if (terms.get(other).themeIndex() == term.themeIndex()) {
                    throw new TaxonomyFormatException(source, term.line(), "term '" + term.text() + "' of "
                            + themes.get(term.themeIndex()).code() + " overlaps the term '" + terms.get(other).text()
                            + "' on line " + terms.get(other).line());
                }
            }
            this.terms.merge(List.copyOf(words), new int[] {id}, TermMatcher::concat);
            return;
        }
        for (String form : term.wordForms().get(wordIndex)) {
            words.add(form);
            insert(words, term, id, terms, themes, source);
            words.remove(wordIndex);
        }
    }

    private static int[] concat(int[] ids, int[] more) {
        int[] out = Arrays.copyOf(ids, ids.length + more.length);
        System.arraycopy(more, 0, out, ids.length, more.length);
        return out;
    }

    /** Reports every longest, non-overlapping term occurrence in {@code words}, left to right. */
    void match(NormalizedWords words, MatchSink sink) {
        int n = words.size();
        int i = 0;
        while (i < n) {
            PhraseDictionary.Match<int[]> best = terms.longest(words::word, i, n);
            if (best != null) {
                sink.match(best.value(), words.start(i), words.end(best.end() - 1));
                i = best.end();
            } else {
                i++;
            }
        }
    }
}
