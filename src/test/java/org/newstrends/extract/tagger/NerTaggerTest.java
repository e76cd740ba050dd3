package org.newstrends.extract.tagger;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;

/** The committed model on a made-up article in the shape of the seed. */
class NerTaggerTest {

    private static final String TITLE = "Austin and Gallant to meet as Rafah offensive looms";
    private static final String TEXT = "US Defense Secretary Lloyd Austin is set to host Israeli Defense Minister "
            + "Yoav Gallant for talks next week. The visit follows weeks of friction between President Joe Biden "
            + "and Prime Minister Benjamin Netanyahu over the war against Hamas in Gaza.\n\n"
            + "Netanyahu's office declined to comment. Shares of Siemens AG fell in Frankfurt, while the "
            + "World Health Organization warned of disease in the Middle East.";

    private static List<String> spans() {
        List<FieldText> fields = List.of(FieldText.of(Field.TITLE, TITLE), FieldText.of(Field.TEXT, TEXT));
        List<String> out = new ArrayList<>();
        for (EntitySpan s : NerTagger.shared().tag(fields)) {
            out.add(fields.get(s.field()).field().wireName() + " " + s.type() + " "
                    + fields.get(s.field()).text().substring(s.start(), s.end()));
        }
        return out;
    }

    @Test
    void findsPeopleNoListNames() {
        List<String> spans = spans();
        for (String expected : List.of("text PER Lloyd Austin", "text PER Yoav Gallant", "text PER Joe Biden",
                "text PER Benjamin Netanyahu", "text PER Netanyahu")) {
            assertTrue(spans.contains(expected), expected + " in " + spans);
        }
    }

    @Test
    void readsAHeadlineSurnameAsThePersonTheTextNames() {
        List<String> spans = spans();
        assertTrue(spans.contains("title PER Austin"), spans.toString());
        assertTrue(spans.contains("title PER Gallant"), spans.toString());
    }

    @Test
    void findsOrganisationsAndPlaces() {
        List<String> spans = spans();
        for (String expected : List.of("text ORG Hamas", "text LOC Gaza", "text ORG Siemens AG", "text LOC Frankfurt",
                "text ORG World Health Organization", "text LOC Middle East", "text MISC Israeli")) {
            assertTrue(spans.contains(expected), expected + " in " + spans);
        }
        assertTrue(spans.stream().noneMatch(s -> s.endsWith("'s")), spans.toString());
    }
}
