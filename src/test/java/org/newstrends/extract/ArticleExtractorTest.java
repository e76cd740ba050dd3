package org.newstrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.Mention;
import org.newstrends.ingest.Article;

class ArticleExtractorTest {

    /** A paraphrased news story in the manner of the seed article, written for this test. */
    static final String TITLE = "Austin and Gallant to meet as Rafah offensive looms";
    static final String TEXT = "US Defense Secretary Lloyd Austin is set to host Israeli Defense Minister Yoav Gallant "
            + "for talks next week, a US official said. The visit follows weeks of friction between President "
            + "Joe Biden and Israeli Prime Minister Benjamin Netanyahu over the war against Hamas in Gaza.\n\n"
            + "Netanyahu vowed on Sunday to press ahead with an operation in Rafah, while Hamas said the talks "
            + "had stalled. Diplomats fear a wider crisis across the Middle East.\n\n"
            + "The Austin-Gallant meeting will be their first since January. Mr. Netanyahu's office declined "
            + "to comment. Austin and Gallant last spoke by phone.";

    private static ExtractedArticle extracted() {
        return ArticleExtractor.forMethod(ArticleExtractor.RULES).extract(
                new Article("a1", LocalDate.of(2024, 3, 19), "test", TITLE, TEXT, null));
    }

    @Test
    void findsEachActorAsOneCanonicalEntityWithItsCountry() {
        Map<String, String> typeByCanonical = new TreeMap<>();
        Map<String, Set<String>> countries = new TreeMap<>();
        for (Mention m : extracted().mentions()) {
            if (!m.kind().equals(Mention.ACTOR)) continue;
            typeByCanonical.put(m.canonical(), m.type());
            countries.computeIfAbsent(m.canonical(), k -> new TreeSet<>()).add(String.valueOf(m.country()));
        }
        assertEquals(Map.of("Lloyd Austin", "PERSON", "Yoav Gallant", "PERSON", "Joe Biden", "PERSON",
                "Benjamin Netanyahu", "PERSON", "Hamas", "ORGANIZATION"), typeByCanonical);
        assertEquals(Set.of("US"), countries.get("Lloyd Austin"));
        assertEquals(Set.of("IL"), countries.get("Yoav Gallant"));
        assertEquals(Set.of("US"), countries.get("Joe Biden"));
        assertEquals(Set.of("IL"), countries.get("Benjamin Netanyahu"));
    }

    @Test
    void resolvesSurnamesAndHyphenCompoundsToTheFullName() {
        List<Mention> mentions = extracted().mentions();
        long netanyahu = mentions.stream().filter(m -> m.canonical().equals("Benjamin Netanyahu")).count();
        assertEquals(3, netanyahu, "full name, 'Netanyahu vowed', 'Mr. Netanyahu's'");
        assertTrue(mentions.stream().anyMatch(m -> m.field().equals("text") && m.text().equals("Netanyahu")
                && m.canonical().equals("Benjamin Netanyahu") && m.role().equals("Prime Minister")));
        int compound = TEXT.indexOf("Austin-Gallant");
        assertTrue(mentions.stream().anyMatch(m -> m.start() == compound && m.end() == compound + 6
                && m.canonical().equals("Lloyd Austin")));
        assertTrue(mentions.stream().anyMatch(m -> m.start() == compound + 7 && m.canonical().equals("Yoav Gallant")));
        assertTrue(mentions.stream().anyMatch(m -> m.field().equals("title") && m.text().equals("Austin")
                && m.canonical().equals("Lloyd Austin")));
    }

    @Test
    void keepsStatedRoles() {
        Mention austin = extracted().mentions().stream().filter(m -> m.text().equals("Lloyd Austin"))
                .findFirst().orElseThrow();
        assertEquals("Defense Secretary", austin.role());
        assertEquals(TEXT.indexOf("Lloyd Austin"), austin.start());
    }

    @Test
    void findsLocationsButNeverAustinAsAPlace() {
        Set<String> places = new TreeSet<>();
        for (Mention m : extracted().mentions()) {
            if (!m.kind().equals(Mention.LOCATION)) continue;
            places.add(m.canonical());
            assertFalse(m.text().contains("Austin"), "Austin is the Defense Secretary here: " + m);
        }
        assertTrue(places.containsAll(Set.of("United States", "Israel", "Gaza", "Rafah", "Middle East")),
                places.toString());
    }

    @Test
    void offsetsPointAtTheMentionTextAndOrderIsTitleThenOffset() {
        List<Mention> mentions = extracted().mentions();
        String previousField = "title";
        int previousStart = -1;
        for (Mention m : mentions) {
            String field = m.field().equals("title") ? TITLE : TEXT;
            assertEquals(m.text(), field.substring(m.start(), m.end()), m.toString());
            if (!m.field().equals(previousField)) {
                assertEquals("title", previousField);
                assertEquals("text", m.field());
                previousStart = -1;
            }
            assertTrue(m.start() >= previousStart, "sorted by offset: " + m);
            previousField = m.field();
            previousStart = m.start();
        }
    }

    @Test
    void oneExtractorPerMethodSurvivesSerialisation() throws Exception {
        ArticleExtractor rules = ArticleExtractor.forMethod("rules");
        assertSame(rules, ArticleExtractor.forMethod("rules"));
        assertEquals("tagger", ArticleExtractor.forMethod("tagger").method());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rules);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertSame(rules, in.readObject());
        }
    }

    @Test
    void anUnknownMethodNamesTheKnownOnes() {
        String message = assertThrows(IllegalArgumentException.class, () -> ArticleExtractor.forMethod("magic"))
                .getMessage();
        assertEquals("extractor must be one of rules, tagger, corenlp (got 'magic')", message);
    }

    @Test
    void corenlpWithoutItsBuildSaysHowToBuildIt() {
        assumeFalse(ArticleExtractor.isAvailable("corenlp"), "this build has the corenlp profile");
        String message = assertThrows(IllegalStateException.class, () -> ArticleExtractor.forMethod("corenlp"))
                .getMessage();
        assertTrue(message.contains("mvn -Pcorenlp package"), message);
    }

    @Test
    void mentionsAreWhatExtractFindsWithoutThemes() {
        Article article = new Article("a1", LocalDate.of(2024, 3, 19), "test", TITLE, TEXT, null);
        assertEquals(extracted().mentions(), ArticleExtractor.forMethod("rules").mentions(article));
    }

    @Test
    void isDeterministic() {
        assertEquals(extracted().mentions(), extracted().mentions());
    }

    @Test
    void theDatelinesPlaceIsALocationAndTheStorysFocusCountry() {
        String text = "DENVER, March 2 - Qtly div 15 cts vs 15 cts prior, pay April 1 to holders of record March 16.\n"
                + "The company also said its London unit would open an office in Tokyo.";
        for (String method : List.of(ArticleExtractor.RULES, ArticleExtractor.TAGGER)) {
            ExtractedArticle e = ArticleExtractor.forMethod(method).extract(
                    new Article("d1", LocalDate.of(1987, 3, 2), "test", "QUARTERLY DIVIDEND", text, null));
            Mention denver = e.mentions().stream().filter(m -> m.start() == 0 && m.field().equals("text")).findFirst().orElseThrow();
            assertEquals("location", denver.kind(), method + ": " + denver);
            assertEquals("Denver", denver.canonical(), method);
            assertEquals("US", denver.country(), method);
            assertEquals("DENVER".length(), denver.end(), method);
            assertEquals("US", e.countries().get(0).country(), method + ": " + e.countries());
        }
    }

    @Test
    void theAgencyADatelineCreditsIsNoActor() {
        String text = "NEW YORK (Reuters) - Shares of General Motors rose on Tuesday, Reuters calculations showed.";
        for (String method : List.of(ArticleExtractor.RULES, ArticleExtractor.TAGGER)) {
            List<Mention> mentions = ArticleExtractor.forMethod(method).mentions(
                    new Article("d2", LocalDate.of(2024, 3, 5), "test", "", text, null));
            assertEquals(List.of(text.lastIndexOf("Reuters")), mentions.stream().filter(m -> m.canonical().equals("Reuters"))
                    .map(Mention::start).toList(), method + ": only the Reuters the story talks about: " + mentions);
            assertEquals("New York City", mentions.get(0).canonical(), method);
            assertEquals("CITY", mentions.get(0).type(), method);
        }
    }
}
