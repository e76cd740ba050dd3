package org.newstrends.extract.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.newstrends.extract.eval.ConllDocument;
import org.newstrends.extract.eval.ConllReader;

/** A small made-up corpus in CoNLL-2003 form, for training tests that must not need the real data. */
final class TinyCorpus {

    private static final String[] PEOPLE = {"Peter Smith", "Maria Lopez", "John Carter", "Anna Schmidt",
            "David Brown", "Sarah Miller", "James Wilson", "Linda Moore"};
    private static final String[] PLACES = {"Boston", "Madrid", "Chicago", "Berlin", "Denver", "Lisbon",
            "Houston", "Vienna"};
    private static final String[] ORGS = {"Acme Corp", "Globex Corp", "Initech Corp", "Umbrella Corp",
            "Hooli Corp", "Vandelay Corp", "Stark Corp", "Wayne Corp"};
    private static final String[] TEMPLATES = {
        "PER visited LOC on Monday .",
        "ORG hired PER last year .",
        "Shares of ORG rose in LOC .",
        "PER , a spokesman for ORG , said the talks in LOC would go on .",
    };

    private TinyCorpus() { }

    /** The corpus as the text of a CoNLL file: {@code rounds} passes over the templates. */
    static String conll(int rounds, int offset) {
        StringBuilder out = new StringBuilder();
        int k = offset;
        for (int r = 0; r < rounds; r++) {
            for (String template : TEMPLATES) {
                for (String slot : template.split(" ")) {
                    switch (slot) {
                        case "PER" -> name(out, PEOPLE[k % PEOPLE.length], "PER");
                        case "LOC" -> name(out, PLACES[(k + 3) % PLACES.length], "LOC");
                        case "ORG" -> name(out, ORGS[(k + 5) % ORGS.length], "ORG");
                        default -> out.append(slot).append(" X X O\n");
                    }
                }
                out.append('\n');
                k++;
            }
        }
        return out.toString();
    }

    private static void name(StringBuilder out, String name, String type) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            out.append(words[i]).append(" X X ").append(i == 0 ? "B-" : "I-").append(type).append('\n');
        }
    }

    /** The corpus as documents, as {@code train-ner} reads it. */
    static List<ConllDocument> documents(int rounds, int offset) {
        try (BufferedReader in = new BufferedReader(new StringReader(conll(rounds, offset)))) {
            return ConllReader.groupDocuments(ConllReader.readSentences(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
