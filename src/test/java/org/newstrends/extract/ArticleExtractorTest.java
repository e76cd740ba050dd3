package org.newstrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The methods of this build: tagger, rules, and corenlp when the jar was built with it. */
    private static List<String> methods() {
        return ArticleExtractor.METHODS.stream().filter(ArticleExtractor::isAvailable).toList();
    }

    private static List<Mention> actors(String method, String title, String text) {
        return ArticleExtractor.forMethod(method).mentions(new Article("h", LocalDate.of(2024, 3, 19), "test",
                title, text, null)).stream().filter(Mention::isActor).toList();
    }

    private static Set<String> canonicals(List<Mention> mentions) {
        Set<String> out = new TreeSet<>();
        for (Mention m : mentions) out.add(m.canonical());
        return out;
    }

    @Test
    void theSeedArticleHasNoHeadingAmongItsActorsAndKeepsItsRealOnes() throws Exception {
        Path seed = Path.of("../shared/seeds/000_b4f7494be9f3a92b.txt");
        assumeTrue(Files.exists(seed), "the seed article is beside the repository only");
        String text = Files.readString(seed).strip().replaceFirst("^date \\d{4}-\\d{2}-\\d{2}\\s+", "");
        for (String method : methods()) {
            Set<String> actors = canonicals(actors(method, "", text));
            assertTrue(actors.containsAll(Set.of("Lloyd Austin", "Yoav Gallant", "Benjamin Netanyahu", "Joe Biden",
                    "Hamas")), method + ": " + actors);
            for (String heading : List.of("Bridging Divides in a Time of Crisis", "Contextualizing the Gaza Conflict",
                    "Looking Ahead: Implications and Expectations")) {
                int at = text.indexOf("\n" + heading + "\n") + 1;
                assertTrue(at > 0, heading);
                for (Mention m : actors(method, "", text)) {
                    assertFalse(m.start() < at + heading.length() && at < m.end(), method + ": a heading's actor " + m);
                }
            }
        }
    }

    /** A story written for this test with a byline, section headings between blank lines and a wire credit. */
    static final String WITH_HEADINGS = "By Maria Okafor\n\n"
            + "Kenyan President William Ruto opened talks with Tanzanian officials in Nairobi on Tuesday, aides said, "
            + "as the two countries try to settle a dispute over cross-border trade.\n\n"
            + "Building Bridges Across the Border\n\n"
            + "Ruto told reporters that the talks would continue on Wednesday. Trade Minister Rebecca Miano said "
            + "both sides wanted an agreement before the end of the month.\n\n"
            + "What Comes Next\n\n"
            + "Miano is expected to travel to Dar es Salaam next week.\n\n"
            + "(Reporting by Daniel Mwangi in Nairobi; Editing by Claire Fontaine)";

    @Test
    void bylinesHeadingsAndCreditsAreNoActorsWhateverTheMethod() {
        for (String method : methods()) {
            List<Mention> actors = actors(method, "Kenya and Tanzania open trade talks", WITH_HEADINGS);
            Set<String> names = canonicals(actors);
            assertTrue(names.containsAll(Set.of("William Ruto", "Rebecca Miano")), method + ": " + names);
            for (String notStory : List.of("Maria Okafor", "Daniel Mwangi", "Claire Fontaine", "Building Bridges",
                    "What Comes Next", "Okafor", "Mwangi", "Fontaine")) {
                assertFalse(names.stream().anyMatch(n -> n.contains(notStory)), method + ": " + notStory + " in " + names);
            }
            int credit = WITH_HEADINGS.indexOf("(Reporting");
            List<Mention> inCredit = ArticleExtractor.forMethod(method).mentions(new Article("h",
                    LocalDate.of(2024, 3, 19), "test", "", WITH_HEADINGS, null)).stream()
                    .filter(m -> m.start() >= credit).toList();
            assertEquals(List.of(), inCredit, method + ": the reporter's Nairobi is not the story's");
        }
    }

    @Test
    void headingsRunIntoTheirParagraphAndPictureCreditsAreNoActors() {
        String text = "Engineers at Helvetia Rail unveiled a new tunnel design in Zurich on Monday, the company said.\n"
                + "A Quiet Revolution Underground\n"
                + "Chief executive Anna Brunner said the design would cut journey times between Zurich and Milan by "
                + "an hour. Winning Over the Sceptics The project still needs the approval of voters, Brunner said.\n"
                + "Photo: Lukas Meier/Getty Images";
        for (String method : methods()) {
            Set<String> names = canonicals(actors(method, "", text));
            assertTrue(names.contains("Anna Brunner"), method + ": " + names);
            for (String notStory : List.of("Quiet Revolution", "Winning", "Sceptics", "Lukas Meier", "Getty")) {
                assertFalse(names.stream().anyMatch(n -> n.contains(notStory)), method + ": " + notStory + " in " + names);
            }
        }
    }

    @Test
    void aRealActorInATitleCaseSentenceOrAHeadingStays() {
        String text = "Britain's Prime Minister, Keir Starmer, Will Visit Washington Next Week.\n\n"
                + "The visit was announced by Downing Street on Friday, a week after talks in Brussels.\n\n"
                + "Starmer Under Pressure\n\n"
                + "Starmer faces questions from his own party about the cost of the trip.";
        for (String method : methods()) {
            List<Mention> actors = actors(method, "", text);
            assertTrue(actors.stream().anyMatch(m -> m.start() == text.indexOf("Keir Starmer")
                    && m.canonical().equals("Keir Starmer")), method + ": " + actors);
            int heading = text.indexOf("Starmer Under");
            assertTrue(actors.stream().anyMatch(m -> m.start() == heading && m.canonical().equals("Keir Starmer")),
                    method + ": a heading's name the story names is the story's: " + actors);
        }
    }
}
