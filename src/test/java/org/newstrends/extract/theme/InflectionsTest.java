package org.newstrends.extract.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InflectionsTest {

    @Test
    void plainWordsMatchTheirPlural() {
        assertEquals(List.of("talk", "talks"), Inflections.forms("talk", ' '));
        assertTrue(Inflections.forms("crisis", ' ').contains("crises"));
        assertTrue(Inflections.forms("tax", ' ').contains("taxes"));
        assertTrue(Inflections.forms("army", ' ').contains("armies"));
        assertFalse(Inflections.forms("talk", ' ').contains("talked"));
    }

    @Test
    void starredWordsMatchVerbForms() {
        assertTrue(Inflections.forms("bomb", '*').containsAll(List.of("bombs", "bombed", "bombing")));
        assertTrue(Inflections.forms("ban", '*').containsAll(List.of("bans", "banned", "banning")));
        assertTrue(Inflections.forms("strike", '*').containsAll(List.of("strikes", "striking", "striked")));
        assertTrue(Inflections.forms("deploy", '*').containsAll(List.of("deploys", "deployed", "deploying")));
    }

    @Test
    void exactAndShortWordsMatchOnlyThemselves() {
        assertEquals(List.of("new"), Inflections.forms("new", '='));
        assertEquals(List.of("us"), Inflections.forms("us", ' '));
        assertEquals(List.of("covid-19"), Inflections.forms("covid-19", ' '));
    }
}
