package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnRecordsTest {
    private static final ReadOptions AUTO = ReadOptions.of(InputFormat.PARQUET);
    private static final LocalDate JUNE_14 = LocalDate.of(2024, 6, 14);

    /** A record's named values as a Parquet row or JSON object gives them. */
    private static RecordColumns columns(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return new RecordColumns() {
            @Override
            public List<String> names() {
                return new ArrayList<>(values.keySet());
            }

            @Override
            public Object value(String name) {
                return values.get(name);
            }
        };
    }

    private static IngestRecord map(ReadOptions options, Object... namesAndValues) {
        return ColumnRecords.toRecord("part-0.parquet", 7, "part-0#7", columns(namesAndValues), options);
    }

    private static IngestRecord map(Object... namesAndValues) {
        return map(AUTO, namesAndValues);
    }

    @Test
    void autoDetectedNamesMatchCaseInsensitively() {
        IngestRecord r = map("Stories_ID", 1234L, "Publish_Date", "2024-06-14", "Headline", "H", "CONTENT", "Body",
                "media_name", "Wire", "Link", " http://x ");
        assertTrue(r.accepted(), r.getReason());
        assertEquals("1234", r.getId());
        assertEquals(JUNE_14, r.getDate());
        assertEquals("H", r.getTitle());
        assertEquals("Body", r.getText());
        assertEquals("Wire", r.getSource());
        assertEquals("http://x", r.getUrl());
        assertEquals(7, r.getPosition());
    }

    @Test
    void configuredNamesComeFirstAndTheFirstNonEmptyValueOfAListWins() {
        FieldMapping fields = FieldMapping.of(Map.of(ArticleField.TEXT, List.of("content", "body"),
                ArticleField.DATE, List.of("seen"), ArticleField.ID, List.of("key")));
        ReadOptions options = new ReadOptions(InputFormat.CSV, fields, null, null, 1000);
        IngestRecord r = map(options, "key", "k1", "seen", "20240614", "date", "1999-01-01", "text", "not this",
                "content", "  ", "body", "The body");
        assertTrue(r.accepted(), r.getReason());
        assertEquals("k1", r.getId());
        assertEquals(JUNE_14, r.getDate());
        assertEquals("The body", r.getText());
    }

    @Test
    void withoutATextColumnTheTitleAndDescriptionAreCounted() {
        IngestRecord r = map("headline", "Over 4 Million Americans Roll Up Sleeves", "short_description",
                "Health experts said it is too early.", "date", "2022-09-23", "link", "https://www.huffpost.com/x");
        assertTrue(r.accepted(), r.getReason());
        assertEquals("Over 4 Million Americans Roll Up Sleeves", r.getTitle());
        assertEquals("Health experts said it is too early.", r.getText());
        assertNull(r.getSource(), "source is left for the job to fill with the folder name");
        assertEquals("part-0#7", r.getId());
    }

    @Test
    void aTextColumnThatIsEmptyIsNoTextAndNoTextColumnSaysWhatWasLookedFor() {
        assertEquals("no text", map("date", "2024-06-14", "text", "", "description", "D").getReason());
        String reason = map("date", "2024-06-14", "title", "T").getReason();
        assertTrue(reason.startsWith("no text (looked for text, content, body"), reason);
        assertEquals("missing date", map("text", "x").getReason());
        assertEquals("missing date", map("date", "  ", "text", "x").getReason());
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedNamingTheColumn() {
        assertEquals("'text' is a number (42), expected text", map("date", "2024-06-14", "text", 42).getReason());
        assertEquals("'date' is an object, expected a date",
                map("date", Map.of(), "text", "x").getReason());
        assertEquals("'body' (text) is a boolean (true), expected text", map("date", "2024-06-14", "body", true).getReason());
        assertEquals("'title' is a list, expected text",
                map("date", "2024-06-14", "title", List.of("a"), "text", "x").getReason());
        assertEquals("'date' is a boolean (false), expected a date", map("date", false, "text", "x").getReason());
    }

    @Test
    void parquetValuesAreReadSensibly() {
        IngestRecord r = map("id", 17, "timestamp", Timestamp.from(Instant.parse("2024-06-14T10:00:00Z")),
                "title", 1984, "text", Arrays.asList("First paragraph.", null, "Second."), "url", "u");
        assertTrue(r.accepted(), r.getReason());
        assertEquals("17", r.getId());
        assertEquals(JUNE_14, r.getDate());
        assertEquals("1984", r.getTitle());
        assertEquals("First paragraph.\n\nSecond.", r.getText());
        assertEquals(JUNE_14, map("date", java.sql.Date.valueOf(JUNE_14), "text", "x").getDate());
        assertEquals(JUNE_14, map("date", JUNE_14, "text", "x").getDate());
        assertEquals(JUNE_14, map("date", Instant.parse("2024-06-14T23:59:59Z"), "text", "x").getDate());
        assertEquals("2.5", map("id", 2.50, "date", JUNE_14, "text", "x").getId());
    }

    @Test
    void bytesAreDecodedAsUtf8ElseWindows1252Flagged() {
        IngestRecord utf8 = map("date", "2024-06-14", "text", "Caf\u00e9 in Z\u00fcrich".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("Caf\u00e9 in Z\u00fcrich", utf8.getText());
        assertFalse(utf8.isDecodedAsCp1252());
        IngestRecord latin = map("date", "2024-06-14", "text", "Caf\u00e9 \u2013 na\u00efve".getBytes(IngestFixtures.CP1252));
        assertEquals("Caf\u00e9 \u2013 na\u00efve", latin.getText());
        assertTrue(latin.isDecodedAsCp1252());
    }

    @Test
    void markupIsStrippedAndTheLimitAppliesToTheText() {
        IngestRecord r = map("date", "2024-06-14", "title", "Ben &amp; Jerry", "text", "<p>One.</p><p>Two &amp; three.</p>");
        assertEquals("Ben & Jerry", r.getTitle());
        assertEquals("One.\n\nTwo & three.", r.getText());
        ReadOptions small = new ReadOptions(InputFormat.JSON, FieldMapping.auto(), null, null, 10);
        assertEquals("article longer than max_article_chars (10 characters)",
                map(small, "date", "2024-06-14", "text", "eleven char").getReason());
        assertTrue(map(small, "date", "2024-06-14", "text", "<p>ten chars!</p>").accepted(),
                "the limit counts the text, not its markup");
    }

    @Test
    void aRejectKeepsTheIdItHas() {
        IngestRecord r = map("guid", "g-1", "date", "NaN", "text", "x");
        assertEquals("g-1", r.getId());
        assertEquals("invalid date 'NaN'", r.getReason());
    }
}
