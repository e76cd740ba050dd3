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
        assertEquals(List.of("capital-times/articles-00000.txt", "harbour-herald/articles-00000.txt",
                "malformed.txt", "meridian-wire/articles-00000.txt", "northern-post/articles-00000.txt",
                "the-daily-ledger/articles-00000.txt"), names(first, one));
        assertEquals(names(first, one), names(second, two));
        for (Path file : one.files()) {
            Path other = second.resolve(first.relativize(file));
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(other), file + " differs between runs");
        }
    }

    @Test
    void anotherSeedWritesOtherArticles(@TempDir Path first, @TempDir Path second) throws IOException {
        new SampleGenerator(new SampleSpec(50, 1, START, 9, 0)).write(first);
        new SampleGenerator(new SampleSpec(50, 2, START, 9, 0)).write(second);
        assertNotEquals(Files.readString(first.resolve("meridian-wire/articles-00000.txt")),
                Files.readString(second.resolve("meridian-wire/articles-00000.txt")));
    }

    @Test
    void writesExactlyTheArticlesAskedForInFilesOfAtMostAThousand(@TempDir Path directory) throws IOException {
        assertEquals(ARTICLES, records.size());
        assertFalse(Files.exists(shared.resolve(SampleGenerator.MALFORMED_FILE)));
        SampleSummary summary = new SampleGenerator(new SampleSpec(6000, 42, START, 9, 0)).write(directory);
        int total = 0;
        for (Path file : summary.files()) {
            int n = SeedTextRecords.read(file).size();
            assertTrue(n <= 1000, file + " holds " + n);
            total += n;
        }
        assertEquals(6000, total);
        assertEquals(1000, SeedTextRecords.read(directory.resolve("meridian-wire/articles-00000.txt")).size());
    }

    @Test
    void datesAreValidInOrderWithinThePeriodAndCoverEveryMonth() throws IOException {
        Map<YearMonth, Integer> perMonth = new TreeMap<>();
        for (String outlet : Outlets.ALL) {
            LocalDate previous = START;
            for (SeedRecord record : SeedTextRecords.readArticles(shared.resolve(outlet))) {
                LocalDate date = LocalDate.parse(record.date());
                assertFalse(date.isBefore(previous), "dates out of order at " + date + " in " + outlet);
                previous = date;
            }
        }
        for (SeedRecord record : records) {
            LocalDate date = LocalDate.parse(record.date());
            assertTrue(date.isBefore(LocalDate.of(2024, 10, 1)), "after the period: " + date);
            perMonth.merge(YearMonth.from(date), 1, Integer::sum);
        }
        assertEquals(9, perMonth.size());
        perMonth.values().forEach(count -> assertTrue(count > 100, "thin month: " + perMonth));
    }

    @Test
    void articlesAreWireLengthInSeveralParagraphs() {
        for (SeedRecord record : records) {
            int words = ArticleComposer.countWords(record.text());
            assertTrue(words >= 120 && words <= 450 + 12, words + " words (copies may add an agency line): " + record.text());
            assertTrue(record.text().split("\n\n").length >= 3, "too few paragraphs: " + record.text());
            assertFalse(record.text().contains("{") || record.text().contains("}"), record.text());
        }
    }

    @Test
    void mixesBothLayoutsOfTheDateLine() throws IOException {
        List<String> dateLines = Files.readAllLines(shared.resolve("meridian-wire/articles-00000.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.strip().startsWith("date ")).toList();
        long alone = dateLines.stream().filter(line -> line.strip().length() == "date 2024-01-01".length()).count();
        long indented = dateLines.stream().filter(line -> line.startsWith(" ")).count();
        int n = dateLines.size();
        assertTrue(n > 500, "wire articles in the first file: " + n);
        assertTrue(alone > 0.3 * n && alone < 0.7 * n, "date lines without text: " + alone + " of " + n);
        assertTrue(indented > 0.05 * n, "indented date lines: " + indented + " of " + n);
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
        Files.writeString(directory.resolve("articles-00000.txt"), "date 2024-01-01 from the flat layout");
        new SampleGenerator(new SampleSpec(20, 42, START, 9, 0)).write(directory);
        try (var files = Files.walk(directory)) {
            List<String> names = files.filter(Files::isRegularFile).map(f -> directory.relativize(f).toString())
                    .sorted().toList();
            assertTrue(names.contains("notes.txt"), names.toString());
            assertFalse(names.contains("articles-00000.txt"), names.toString());
            assertFalse(names.contains(SampleGenerator.MALFORMED_FILE), names.toString());
            assertEquals(20, SeedTextRecords.readArticles(directory).size());
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

    private static List<String> names(Path directory, SampleSummary summary) {
        return summary.files().stream().map(f -> directory.relativize(f).toString()).toList();
    }
}
