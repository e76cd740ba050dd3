package org.newstrends.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    @Test
    void fillsSlotsAndKeepsPlainText() {
        Phrases phrases = new Phrases(new SplittableRandom(1)).put("city", "Davao");
        assertEquals("Rescuers reached Davao.", phrases.fill("Rescuers reached {city}."));
    }

    @Test
    void choosesEveryAlternativeSometimesAndNothingElse() {
        Phrases phrases = new Phrases(new SplittableRandom(7)).put("name", "Rojas");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(phrases.fill("{said|told {name}}"));
        }
        assertEquals(Set.of("said", "told Rojas"), seen);
    }

    @Test
    void drawsNumbersWithinTheRange() {
        Phrases phrases = new Phrases(new SplittableRandom(3));
        for (int i = 0; i < 200; i++) {
            int value = Integer.parseInt(phrases.fill("{#12-15}"));
            assertTrue(value >= 12 && value <= 15, "out of range: " + value);
        }
    }

    @Test
    void introducesAPersonOnceThenUsesShortForms() {
        Phrases phrases = new Phrases(new SplittableRandom(5))
                .person("austin", "US Defense Secretary Lloyd Austin", "Austin", "Mr. Austin");
        assertEquals("US Defense Secretary Lloyd Austin met Gallant.", phrases.fill("{austin} met Gallant."));
        String later = phrases.fill("{austin}");
        assertTrue(later.equals("Austin") || later.equals("Mr. Austin"), later);
    }

    @Test
    void restoringForgetsAnIntroductionThatWasThrownAway() {
        Phrases phrases = new Phrases(new SplittableRandom(5)).person("olsen", "Trade Minister Margaret Olsen", "Olsen");
        Set<String> before = phrases.introducedPeople();
        phrases.fill("{olsen}");
        phrases.restore(before);
        assertEquals("Trade Minister Margaret Olsen", phrases.fill("{olsen}"));
    }

    @Test
    void anUnknownSlotFailsInsteadOfLeakingBraces() {
        Phrases phrases = new Phrases(new SplittableRandom(1));
        assertThrows(IllegalArgumentException.class, () -> phrases.fill("{nobody} said"));
    }

    @Test
    void sameSeedSameText() {
        String template = "{a|b|c} {#1-1000} {x|y}";
        assertEquals(new Phrases(new SplittableRandom(9)).fill(template), new Phrases(new SplittableRandom(9)).fill(template));
    }
}
