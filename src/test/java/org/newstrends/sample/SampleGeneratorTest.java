package org.newstrends.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.sample.SeedTextRecords.SeedRecord;

class SampleGeneratorTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final int ARTICLES = 2500;

    @TempDir
    static Path shared;

    private static List<SeedRecord> records;

    @BeforeAll
    static void generateOnce() throws IOException {
        new SampleGenerator(new SampleSpec(ARTICLES, 42, START, 9, 0)).write(shared);
        records = SeedTextRecords.readArticles(shared);
    }

    @Test
    void sameArgumentsWriteIdenticalBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        SampleSpec spec = new SampleSpec(1200, 7, START, 6, 3);
        SampleSummary one = new SampleGenerator(spec).write(first);
        SampleSummary two = new SampleGenerator(spec).write(second);
        assertEquals(List.of("articles-00000.txt", "articles-00001.txt", "malformed.txt"), names(one));
        assertEquals(names(one), names(two));
        for (Path file : one.files()) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second.resolve(file.getFileName())),
                    file.getFileName() + " differs between runs");
        }
    }

    @Test
    void anotherSeedWritesOtherArticles(@TempDir Path first, @TempDir Path second) throws IOException {
        new SampleGenerator(new SampleSpec(50, 1, START, 9, 0)).write(first);
        new SampleGenerator(new SampleSpec(50, 2, START, 9, 0)).write(second);
        assertNotEquals(Files.readString(first.resolve("articles-00000.txt")),
                Files.readString(second.resolve("articles-00000.txt")));
    }

    @Test
    void writesExactlyTheArticlesAskedForInFilesOfAtMostAThousand() throws IOException {
        assertEquals(ARTICLES, records.size());
        assertEquals(1000, SeedTextRecords.read(shared.resolve("articles-00000.txt")).size());
        assertEquals(1000, SeedTextRecords.read(shared.resolve("articles-00001.txt")).size());
        assertEquals(500, SeedTextRecords.read(shared.resolve("articles-00002.txt")).size());
        assertFalse(Files.exists(shared.resolve("articles-00003.txt")));
        assertFalse(Files.exists(shared.resolve(SampleGenerator.MALFORMED_FILE)));
    }

    @Test
    void datesAreValidInOrderWithinThePeriodAndCoverEveryMonth() {
        LocalDate previous = START;
        Map<YearMonth, Integer> perMonth = new TreeMap<>();
        for (SeedRecord record : records) {
            LocalDate date = LocalDate.parse(record.date());
            assertFalse(date.isBefore(previous), "dates out of order at " + date);
            assertTrue(date.isBefore(LocalDate.of(2024, 10, 1)), "after the period: " + date);
            perMonth.merge(YearMonth.from(date), 1, Integer::sum);
            previous = date;
        }
        assertEquals(9, perMonth.size());
        perMonth.values().forEach(count -> assertTrue(count > 100, "thin month: " + perMonth));
    }

    @Test
    void articlesAreWireLengthInSeveralParagraphs() {
        for (SeedRecord record : records) {
            int words = ArticleComposer.countWords(record.text());
            assertTrue(words >= 120 && words <= 450, words + " words: " + record.text());
            assertTrue(record.text().split("\n\n").length >= 3, "too few paragraphs: " + record.text());
            assertFalse(record.text().contains("{") || record.text().contains("}"), record.text());
        }
    }

    @Test
    void mixesBothLayoutsOfTheDateLine() throws IOException {
        List<String> dateLines = Files.readAllLines(shared.resolve("articles-00000.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.strip().startsWith("date ")).toList();
        long alone = dateLines.stream().filter(line -> line.strip().length() == "date 2024-01-01".length()).count();
        long indented = dateLines.stream().filter(line -> line.startsWith(" ")).count();
        assertEquals(1000, dateLines.size());
        assertTrue(alone > 300 && alone < 700, "date lines without text: " + alone);
        assertTrue(indented > 50, "indented date lines: " + indented);
    }

    @Test
    void electionCountryBuildsUpToElectionMonthThenFades() {
        Map<YearMonth, Integer> chile = articlesMentioning("Chile");
        int january = chile.getOrDefault(YearMonth.of(2024, 1), 0);
        int june = chile.get(YearMonth.of(2024, 6));
        assertTrue(june > 5 * Math.max(1, january), "Chile per month: " + chile);
        assertTrue(june > chile.get(YearMonth.of(2024, 9)) * 3, "Chile per month: " + chile);
    }

    @Test
    void earthquakeIsAbsentThenSpikesInItsMonth() {
        Map<YearMonth, Integer> mindanao = articlesMentioning("Mindanao");
        assertEquals(0, mindanao.getOrDefault(YearMonth.of(2024, 3), 0), "before the quake: " + mindanao);
        int april = mindanao.get(YearMonth.of(2024, 4));
        mindanao.forEach((month, count) -> assertTrue(month.getMonthValue() == 4 || count * 4 < april,
                "Mindanao per month: " + mindanao));
    }

    @Test
    void middleEastDeclinesWhileOutbreakAndTradeDisputeGrow() {
        Map<YearMonth, Integer> gaza = articlesMentioning("Gaza");
        Map<YearMonth, Integer> measles = articlesMentioning("measles");
        Map<YearMonth, Integer> canada = articlesMentioning("Canada");
        YearMonth first = YearMonth.of(2024, 1);
        YearMonth last = YearMonth.of(2024, 9);
        assertTrue(gaza.get(first) > 2 * gaza.get(last), "Gaza per month: " + gaza);
        assertTrue(measles.get(last) > 4 * measles.getOrDefault(first, 1), "measles per month: " + measles);
        assertTrue(canada.get(last) > 3 * canada.getOrDefault(first, 1), "Canada per month: " + canada);
    }

    @Test
    void tournamentPeaksInItsMonth() {
        Map<YearMonth, Integer> cup = articlesMentioning("Nations Rugby Cup");
        int july = cup.get(YearMonth.of(2024, 7));
        cup.forEach((month, count) -> assertTrue(month.getMonthValue() == 7 || count * 3 < july, "cup per month: " + cup));
    }

    @Test
    void writesTheMalformedRecordsAskedFor(@TempDir Path directory) throws IOException {
        SampleSummary summary = new SampleGenerator(new SampleSpec(10, 42, START, 9, 6)).write(directory);
        List<SeedRecord> bad = SeedTextRecords.read(directory.resolve(SampleGenerator.MALFORMED_FILE));
        assertEquals(6, summary.malformed());
        assertEquals(6, bad.size());
        for (SeedRecord record : bad) {
            boolean refused = isRefusedDate(record.date());
            assertTrue(refused || record.text().isEmpty(), "not malformed: date " + record.date() + " " + record.text());
        }
        assertEquals("2024-02-30", bad.get(0).date());
        assertTrue(bad.get(1).text().isEmpty());
        assertEquals(10, SeedTextRecords.readArticles(directory).size());
    }

    @Test
    void replacesTheFilesOfAnEarlierLargerRunButNothingElse(@TempDir Path directory) throws IOException {
        new SampleGenerator(new SampleSpec(1500, 42, START, 9, 2)).write(directory);
        Files.writeString(directory.resolve("notes.txt"), "keep me");
        new SampleGenerator(new SampleSpec(20, 42, START, 9, 0)).write(directory);
        try (var files = Files.list(directory)) {
            assertEquals(List.of("articles-00000.txt", "notes.txt"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    private static Map<YearMonth, Integer> articlesMentioning(String term) {
        Map<YearMonth, Integer> perMonth = new TreeMap<>();
        for (SeedRecord record : records) {
            if (record.text().contains(term)) {
                perMonth.merge(YearMonth.from(LocalDate.parse(record.date())), 1, Integer::sum);
            }
        }
        return perMonth;
    }

    private static boolean isRefusedDate(String date) {
        try {
            return LocalDate.parse(date).getYear() < 1800;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static List<String> names(SampleSummary summary) {
        return summary.files().stream().map(f -> f.getFileName().toString()).toList();
    }
}
