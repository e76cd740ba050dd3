package org.newstrends.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StorylinesTest {
    private final Timeline defaultPeriod = new Timeline(LocalDate.of(2024, 1, 1), 9);

    @Test
    void eventsFallOnTheDocumentedDaysOfTheDefaultPeriod() {
        assertEquals(LocalDate.of(2024, 6, 16), new ElectionStoryline(defaultPeriod).electionDay());
        assertEquals(LocalDate.of(2024, 4, 7), new EarthquakeStoryline(defaultPeriod).quakeDay());
        assertEquals(LocalDate.of(2024, 7, 6), new TournamentStoryline(defaultPeriod).kickoff());
    }

    @Test
    void eventsMoveWithTheStartAndLength() {
        Timeline sixMonthsFromMarch = new Timeline(LocalDate.of(2023, 3, 1), 6);
        assertEquals(LocalDate.of(2023, 6, 16), new ElectionStoryline(sixMonthsFromMarch).electionDay());
        assertEquals(LocalDate.of(2023, 5, 7), new EarthquakeStoryline(sixMonthsFromMarch).quakeDay());
    }

    @Test
    void nothingIsWrittenAboutTheEarthquakeBeforeItStrikes() {
        EarthquakeStoryline quake = new EarthquakeStoryline(defaultPeriod);
        assertEquals(0.0, quake.weight(LocalDate.of(2024, 4, 6)));
        assertTrue(quake.weight(LocalDate.of(2024, 4, 7)) > 1.0);
    }

    @Test
    void weightsFollowTheDocumentedShapes() {
        LocalDate january = LocalDate.of(2024, 1, 15);
        LocalDate september = LocalDate.of(2024, 9, 15);
        ElectionStoryline election = new ElectionStoryline(defaultPeriod);
        assertTrue(election.weight(LocalDate.of(2024, 6, 17)) > 10 * election.weight(january));
        assertTrue(election.weight(LocalDate.of(2024, 6, 17)) > 10 * election.weight(september));
        Storyline middleEast = new MiddleEastStoryline(defaultPeriod);
        assertTrue(middleEast.weight(january) > 3 * middleEast.weight(september));
        Storyline outbreak = new OutbreakStoryline(defaultPeriod);
        assertTrue(outbreak.weight(september) > 10 * outbreak.weight(january));
        Storyline trade = new TradeDisputeStoryline(defaultPeriod);
        assertTrue(trade.weight(september) > 5 * trade.weight(january));
        Storyline background = new BackgroundNews();
        assertEquals(background.weight(january), background.weight(september));
    }

    @Test
    void everyStorylineWritesOnEveryDayOfThePeriod() {
        List<Storyline> all = Storylines.all(defaultPeriod);
        assertEquals(8, all.size());
        SplittableRandom random = new SplittableRandom(11);
        for (Storyline storyline : all) {
            for (int day = 0; day < defaultPeriod.days(); day += 3) {
                String text = storyline.write(defaultPeriod.day(day), random);
                int words = ArticleComposer.countWords(text);
                assertTrue(words >= ArticleComposer.MIN_WORDS && words <= ArticleComposer.MAX_WORDS,
                        storyline.name() + ": " + words + " words");
                assertTrue(!text.contains("{") && !text.contains("  "), storyline.name() + ": " + text);
            }
        }
    }
}
