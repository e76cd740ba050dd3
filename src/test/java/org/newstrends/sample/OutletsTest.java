package org.newstrends.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.aggregate.CopyText;
import org.newstrends.aggregate.Shingles;
import org.newstrends.sample.SeedTextRecords.SeedRecord;

/** The planted outlets, syndicated copies and one-source spike of a generated collection. */
class OutletsTest {
    @TempDir
    static Path shared;

    private static Map<String, List<SeedRecord>> byOutlet = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        new SampleGenerator(new SampleSpec(1500, 42, LocalDate.of(2024, 1, 1), 9, 0)).write(shared);
        for (String outlet : Outlets.ALL) byOutlet.put(outlet, SeedTextRecords.readArticles(shared.resolve(outlet)));
    }

    @Test
    void everyOutletHasArticlesAndTheWireTheMost() {
        int wire = byOutlet.get(Outlets.WIRE).size();
        for (String outlet : Outlets.ALL) {
            assertTrue(byOutlet.get(outlet).size() > 50, outlet + ": " + byOutlet.get(outlet).size());
            assertTrue(byOutlet.get(outlet).size() <= wire, outlet);
        }
    }

    @Test
    void wireStoriesAreCopiedExactlyAndNearlyByOtherOutletsTheSameDay() {
        Map<String, SeedRecord> wireByText = new HashMap<>();
        for (SeedRecord r : byOutlet.get(Outlets.WIRE)) wireByText.put(CopyText.normalized(r.text()), r);
        int exact = 0;
        int near = 0;
        for (String outlet : Outlets.ALL) {
            if (outlet.equals(Outlets.WIRE)) continue;
            for (SeedRecord r : byOutlet.get(outlet)) {
                SeedRecord original = wireByText.get(CopyText.normalized(r.text()));
                if (original != null) {
                    exact++;
                    assertEquals(original.date(), r.date());
                }
            }
        }
        List<SeedRecord> wire = byOutlet.get(Outlets.WIRE);
        for (String outlet : List.of("harbour-herald", "northern-post")) {
            for (SeedRecord r : byOutlet.get(outlet)) {
                int[] s = Shingles.ofText(r.text());
                for (SeedRecord w : wire) {
                    if (!w.date().equals(r.date())) continue;
                    double j = Shingles.jaccard(s, Shingles.ofText(w.text()));
                    if (j >= 0.8 && j < 1) near++;
                }
            }
        }
        assertTrue(exact > 50, "exact copies: " + exact);
        assertTrue(near > 10, "near copies: " + near);
    }

    @Test
    void theLaunchIsCoveredByOneOutletAlone() {
        Map<String, Integer> february = new HashMap<>();
        for (String outlet : Outlets.ALL) {
            for (SeedRecord r : byOutlet.get(outlet)) {
                if (YearMonth.from(LocalDate.parse(r.date())).equals(YearMonth.of(2024, 2)) && r.text().contains("Helix")) {
                    february.merge(outlet, 1, Integer::sum);
                }
            }
        }
        int launch = february.getOrDefault(Outlets.LAUNCH_OUTLET, 0);
        int all = february.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(launch > 10 && launch >= 0.8 * all, "Helix articles in February per outlet: " + february);
    }

    @Test
    void nearCopiesInsertTwoWordsAndExactOnesOnlyAgencyLines() {
        String text = String.join(" ", java.util.Collections.nCopies(1, PlantedWords.TEXT));
        SplittableRandom random = new SplittableRandom(3);
        String near = Outlets.withWordsChanged(text, random);
        assertEquals(text.split(" ").length + 2, near.split(" ").length);
        String exact = Outlets.withAgencyLines(text, random);
        assertEquals(CopyText.normalized(text), CopyText.normalized(exact));
    }

    /** A text of 60 distinct words. */
    private static final class PlantedWords {
        static final String TEXT = java.util.stream.IntStream.range(0, 60).mapToObj(i -> "word" + i)
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
