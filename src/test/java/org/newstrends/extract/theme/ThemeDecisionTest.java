package org.newstrends.extract.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.ThemeHit;

class ThemeDecisionTest {

    private static ThemeModel model() throws IOException {
        return ThemeModel.curated(ThemeTaxonomy.load(new StringReader("""
                theme SCHOOLS SOCIETY 3 Schools.
                3 school
                2 teacher
                theme PARTIES POLITICS 3 Party politics.
                2 election
                2 minister
                """), "t.txt"), ActorThemeCues.none());
    }

    private static ThemeEvidence evidence(ThemeModel model, String text) {
        return ThemeEvidence.collect(model, FieldText.of(Field.TITLE, ""), FieldText.of(Field.TEXT, text), List.of());
    }

    @Test
    void learnedWeightsChangeHowMuchACarriedThemeWeighsNeverWhetherItIsCarried() throws IOException {
        ThemeModel curated = model();
        String text = "The minister visited a school before the election and met a teacher.";
        assertEquals(Optional.of(ThemeCategory.SOCIETY), new ThemeDecision(curated).dominant(evidence(curated, text)));
        double[] weights = curated.weights();
        for (int f = 0; f < curated.features(); f++) {
            if (curated.themes().get(curated.theme(f)).code().equals("PARTIES")) weights[f] *= 2;
            else weights[f] = 0.1;
        }
        ThemeModel learned = curated.withWeights(weights);
        ThemeDecision decision = new ThemeDecision(learned);
        List<ThemeHit> hits = decision.hits(evidence(learned, text));
        assertEquals(List.of("PARTIES", "SCHOOLS"), hits.stream().map(ThemeHit::theme).toList(),
                "both still carried: carrying uses the curated weights");
        assertEquals(0.1 * 1.5 + 0.1 * 1.5, hits.get(1).score(), 1e-9);
        assertEquals(Optional.of(ThemeCategory.POLITICS), decision.dominant(evidence(learned, text)));
        assertEquals(decision.dominant(evidence(learned, text)), DominantCategory.of(hits));
    }

    @Test
    void aThemeBelowItsThresholdOrUncorroboratedIsNotCarried() throws IOException {
        ThemeModel curated = model();
        ThemeDecision decision = new ThemeDecision(curated);
        assertTrue(decision.hits(evidence(curated, "A teacher.")).isEmpty());
        assertTrue(decision.hits(evidence(curated, "election " + "x ".repeat(200) + "election election")).isEmpty(),
                "one typical term, however repeated, is not corroborated");
        assertEquals(Optional.empty(), decision.dominant(evidence(curated, "Nothing here.")));
    }
}
