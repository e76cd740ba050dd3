package org.newstrends.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.aggregate.PeriodUnit;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.ingest.InputFormat;

class JobSpecTest {

    @TempDir
    Path dir;

    private JobSpec load(String yaml) throws IOException {
        return JobSpec.load(Files.writeString(dir.resolve("news.yaml"), yaml));
    }

    private String error(String yaml) {
        return assertThrows(JobSpecException.class, () -> load(yaml)).getMessage();
    }

    @Test
    void defaultsFillWhatTheSpecLeavesOut() throws IOException {
        JobSpec spec = load("inputs: [data/news]\n");
        assertEquals("news", spec.name());
        assertEquals(List.of(new JobInput("data/news", false)), spec.inputs());
        assertEquals(InputFormat.AUTO, spec.format());
        assertEquals("reports/news", spec.output());
        assertEquals(PeriodUnit.MONTH, spec.period());
        assertEquals(20, spec.top());
        assertEquals("tagger", spec.extractor());
    }

    @Test
    void readsEveryKey() throws IOException {
        JobSpec spec = load("name: demo\ninputs:\n  - a\n  - path: b\n    optional: true\nformat: jsonl\n"
                + "output: out/demo\nperiod: week\ntop: 7\nextractor: rules\nspark:\n  spark.sql.shuffle.partitions: 4\n");
        assertEquals(List.of(new JobInput("a", false), new JobInput("b", true)), spec.inputs());
        assertEquals(InputFormat.JSONL, spec.format());
        assertEquals(PeriodUnit.WEEK, spec.period());
        assertEquals(7, spec.top());
        assertEquals("4", spec.spark().get("spark.sql.shuffle.partitions"));
    }

    @Test
    void badSpecsSayWhatToFix() {
        assertTrue(error("inputs: [a]\nperod: month\n").contains("unknown key 'perod'"));
        assertTrue(error("inputs: [a]\nperiod: monthly\n").contains("period must be one of day, week, month"));
        assertTrue(error("inputs: [a]\ntop: 0\n").contains("top must be between 1 and 500"));
        assertTrue(error("inputs: [a]\ntop: ten\n").contains("top must be a whole number"));
        assertTrue(error("name: x\n").contains("inputs: give at least one file or directory"));
        assertTrue(error("inputs: [a]\nformat: xml\n").contains("format must be one of auto, seed, jsonl"));
        assertTrue(error("inputs: [a]\nextractor: magic\n")
                .contains("extractor must be one of rules, tagger, corenlp (got 'magic')"));
        assertTrue(error("inputs: [a]\nspark:\n  shuffle: 3\n").contains("must start with 'spark.'"));
        assertTrue(error("inputs: [a\n").contains("not valid YAML"));
        assertTrue(error("- just a list\n").contains("a job spec is a YAML mapping"));
    }

    @Test
    void acceptsEachExtractionMethodOfThisBuild() throws IOException {
        assertEquals(List.of("rules", "tagger", "corenlp"), JobSpec.EXTRACTORS);
        assertEquals("rules", load("inputs: [a]\nextractor: rules\n").extractor());
        assertEquals("tagger", load("inputs: [a]\nextractor: Tagger\n").extractor());
    }

    @Test
    void corenlpWithoutItsBuildSaysHowToBuildIt() throws IOException {
        assumeFalse(ArticleExtractor.isAvailable("corenlp"), "this build has the corenlp profile");
        String message = error("inputs: [a]\nextractor: corenlp\n");
        assertTrue(message.contains("news.yaml"), message);
        assertTrue(message.contains("mvn -Pcorenlp package"), message);
    }

    @Test
    void corenlpInItsBuildIsAccepted() throws IOException {
        assumeTrue(ArticleExtractor.isAvailable("corenlp"), "the corenlp profile is not built");
        assertEquals("corenlp", load("inputs: [a]\nextractor: corenlp\n").extractor());
    }

    @Test
    void aMissingSpecFileIsNamed() {
        JobSpecException e = assertThrows(JobSpecException.class, () -> JobSpec.load(dir.resolve("none.yaml")));
        assertTrue(e.getMessage().contains("none.yaml"));
    }

    @Test
    void commandLineOverridesWin() throws IOException {
        JobSpec spec = load("inputs: [a]\n").withOverrides(List.of("x", "y"), "out", PeriodUnit.YEAR, 3);
        assertEquals(List.of(new JobInput("x", false), new JobInput("y", false)), spec.inputs());
        assertEquals("out", spec.output());
        assertEquals(PeriodUnit.YEAR, spec.period());
        assertEquals(3, spec.top());
    }
}
