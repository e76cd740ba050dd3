package org.newstrends.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

    /** Two invented stories: headline, dateline, body. */
    static final String FILE = String.join("\n",
            "RIVERTON NNP B-NP B-ORG", "WINS VBZ B-VP O", "TITLE NN B-NP O", "", "OSLO NNP B-NP B-LOC", "1996-09-02 CD I-NP O", "",
            "Anna NNP B-NP B-PER", "Berg NNP I-NP I-PER", "praised NNP B-VP O", "Riverton NNP B-NP B-ORG", ". . O O", "",
            "MARKETS NNP B-NP O", "CALM NNP I-NP O", "", "TOKYO NNP B-NP B-LOC", "1996-09-03 CD I-NP O", "",
            "Prices NNS B-NP O", "held VBD B-VP O", "in IN B-PP O", "New NNP B-NP B-LOC", "Delhi NNP I-NP I-LOC",
            ". . O O", "");

    private static List<ConllDocument> documents() throws IOException {
        return ConllReader.groupDocuments(ConllReader.readSentences(new BufferedReader(new StringReader(FILE))));
    }

    @Test
    void startsADocumentAtEachHeadlineBeforeADateline() throws IOException {
        List<ConllDocument> docs = documents();
        assertEquals(2, docs.size());
        assertEquals("RIVERTON WINS TITLE\nOSLO 1996-09-02\nAnna Berg praised Riverton .", docs.get(0).text());
        assertEquals(10, docs.get(0).tokenCount());
    }

    @Test
    void goldSpansAreCharacterOffsetsOfWholeEntities() throws IOException {
        ConllDocument doc = documents().get(0);
        assertEquals(List.of(new Span(0, 8, "ORG"), new Span(20, 24, "LOC"), new Span(36, 45, "PER"),
                new Span(54, 62, "ORG")), doc.gold());
        for (Span s : doc.gold()) {
            assertEquals(s.end() - s.start(), doc.text().substring(s.start(), s.end()).length());
        }
        assertEquals("New Delhi", documents().get(1).text().substring(documents().get(1).gold().get(1).start(),
                documents().get(1).gold().get(1).end()));
    }
}
