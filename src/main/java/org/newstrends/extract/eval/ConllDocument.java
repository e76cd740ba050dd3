package org.newstrends.extract.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of CoNLL sentences as one article text: tokens joined by spaces, sentences by newlines, with the
 * gold entity spans (PER, LOC, ORG, MISC) as character offsets into that text.
 */
public record ConllDocument(String id, String text, List<Span> gold, int tokenCount) {

    /** Builds the text and gold spans of {@code sentences}. */
    public static ConllDocument of(String id, List<ConllSentence> sentences) {
        StringBuilder text = new StringBuilder();
        List<Span> gold = new ArrayList<>();
        int tokenCount = 0;
        for (ConllSentence s : sentences) {
            if (text.length() > 0) text.append('\n');
            int openStart = -1;
            String openType = null;
            int lastEnd = -1;
            for (int i = 0; i < s.tokens().size(); i++) {
                if (i > 0) text.append(' ');
                int start = text.length();
                text.append(s.tokens().get(i));
                int end = text.length();
                tokenCount++;
                String tag = s.tags().get(i);
                String type = tag.length() > 2 ? tag.substring(2) : null;
                boolean begins = tag.startsWith("B-") || (tag.startsWith("I-") && !type.equals(openType));
                if (openType != null && (tag.equals("O") || begins)) {
                    gold.add(new Span(openStart, lastEnd, openType));
                    openType = null;
                }
                if (begins) {
                    openStart = start;
                    openType = type;
                }
                lastEnd = end;
            }
            if (openType != null) gold.add(new Span(openStart, lastEnd, openType));
        }
        return new ConllDocument(id, text.toString(), List.copyOf(gold), tokenCount);
    }
}
