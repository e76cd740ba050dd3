package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.ArticleExtractor;

/**
 * Seeded fuzzing of ingest and extraction: generated collections in every format, encoding and compression, most
 * of them mutated (truncated, bytes flipped or inserted, ranges cut or repeated, huge or empty fields, random
 * bytes). Every input must come out as articles or rejects without an exception, every article must be a valid
 * one (default ids unique in the file), and an input left intact must give exactly its records. Each article then goes through extraction, whose
 * offsets must point into the text it reports.
 */
class ArticleFileReaderFuzzTest {
    private static final int INPUTS = 12_000;
    private static final String[] FORMATS = {"txt", "jsonl", "json", "csv", "tsv"};
    private static final String[] WORDS = {"Joe", "Biden", "met", "Benjamin", "Netanyahu", "in", "Gaza", "U.S.",
            "officials", "said", "on", "Tuesday", "Z\u00fcrich", "caf\u00e9", "\u2013", "\"quoted\"", "a,b", "x\ty",
            "Apple", "Inc.", "<p>", "&amp;", "rose", "3.5%", "the", "Israeli", "army", "Kyiv", "\ud83d\ude00",
            "'s", "[1]", "{x}", "\\", "date", "2024-01-01", "NaN", "\r", "\n\n", "Ministry", "of", "Defence"};
    private static final byte[][] SPECIAL = {{'"'}, {'\n'}, {'\r'}, {'['}, {']'}, {'{'}, {'}'}, {','}, {'\t'},
            {(byte) 0xE9}, {(byte) 0xFF}, {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {'\\'}, {(byte) 0xC3},
            "date 2024-02-30 ".getBytes(StandardCharsets.UTF_8), "\"\"".getBytes(StandardCharsets.UTF_8)};
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A generated input: its file name, bytes, and how many records it holds when left intact. */
    private record Input(String name, byte[] bytes, int records) { }

    @Test
    void everyInputBecomesArticlesOrRejectsAndNothingEscapes() {
        Random random = new Random(20_241_202L);
        ArticleExtractor extractor = ArticleExtractor.forMethod(ArticleExtractor.DEFAULT_METHOD);
        int articles = 0;
        int rejects = 0;
        int intact = 0;
        for (int i = 0; i < INPUTS; i++) {
            String format = FORMATS[i % FORMATS.length];
            Input generated = generate(random, format);
            boolean mutate = random.nextInt(5) != 0;
            byte[] bytes = mutate ? mutate(random, generated.bytes()) : generated.bytes();
            String name = generated.name();
            int encoding = random.nextInt(10);
            if (encoding == 0) bytes = IngestFixtures.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
            if (encoding == 1 || encoding == 2) bytes = utf16(new String(bytes, StandardCharsets.UTF_8), encoding == 1);
            if (random.nextInt(6) == 0) {
                bytes = IngestFixtures.gzip(bytes);
                name += ".gz";
                if (mutate && random.nextBoolean()) bytes = mutate(random, bytes);
            }
            ReadOptions options = options(random);
            String what = "input " + i + " (" + name + ", " + bytes.length + " bytes, limit " + options.maxArticleChars() + ")";
            List<IngestRecord> records = ArticleFileReader.readAll(name, "fuzz", new ByteArrayInputStream(bytes), options);
            assertFalse(records.isEmpty(), what + " vanished");
            if (!mutate && encoding > 2 && bytes.length == generated.bytes().length && options.maxArticleChars() > 100_000) {
                assertEquals(generated.records(), records.size(), what + ": an intact input gives exactly its records");
                assertTrue(records.stream().allMatch(IngestRecord::accepted), what + ": " + IngestFixtures.reasons(records));
                intact++;
            }
            Set<String> ids = new HashSet<>();
            for (IngestRecord r : records) {
                if (r.accepted()) {
                    checkArticle(r, options, what);
                    if (r.getId().startsWith("fuzz")) assertTrue(ids.add(r.getId()), what + ": default id " + r.getId() + " twice");
                    IngestFixtures.checkExtraction(extractor.extract(r.toArticle()), r, what);
                    articles++;
                } else {
                    assertNotNull(r.getReason(), what);
                    assertFalse(r.getReason().isBlank(), what);
                    assertFalse(r.getReason().startsWith("parser failure"), what + ": " + r.getReason());
                    rejects++;
                }
            }
        }
        assertTrue(articles > INPUTS && rejects > INPUTS / 2 && intact > INPUTS / 20,
                articles + " articles, " + rejects + " rejects, " + intact + " intact inputs");
    }

    private static void checkArticle(IngestRecord r, ReadOptions options, String what) {
        assertNotNull(r.getId(), what);
        assertNotNull(r.getDate(), what);
        assertFalse(r.getDate().isBefore(LocalDate.of(1800, 1, 1)), what);
        assertFalse(r.getDate().isAfter(LocalDate.now().plusDays(2)), what);
        assertFalse(r.getText().isBlank(), what);
        assertTrue(r.getText().length() <= options.maxArticleChars(), what);
    }

    private static ReadOptions options(Random random) {
        int limit = switch (random.nextInt(4)) {
            case 0 -> 300;
            case 1 -> 5_000;
            default -> ReadOptions.DEFAULT_MAX_ARTICLE_CHARS;
        };
        FieldMapping fields = random.nextInt(4) == 0
                ? FieldMapping.of(Map.of(ArticleField.TEXT, List.of("body", "content"), ArticleField.DATE, List.of("when")))
                : FieldMapping.auto();
        return new ReadOptions(InputFormat.AUTO, fields, random.nextBoolean() ? "d/M/yyyy" : null,
                random.nextBoolean() ? ZoneId.of("Asia/Tokyo") : null, limit);
    }

    private static Input generate(Random random, String format) {
        int n = 1 + random.nextInt(4);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", "r" + k);
            item.put("when", LocalDate.of(1990 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
            item.put("date", item.get("when"));
            item.put("title", words(random, 3 + random.nextInt(6)));
            item.put("body", words(random, 5 + random.nextInt(40)));
            item.put("url", "https://example.org/" + k);
            items.add(item);
        }
        String text = switch (format) {
            case "txt" -> seed(random, items);
            case "jsonl" -> String.join("\n", items.stream().map(ArticleFileReaderFuzzTest::json).toList()) + "\n";
            case "json" -> "[\n" + String.join(",\n", items.stream().map(ArticleFileReaderFuzzTest::json).toList()) + "\n]";
            default -> delimited(items, format.equals("csv") ? ',' : '\t');
        };
        return new Input("fuzz." + format, text.getBytes(StandardCharsets.UTF_8), n);
    }

    private static String seed(Random random, List<Map<String, Object>> items) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> item : items) {
            String body = ((String) item.get("body")).replace("\r", " ");
            out.append(random.nextBoolean() ? "  " : "").append("date ").append(item.get("date"))
                    .append(random.nextBoolean() ? " " : "\n").append("x ").append(body).append("\n\n");
        }
        return out.toString();
    }

    private static String json(Map<String, Object> item) {
        try {
            return JSON.writeValueAsString(item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String delimited(List<Map<String, Object>> items, char delimiter) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            printer.printRecord(items.get(0).keySet());
            for (Map<String, Object> item : items) printer.printRecord(item.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String words(Random random, int n) {
        StringBuilder out = new StringBuilder("x");
        for (int i = 0; i < n; i++) out.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        return out.toString();
    }

    private static byte[] utf16(String text, boolean littleEndian) {
        return littleEndian ? IngestFixtures.utf16le(text) : IngestFixtures.utf16be(text);
    }

    private static byte[] mutate(Random random, byte[] bytes) {
        byte[] out = bytes;
        int times = 1 + random.nextInt(3);
        for (int t = 0; t < times; t++) {
            int at = out.length == 0 ? 0 : random.nextInt(out.length + 1);
            out = switch (random.nextInt(9)) {
                case 0 -> Arrays.copyOf(out, at);
                case 1 -> flip(random, out);
                case 2 -> insert(out, at, SPECIAL[random.nextInt(SPECIAL.length)]);
                case 3 -> IngestFixtures.concat(Arrays.copyOf(out, at),
                        Arrays.copyOfRange(out, Math.min(out.length, at + 1 + random.nextInt(40)), out.length));
                case 4 -> insert(out, at, Arrays.copyOfRange(out, at, Math.min(out.length, at + random.nextInt(200))));
                case 5 -> insert(out, at, ("huge " + "w".repeat(2_000 + random.nextInt(8_000))).getBytes(StandardCharsets.UTF_8));
                case 6 -> insert(out, at, "\"\",,\t\t\"\"".getBytes(StandardCharsets.UTF_8));
                case 7 -> randomBytes(random);
                default -> random.nextInt(20) == 0 ? new byte[0] : out;
            };
        }
        return out;
    }

    private static byte[] flip(Random random, byte[] bytes) {
        byte[] out = bytes.clone();
        for (int k = 0; k < 1 + random.nextInt(5) && out.length > 0; k++) out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        return out;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] piece) {
        return IngestFixtures.concat(Arrays.copyOf(bytes, at), piece, Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private static byte[] randomBytes(Random random) {
        byte[] out = new byte[random.nextInt(300)];
        random.nextBytes(out);
        return out;
    }
}
