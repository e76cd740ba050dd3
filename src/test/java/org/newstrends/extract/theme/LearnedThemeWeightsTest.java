package org.newstrends.extract.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearnedThemeWeightsTest {

    private static ThemeModel model() throws IOException {
        return ThemeModel.curated(ThemeTaxonomy.load(new StringReader("theme SCHOOLS SOCIETY 3 Schools.\n3 school\n2 teacher\n"), "t.txt"),
                ActorThemeCues.read(new StringReader("role\tteacher\tSCHOOLS\t2\n"), "c.tsv"));
    }

    @Test
    void writtenWeightsReadBackAndOnlyChangedOnesAreListed() throws IOException {
        ThemeModel curated = model();
        ThemeModel learned = curated.withWeights(new double[] {4.25, 2.0, 1.5});
        StringWriter out = new StringWriter();
        LearnedThemeWeights.write(learned, 0.0005, List.of("trained on a test"), out);
        assertEquals("# trained on a test\nterm\tSCHOOLS\tschool\t4.250\nrole\tSCHOOLS\tteacher\t1.500\n", out.toString());
        ThemeModel read = LearnedThemeWeights.read(new StringReader(out.toString()), "w.tsv").applyTo(curated);
        assertEquals(4.25, read.weight(0), 1e-9);
        assertEquals(2.0, read.weight(1), 1e-9);
        assertEquals(1.5, read.weight(2), 1e-9);
        assertEquals(3.0, read.curatedWeight(0), 1e-9);
    }

    @Test
    void aWeightOfATermTheTaxonomyLacksFailsLoudly() throws IOException {
        LearnedThemeWeights stale = LearnedThemeWeights.read(new StringReader("# x\nterm\tSCHOOLS\tpupil\t2.5\n"), "w.tsv");
        TaxonomyFormatException e = assertThrows(TaxonomyFormatException.class, () -> stale.applyTo(model()));
        assertTrue(e.getMessage().startsWith("w.tsv:2: no such term or cue 'term SCHOOLS pupil'"), e.getMessage());
        assertTrue(e.getMessage().contains("rerun train-themes"), e.getMessage());
    }

    @Test
    void theShippedWeightsFitTheShippedTaxonomy() {
        ThemeModel shipped = ThemeModel.shipped();
        assertEquals(ThemeModel.curated(ThemeTaxonomy.fromResource(), ActorThemeCues.fromResource()).features(), shipped.features());
    }
}
