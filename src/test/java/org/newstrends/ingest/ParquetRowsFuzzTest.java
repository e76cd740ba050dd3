package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.ArticleExtractor;

/**
 * Seeded fuzzing of the Parquet side of ingest: random rows, as Spark's Parquet reader hands them to the executors
 * (strings, numbers, booleans, binary, dates, timestamps, arrays, structs, nulls, under known, unknown, blank and
 * repeated column names), mapped to records the way {@link ParquetRecords} maps them. Every row must become an
 * article or a reject without an exception, and each article goes through extraction, whose offsets must point
 * into its text. (Damaged Parquet files, which never reach this mapping, are rejects of {@code ArticleSourcesTest}.)
 */
class ParquetRowsFuzzTest {
    private static final int ROWS = 10_000;
    private static final String[] NAMES = {"id", "date", "published", "title", "headline", "text", "content", "body",
        "source", "url", "short_description", "summary", "when", "", " Text ", "extra", "TEXT", "stories_id"};
    private static final String[] WORDS = {"Joe", "Biden", "met", "Benjamin", "Netanyahu", "in", "Gaza", "U.S.",
        "officials", "said", "Z\u00fcrich", "caf\u00e9", "<p>", "</p>", "&amp;", "<br>", "date", "2024-01-01", "NaN",
        "\n", "\r\n", "\ud83d\ude00", "'s", "Ministry", "of", "Defence", "\u0000", "\t", "=HYPERLINK(\"x\")"};
    private static final String[] DATES = {"2024-06-13", "2024-06-13 10:00:00", "June 14, 2024",
        "Sun, 16 Jun 2024 10:00:00 GMT", "20240614", "1718359200", "NaN", "", "14/6/2024", "2024-02-30", "0001-01-01",
        "9999-12-31T23:59:59Z", "yesterday"};

    @Test
    void everyRowBecomesAnArticleOrARejectAndNothingEscapes() {
        Random random = new Random(20_261_202L);
        ArticleExtractor extractor = ArticleExtractor.forMethod(ArticleExtractor.DEFAULT_METHOD);
        int articles = 0;
        int rejects = 0;
        for (int i = 0; i < ROWS; i++) {
            int width = 1 + random.nextInt(7);
            List<String> names = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            if (random.nextBoolean()) {
                names.addAll(List.of("date", "text"));
                values.add(DATES[random.nextInt(6)]);
                values.add(words(random, 60) + " Joe Biden met Benjamin Netanyahu in Gaza.");
            }
            for (int c = 0; c < width; c++) {
                String name = NAMES[random.nextInt(NAMES.length)];
                names.add(name);
                values.add(value(random, name));
            }
            Row row = RowFactory.create(values.toArray());
            ReadOptions options = options(random);
            String what = "row " + i + " " + names;
            IngestRecord r = ColumnRecords.toRecord("fuzz.parquet", i + 1, "fuzz#" + (i + 1),
                    new RowColumns(names, RowColumns.indexOf(names), row), options);
            assertNotNull(r, what);
            if (r.accepted()) {
                assertNotNull(r.getId(), what);
                assertNotNull(r.getDate(), what);
                assertFalse(r.getDate().isBefore(LocalDate.of(1800, 1, 1)), what);
                assertFalse(r.getText().isBlank(), what);
                assertTrue(r.getText().length() <= options.maxArticleChars(), what);
                IngestFixtures.checkExtraction(extractor.extract(r.toArticle()), r, what);
                articles++;
            } else {
                assertFalse(r.getReason().isBlank(), what);
                assertEquals("fuzz.parquet", r.getInput(), what);
                rejects++;
            }
        }
        assertTrue(articles > ROWS / 10 && rejects > ROWS / 3, articles + " articles, " + rejects + " rejects");
    }

    private static Object value(Random random, String name) {
        boolean dateColumn = name.equals("date") || name.equals("published") || name.equals("when");
        return switch (random.nextInt(dateColumn ? 12 : 10)) {
            case 0 -> null;
            case 1 -> random.nextLong();
            case 2 -> random.nextInt(3) == 0 ? Double.NaN : random.nextDouble() * 1e12;
            case 3 -> random.nextBoolean();
            case 4 -> bytes(random);
            case 5 -> new Timestamp(random.nextLong() % 4_000_000_000_000L);
            case 6 -> java.sql.Date.valueOf(LocalDate.ofEpochDay(random.nextInt(40_000) - 10_000));
            case 7 -> random.nextBoolean() ? scala.jdk.javaapi.CollectionConverters.asScala(List.of(words(random, 5),
                    words(random, 9))).toSeq() : RowFactory.create(words(random, 3), random.nextInt());
            case 10, 11 -> DATES[random.nextInt(DATES.length)];
            default -> random.nextInt(50) == 0 ? "x".repeat(random.nextInt(20_000)) : words(random, 40);
        };
    }

    private static byte[] bytes(Random random) {
        byte[] b = words(random, 12).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int k = 0; k < 3 && b.length > 0; k++) b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        return b;
    }

    private static String words(Random random, int max) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int k = 0; k < n; k++) s.append(k == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return s.toString();
    }

    private static ReadOptions options(Random random) {
        int limit = random.nextInt(4) == 0 ? 300 : ReadOptions.DEFAULT_MAX_ARTICLE_CHARS;
        FieldMapping fields = random.nextInt(4) == 0
                ? FieldMapping.of(Map.of(ArticleField.TEXT, List.of("body", "content"), ArticleField.DATE,
                        List.of("when")))
                : FieldMapping.auto();
        return new ReadOptions(InputFormat.PARQUET, fields, random.nextBoolean() ? "d/M/yyyy" : null,
                random.nextBoolean() ? ZoneId.of("Asia/Tokyo") : null, limit);
    }
}
