package org.newstrends.extract.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.eval.CategoryConfusion;
import org.newstrends.extract.theme.ThemeCategory;
import org.newstrends.extract.theme.ThemeModel;

class ThemeCrossValidationTest {

    @Test
    void everyExampleIsScoredOnceByWeightsThatNeverSawIt() throws IOException {
        ThemeModel curated = ThemeWeightLearnerTest.model();
        List<ThemeExample> examples = ThemeWeightLearnerTest.examples(curated);
        ThemeCrossValidation validation = new ThemeCrossValidation(curated, examples, 3);
        ThemeCrossValidation.Result curatedResult = validation.run(LearnerSettings.CURATED);
        CategoryConfusion confusion = curatedResult.bySet().get("test");
        assertEquals(examples.size(), confusion.items());
        assertEquals(6, confusion.count(ThemeCategory.POLITICS, Optional.of(ThemeCategory.SOCIETY)));
        assertEquals(3, curatedResult.foldCriteria().length);
        ThemeCrossValidation.Result learned = validation.run(new LearnerSettings(0.01, Double.POSITIVE_INFINITY, 1, 0.25, 200));
        assertEquals(1.0, learned.bySet().get("test").accuracy(ThemeCategory.POLITICS), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new ThemeCrossValidation(curated, examples, 1));
    }

    private static ThemeCrossValidation.Result result(int correct, double... folds) {
        CategoryConfusion c = new CategoryConfusion();
        for (int i = 0; i < 10; i++) {
            c.add(ThemeCategory.SPORT, Optional.of(i < correct ? ThemeCategory.SPORT : ThemeCategory.POLITICS));
        }
        return new ThemeCrossValidation.Result(Map.of("s", c), folds);
    }

    @Test
    void theSimplestSettingWithinOneStandardErrorOfTheBestIsChosen() {
        ThemeCrossValidation.Result simple = result(6, 0.6, 0.6, 0.6);
        ThemeCrossValidation.Result better = result(7, 0.5, 0.7, 0.9);
        ThemeCrossValidation.Result best = result(8, 0.5, 0.8, 1.1);
        assertEquals(0.1732, best.standardError(), 1e-4);
        assertEquals(1, ThemeCrossValidation.choose(List.of(simple, better, best)), "0.7 is within 0.8 - 0.173, 0.6 is not");
        ThemeCrossValidation.Result steady = result(8, 0.8, 0.8, 0.8);
        assertEquals(2, ThemeCrossValidation.choose(List.of(simple, better, steady)), "no spread: only the best");
    }
}
