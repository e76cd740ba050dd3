package org.newstrends.extract.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the wire dateline that opens a story, as Reuters and the agencies write it. */
class DatelineTest {

    /** The place and the regions of the dateline of {@code text}, as written. */
    private static List<String> read(String text) {
        Dateline d = Dateline.find(text);
        if (d == null) return null;
        List<String> out = new ArrayList<>();
        out.add(text.substring(d.placeStart(), d.placeEnd()));
        for (int[] r : d.regions()) out.add(text.substring(r[0], r[1]));
        return out;
    }

    @Test
    void theAgenciesFormsAreRead() {
        assertEquals(List.of("BELGRADE"), read("BELGRADE, April 8 - Yugoslavia said"));
        assertEquals(List.of("SALVADOR"), read("SALVADOR, Feb 26 - Showers continued"));
        assertEquals(List.of("NEW YORK"), read("NEW YORK (Reuters) - Stocks rose"));
        assertEquals(List.of("LONDON"), read("LONDON, March 3 (Reuters) - Sterling fell"));
        assertEquals(List.of("WASHINGTON"), read("WASHINGTON, March 12, Reuter - A U.S. judge"));
        assertEquals(List.of("AMSTERDAM"), read("AMSTERDAM, 2 March - The Dutch Central Bank"));
    }

    @Test
    void regionsAfterThePlaceAreKeptApart() {
        assertEquals(List.of("TRENTON", "N.J."), read("TRENTON, N.J., March 2 - Shr 34 cts"));
        assertEquals(List.of("Winnipeg", "Manitoba"), read("Winnipeg, Manitoba, Feb 26 - <Federal Industries Ltd>"));
        assertEquals(List.of("RICHMOND", "Va."), read("RICHMOND, Va. Feb 26 - Qtly div"));
        assertEquals(List.of("MINNEAPOLIS", "MINN."), read("MINNEAPOLIS, MINN.,March 13 - Shr profit"));
        assertEquals(List.of("ST. JOHN'S", "Newfoundland"), read("ST. JOHN'S, Newfoundland, March 9 - Petro-Canada"));
        assertEquals(List.of("RIO DE JANEIRO"), read("RIO DE JANEIRO, March 5 - Brazil has"));
    }

    @Test
    void theAgencyCreditedIsKeptApart() {
        String text = "LONDON, March 3 (Reuters) - Sterling fell";
        Dateline d = Dateline.find(text);
        assertEquals("Reuters", text.substring(d.credit()[0], d.credit()[1]));
        String reuter = "WASHINGTON, March 12, Reuter - A U.S. judge";
        Dateline r = Dateline.find(reuter);
        assertEquals("Reuter", reuter.substring(r.credit()[0], r.credit()[1]));
        assertNull(Dateline.find("SALVADOR, Feb 26 - Showers").credit(), "no agency credited");
    }

    @Test
    void aTextWithoutADatelineHasNone() {
        assertNull(read("LONDON - Sterling fell"), "no date and no agency");
        assertNull(read("Prime Minister Benjamin Netanyahu said on Monday - in a statement"));
        assertNull(read("The visit follows weeks of friction, March 2 - so it goes"));
        assertNull(read(""));
        assertNull(read("\n\nUS Defense Secretary Lloyd Austin is set to host"));
    }
}
