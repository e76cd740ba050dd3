package org.newstrends.extract.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.theme.ActorThemeCues;
import org.newstrends.extract.theme.ThemeCategory;
import org.newstrends.extract.theme.ThemeDecision;
import org.newstrends.extract.theme.ThemeEvidence;
import org.newstrends.extract.theme.ThemeModel;
import org.newstrends.extract.theme.ThemeTaxonomy;

class ThemeWeightLearnerTest {

    static ThemeModel model() throws IOException {
        return ThemeModel.curated(ThemeTaxonomy.load(new StringReader("""
                theme SCHOOLS SOCIETY 3 Schools.
                3 school
                2 pupil
                theme PARTIES POLITICS 3 Party politics.
                2 minister
                2 election
                theme FLOODS DISASTER_ACCIDENT 3 Floods.
                3 flood
                2 rain
                """), "t.txt"), ActorThemeCues.none());
    }

    static ThemeExample example(ThemeModel model, String text, ThemeCategory category) {
        return new ThemeExample("test", ThemeEvidence.collect(model, FieldText.of(Field.TITLE, ""), FieldText.of(Field.TEXT, text),
                List.of()), category);
    }

    /** Policy stories about schools labelled politics, and plain school stories labelled society. */
    static List<ThemeExample> examples(ThemeModel model) {
        List<ThemeExample> examples = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            examples.add(example(model, "The minister promised every school more pupils before the election.", ThemeCategory.POLITICS));
            examples.add(example(model, "The school welcomed its pupils back after the summer.", ThemeCategory.SOCIETY));
        }
        examples.add(example(model, "Rain flooded the school as a flood hit the town.", ThemeCategory.SOCIETY));
        return examples;
    }

    private static int feature(ThemeModel model, String key) {
        return model.feature(key);
    }

    @Test
    void themeScalesLearnedFromLabelsTurnPolicyStoriesAboutSchoolsIntoPolitics() throws IOException {
        ThemeModel curated = model();
        List<ThemeExample> examples = examples(curated);
        ThemeExample policy = examples.get(0);
        assertEquals(Optional.of(ThemeCategory.SOCIETY), new ThemeDecision(curated).dominant(policy.evidence()));
        LearnerSettings settings = new LearnerSettings(0.01, Double.POSITIVE_INFINITY, 1, 0.25, 200);
        ThemeModel learned = new ThemeWeightLearner(curated, settings).learn(examples);
        ThemeDecision decision = new ThemeDecision(learned);
        assertEquals(Optional.of(ThemeCategory.POLITICS), decision.dominant(policy.evidence()));
        assertEquals(Optional.of(ThemeCategory.SOCIETY), decision.dominant(examples.get(1).evidence()));
        double minister = learned.weight(feature(learned, "term\tPARTIES\tminister"));
        double election = learned.weight(feature(learned, "term\tPARTIES\telection"));
        assertEquals(minister, election, 1e-9, "a theme scale moves all of its terms alike");
        assertTrue(minister > 2, "politics scaled up: " + minister);
    }

    @Test
    void themesOfCategoriesNoLabelShowsKeepTheirCuratedWeightsAndLearningIsDeterministic() throws IOException {
        ThemeModel curated = model();
        LearnerSettings settings = new LearnerSettings(0.001, 0.001, 0.5, 0.25, 100);
        ThemeModel learned = new ThemeWeightLearner(curated, settings).learn(examples(curated));
        assertEquals(3.0, learned.weight(feature(learned, "term\tFLOODS\tflood")), 1e-12);
        assertEquals(2.0, learned.weight(feature(learned, "term\tFLOODS\train")), 1e-12);
        assertArrayEquals(learned.weights(), new ThemeWeightLearner(curated, settings).learn(examples(curated)).weights());
        for (int f = 0; f < learned.features(); f++) assertTrue(learned.weight(f) >= 0, "signs kept");
    }

    @Test
    void curatedSettingsLearnNothing() throws IOException {
        ThemeModel curated = model();
        assertArrayEquals(curated.weights(), new ThemeWeightLearner(curated, LearnerSettings.CURATED).learn(examples(curated)).weights());
        assertTrue(LearnerSettings.CURATED.curatedOnly());
    }
}
