package org.newstrends.extract.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 files ({@code token POS chunk tag} per line, blank line between sentences) and groups
 * their sentences into documents.
 *
 * <p>The files carry no document markers. A Reuters story opens with a headline followed by a dateline
 * ("LONDON 1996-08-30"), so a new document starts at the sentence just before each dateline; sentences
 * before the first dateline form one document.
 */
public final class ConllReader {

    private ConllReader() { }

    /** Reads all sentences; lines with fewer than two columns are skipped, the tag is the last column. */
    public static List<ConllSentence> readSentences(BufferedReader in) throws IOException {
        List<ConllSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty()) {
                    sentences.add(new ConllSentence(List.copyOf(tokens), List.copyOf(tags)));
                    tokens.clear();
                    tags.clear();
                }
                continue;
            }
            String[] cols = trimmed.split("\\s+");
            if (cols.length < 2) continue;
            tokens.add(cols[0]);
            tags.add(cols[cols.length - 1]);
        }
        if (!tokens.isEmpty()) sentences.add(new ConllSentence(List.copyOf(tokens), List.copyOf(tags)));
        return sentences;
    }

    /** Groups sentences into documents: each headline-then-dateline pair opens a new document. */
    public static List<ConllDocument> groupDocuments(List<ConllSentence> sentences) {
        List<ConllDocument> documents = new ArrayList<>();
        List<ConllSentence> current = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            boolean headline = i + 1 < sentences.size() && sentences.get(i + 1).isDateline()
                    && !sentences.get(i).isDateline();
            if (headline && !current.isEmpty()) {
                documents.add(ConllDocument.of("conll-" + documents.size(), current));
                current = new ArrayList<>();
            }
            current.add(sentences.get(i));
        }
        if (!current.isEmpty()) documents.add(ConllDocument.of("conll-" + documents.size(), current));
        return documents;
    }
}
