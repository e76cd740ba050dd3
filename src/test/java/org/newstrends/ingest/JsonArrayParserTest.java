package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstrends.ingest.IngestFixtures.ids;
import static org.newstrends.ingest.IngestFixtures.positions;
import static org.newstrends.ingest.IngestFixtures.read;
import static org.newstrends.ingest.IngestFixtures.reasons;
import static org.newstrends.ingest.IngestFixtures.texts;
import static org.newstrends.ingest.IngestFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArrayParserTest {
    @TempDir
    Path dir;

    private List<IngestRecord> parse(String content) throws IOException {
        return read(write(dir, "export.json", content));
    }

    @Test
    void aPrettyPrintedArrayOfObjects() throws IOException {
        List<IngestRecord> records = parse("\n  [\n  {\n    \"date\": \"2024-06-14\",\n    \"title\": \"A [bracket] {brace}\",\n"
                + "    \"text\": \"Quote \\\" and ] inside, \\\\\"\n  },\n  {\"date\": \"2024-06-15\", \"content\": \"Two\","
                + " \"tags\": [[1], {\"a\": [2]}]}\n]\n");
        assertEquals(Arrays.asList(null, null), reasons(records));
        assertEquals(List.of("Quote \" and ] inside, \\", "Two"), texts(records));
        assertEquals("A [bracket] {brace}", records.get(0).getTitle());
        assertEquals(List.of("export#1", "export#2"), ids(records));
        assertEquals(List.of(1L, 2L), positions(records));
    }

    @Test
    void aMinifiedArrayOnOneLineCountsElements() throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 50; i++) {
            if (i > 0) json.append(',');
            json.append("{\"id\":\"s").append(i).append("\",\"date\":\"2024-06-14\",\"text\":\"t").append(i).append("\"}");
        }
        List<IngestRecord> records = parse(json.append("]").toString());
        assertEquals(50, records.size());
        assertEquals("s49", records.get(49).getId());
        assertEquals(50, records.get(49).getPosition());
    }

    @Test
    void elementsThatAreNotArticlesAreRejectsAndTheRestIsRead() throws IOException {
        List<IngestRecord> records = parse("[1, \"two\", [3], {\"date\": \"2024-06-14\", \"text\": 42},"
                + " {\"date\": {}, \"text\": \"x\"}, {\"date\": \"2024-06-14\" \"text\": \"x\"},"
                + " {\"date\": \"2024-06-14\", \"text\": \"fine\"}, null]");
        assertEquals("not a JSON object (number)", records.get(0).getReason());
        assertEquals("not a JSON object (string)", records.get(1).getReason());
        assertEquals("not a JSON object (array)", records.get(2).getReason());
        assertEquals("'text' is a number (42), expected text", records.get(3).getReason());
        assertEquals("'date' is an object, expected a date", records.get(4).getReason());
        assertTrue(records.get(5).getReason().startsWith("invalid JSON"), records.get(5).getReason());
        assertTrue(records.get(6).accepted());
        assertEquals("not a JSON object (null)", records.get(7).getReason());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), positions(records));
    }

    @Test
    void aTruncatedArrayKeepsTheElementsBeforeTheCut() throws IOException {
        List<IngestRecord> records = parse("[{\"date\": \"2024-06-14\", \"text\": \"kept\"}, {\"date\": \"2024-06-15\", \"te");
        assertEquals(Arrays.asList(null, "truncated JSON: the file ends inside this record"), reasons(records));
        List<IngestRecord> unclosed = parse("[{\"date\": \"2024-06-14\", \"text\": \"kept\"},\n");
        assertEquals(Arrays.asList(null, "truncated JSON: the file ends before the array is closed"), reasons(unclosed));
    }

    @Test
    void anEmptyArrayIsAnEmptyFile() throws IOException {
        assertEquals(List.of("empty file (an empty JSON array)"), reasons(parse(" [ ] ")));
    }

    @Test
    void jsonThatIsNotAnArrayIsReadAsJsonLines() throws IOException {
        List<IngestRecord> records = parse("{\"date\": \"2024-06-14\", \"text\": \"a\"}\n{\"date\": \"2024-06-15\", \"text\": \"b\"}\n");
        assertEquals(List.of("a", "b"), texts(records));
        assertEquals(List.of(1L, 2L), positions(records));
    }

    @Test
    void anElementLongerThanTheLimitIsSkippedAndTheNextRead() throws IOException {
        String big = "{\"date\": \"2024-06-14\", \"text\": \"" + "[\\\"x".repeat(1000) + "\"}";
        List<IngestRecord> records = read(write(dir, "big.json", "[" + big + ", {\"date\": \"2024-06-15\", \"text\": \"next\"}]"),
                IngestFixtures.limit(100));
        assertEquals(Arrays.asList("article longer than max_article_chars (100 characters)", null), reasons(records));
        assertEquals("next", records.get(1).getText());
    }
}
