package org.newstrends.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.extract.theme.ThemeCategory;

class LabelledSetsTest {

    @TempDir
    Path dir;

    private final LabelledSets sets = new LabelledSets(CategoryLabels.shipped());

    private static BufferedReader lines(String... lines) {
        return new BufferedReader(new StringReader(String.join("\n", lines) + "\n"));
    }

    @Test
    void everyHuffPostRecordIsAnArticleOrCountedAsLeftOut() throws IOException {
        LabelledSet set = sets.huffpost(lines(
                "{\"headline\": \"Chipmaker Profits Soar\", \"short_description\": \"The firm beat forecasts.\", \"category\": \"TECH\"}",
                "{\"headline\": \"Storm Hits Coast\", \"short_description\": \"\", \"category\": \"U.S. NEWS\"}",
                "",
                "{\"headline\": \"Stars Align\", \"short_description\": \"x\", \"category\": \"ASTROLOGY\"}",
                "{\"headline\": \"No Label\", \"short_description\": \"x\"}",
                "{\"headline\": \"\", \"short_description\": \"\", \"category\": \"TECH\"}",
                "{not json"), "h.jsonl");
        assertEquals(1, set.articles().size());
        LabelledArticle article = set.articles().get(0);
        assertEquals("Chipmaker Profits Soar", article.title());
        assertEquals("The firm beat forecasts.", article.text());
        assertEquals(ThemeCategory.SCIENCE_TECH, article.category());
        assertEquals("h.jsonl:1", article.id());
        assertEquals(Map.of("U.S. NEWS", 1), set.noCounterpart());
        assertEquals(Map.of("ASTROLOGY", 1), set.unknownLabels());
        assertEquals(1, set.unlabelled());
        assertEquals(2, set.unreadable().size());
        assertTrue(set.unreadable().get(0).startsWith("h.jsonl:6: no title and no text"), set.unreadable().toString());
        assertTrue(set.unreadable().get(1).startsWith("h.jsonl:7: invalid JSON"), set.unreadable().toString());
        assertEquals(6, set.recordsRead());
    }

    @Test
    void reutersStoriesWithAnyTopicAreEconomy() throws IOException {
        LabelledSet set = sets.reuters(lines(
                "{\"title\": \"BANK RAISES RATES\", \"text\": \"The central bank raised rates.\", \"topics\": [\"interest\", \"money-fx\"]}",
                "{\"title\": \"TALKS\", \"text\": \"Ministers met.\", \"topics\": []}",
                "{\"title\": \"NEW CODE\", \"text\": \"Something.\", \"topics\": [\"newcode\"]}"), "r.jsonl");
        assertEquals(List.of(ThemeCategory.ECONOMY), set.articles().stream().map(LabelledArticle::category).toList());
        assertEquals("interest", set.articles().get(0).label());
        assertEquals(1, set.unlabelled());
        assertEquals(Map.of("newcode", 1), set.unknownLabels());
        assertEquals(3, set.recordsRead());
    }

    @Test
    void bbcFoldersAreSectionsAndTheFirstLineIsTheHeadline() throws IOException {
        Files.createDirectories(dir.resolve("tech"));
        Files.createDirectories(dir.resolve("politics"));
        Files.writeString(dir.resolve("tech/001.txt"), "Broadband take-up soars\n\nMore homes are online than ever.\nUsers love it.\n");
        Files.write(dir.resolve("politics/001.txt"),
                "Budget row\n\nThe Chancellor's \u00a32bn plan.\n".getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("politics/README"), "not a story");
        LabelledSet set = sets.bbc(dir);
        assertEquals(2, set.articles().size());
        LabelledArticle politics = set.articles().get(0);
        assertEquals("politics/001.txt", politics.id());
        assertEquals(ThemeCategory.POLITICS, politics.category());
        assertEquals("Budget row", politics.title());
        assertEquals("The Chancellor's \u00a32bn plan.", politics.text());
        LabelledArticle tech = set.articles().get(1);
        assertEquals(ThemeCategory.SCIENCE_TECH, tech.category());
        assertEquals("More homes are online than ever.\nUsers love it.", tech.text());
    }

    @Test
    void labelledLinesUseTheCategoryNames() throws IOException {
        LabelledSet set = sets.labelled(lines(
                "{\"title\": \"Cup final\", \"text\": \"The team won.\", \"category\": \"SPORT\"}",
                "{\"title\": \"x\", \"text\": \"y\", \"category\": \"sport\"}"), "l.jsonl");
        assertEquals(ThemeCategory.SPORT, set.articles().get(0).category());
        assertEquals(Map.of("sport", 1), set.unknownLabels());
    }
}
