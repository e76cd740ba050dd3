package org.newstrends.extract.eval;

import java.util.List;

/**
 * One sentence of a CoNLL-2003 file: its tokens and their IOB2 entity tags ({@code B-PER}, {@code I-LOC}, {@code O}).
 */
public record ConllSentence(List<String> tokens, List<String> tags) {

    /** True when the sentence is a dateline such as {@code LONDON 1996-08-30}: it ends with an ISO date. */
    public boolean isDateline() {
        if (tokens.isEmpty() || tokens.size() > 6) return false;
        String last = tokens.get(tokens.size() - 1);
        return last.length() == 10 && last.charAt(4) == '-' && last.charAt(7) == '-'
                && Character.isDigit(last.charAt(0)) && Character.isDigit(last.charAt(9));
    }
}
