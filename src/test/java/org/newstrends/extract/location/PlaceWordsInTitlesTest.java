package org.newstrends.extract.location;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;

/** Common words that are also town names ("Drug", "Dome") are places only with context, even in capitals. */
class PlaceWordsInTitlesTest {

    private static List<String> places(String title, String text) {
        return LocationRecognizer.shared()
                .recognize(List.of(FieldText.of(Field.TITLE, title), FieldText.of(Field.TEXT, text)), Map.of())
                .stream().map(Mention::text).toList();
    }

    @Test
    void capitalisedCommonWordsAreNoPlaces() {
        assertEquals(List.of(), places("ANALYST BACKS DRUG STOCKS", "Drug makers rose."));
        assertEquals(List.of(), places("DOME PETROLEUM DEBT TALKS", "Dome said talks went on."));
    }

    @Test
    void theSameNamesCountWithPlaceContext() {
        assertEquals(List.of("Drug"), places("Floods", "Heavy rain fell in Drug on Monday."));
    }
}
