package org.newstrends.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.NameType;

class CoreNlpTaggerTest {

    /** Made-up title and text for this test. */
    static final String TITLE = "Merkel meets Microsoft in Paris";
    static final String TEXT = "Angela Merkel met Microsoft executives in Paris on Monday.\n\n"
            + "The talks ended without a deal, a spokesman said.";

    private static CoreNlpTagger tagger;

    @BeforeAll
    static void loadModel() {
        tagger = new CoreNlpTagger();
    }

    private static List<EntitySpan> tagged() {
        return tagger.tag(List.of(FieldText.of(Field.TITLE, TITLE), FieldText.of(Field.TEXT, TEXT)));
    }

    private static String covered(EntitySpan span) {
        return (span.field() == 0 ? TITLE : TEXT).substring(span.start(), span.end());
    }

    @Test
    void findsPersonOrganisationAndPlaceWithOffsetsIntoTheirField() {
        List<EntitySpan> text = tagged().stream().filter(s -> s.field() == 1).toList();
        int merkel = TEXT.indexOf("Angela Merkel");
        int microsoft = TEXT.indexOf("Microsoft");
        int paris = TEXT.indexOf("Paris");
        assertEquals(List.of(
                new EntitySpan(1, merkel, merkel + "Angela Merkel".length(), NameType.PER),
                new EntitySpan(1, microsoft, microsoft + "Microsoft".length(), NameType.ORG),
                new EntitySpan(1, paris, paris + "Paris".length(), NameType.LOC)), text);
    }

    @Test
    void tagsTheTitleAsFieldZeroBeforeTheText() {
        List<EntitySpan> spans = tagged();
        List<EntitySpan> title = spans.stream().filter(s -> s.field() == 0).toList();
        assertTrue(title.stream().anyMatch(s -> covered(s).equals("Paris") && s.type() == NameType.LOC),
                () -> "title spans " + title);
        assertEquals(0, spans.get(0).field());
        for (EntitySpan span : spans) {
            assertEquals(covered(span).strip(), covered(span), "span without surrounding blanks");
        }
    }

    @Test
    void returnsNothingForEmptyFields() {
        assertEquals(List.of(), tagger.tag(List.of(FieldText.of(Field.TITLE, ""), FieldText.of(Field.TEXT, null))));
    }

    @Test
    void givesTheSameSpansFromSeveralThreadsAtOnce() throws Exception {
        List<EntitySpan> expected = tagged();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EntitySpan>>> results = pool.invokeAll(
                    Collections.nCopies(8, CoreNlpTaggerTest::tagged));
            for (Future<List<EntitySpan>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
