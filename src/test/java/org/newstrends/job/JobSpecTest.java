package org.newstrends.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.aggregate.PeriodUnit;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.ingest.ArticleField;
import org.newstrends.ingest.FieldMapping;
import org.newstrends.ingest.InputFormat;
import org.newstrends.ingest.ReadOptions;
import org.newstrends.report.ChartSize;

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
        assertEquals(List.of("x", "y"), spec.inputs().stream().map(JobInput::path).toList());
        assertEquals(InputFormat.AUTO, spec.readOptions(spec.inputs().get(0)).format());
        assertEquals("out", spec.output());
        assertEquals(PeriodUnit.YEAR, spec.period());
        assertEquals(3, spec.top());
    }

    @Test
    void anInputMappingGivesItsOwnReadOptions() throws IOException {
        JobSpec spec = load("inputs:\n  - plain\n  - path: exports/stories.csv\n    format: csv\n"
                + "    fields:\n      id: stories_id\n      text: [content, body]\n    date_format: \"d/M/yyyy\"\n"
                + "format: jsonl\ntimezone: Europe/Paris\nmax_article_chars: 5000\n");
        ReadOptions plain = spec.readOptions(spec.inputs().get(0));
        assertEquals(InputFormat.JSONL, plain.format(), "an input without a format takes the spec's");
        assertEquals(FieldMapping.auto(), plain.fields());
        assertEquals(ZoneId.of("Europe/Paris"), plain.timezone());
        assertEquals(5000, plain.maxArticleChars());
        ReadOptions csv = spec.readOptions(spec.inputs().get(1));
        assertEquals(InputFormat.CSV, csv.format());
        assertEquals(List.of("content", "body"), csv.fields().configured(ArticleField.TEXT));
        assertEquals(List.of("stories_id"), csv.fields().configured(ArticleField.ID));
        assertEquals(List.of(), csv.fields().configured(ArticleField.DATE));
        assertEquals("d/M/yyyy", csv.dateFormat());
        assertEquals(ZoneId.of("Europe/Paris"), csv.timezone());
    }

    @Test
    void readOptionsDefaultToAutoFieldsDatesAsWrittenAndAMillionCharacters() throws IOException {
        JobSpec spec = load("inputs: [a]\n");
        ReadOptions options = spec.readOptions(spec.inputs().get(0));
        assertEquals(ReadOptions.of(InputFormat.AUTO), options);
        assertEquals(1_000_000, options.maxArticleChars());
        assertNull(options.timezone());
    }

    @Test
    void chartsSetThePngSizeAndBadSizesFailWithWhatToGive() throws IOException {
        assertEquals(ChartSize.DEFAULT, load("inputs: [a]\n").charts());
        JobSpec spec = load("inputs: [a]\ncharts: {width: 1200, height: 700}\n");
        assertEquals(new ChartSize(1200, 700), spec.charts());
        assertEquals(Map.of("width", 1200, "height", 700), spec.describe().get("charts"));
        assertEquals(new ChartSize(1200, 700), spec.withOverrides(null, "out", PeriodUnit.DAY, 5).charts());
        assertEquals(new ChartSize(2000, 900), load("inputs: [a]\ncharts: {width: 2000}\n").charts());
        String usage = "charts must be a mapping {width: W, height: H} in pixels, each from 400 to 8000";
        assertTrue(error("inputs: [a]\ncharts: big\n").contains(usage + " (got big)"));
        assertTrue(error("inputs: [a]\ncharts: {width: 1600px}\n").contains(usage + " (got width 1600px"));
        assertTrue(error("inputs: [a]\ncharts: {widht: 1600}\n").contains("charts: unknown key 'widht'"));
        String small = error("inputs: [a]\ncharts: {width: 100, height: 900}\n");
        assertTrue(small.contains("charts: chart width and height must be from 400 to 8000 pixels (got 100 x 900)"),
                small);
    }

    @Test
    void theManifestDescribesEachInputAsGiven() throws IOException {
        JobSpec spec = load("inputs:\n  - a\n  - path: b.csv\n    fields: {text: body}\n    optional: true\n"
                + "timezone: UTC\n");
        Map<String, Object> described = spec.describe();
        assertEquals(List.of("a", Map.of("path", "b.csv", "fields", Map.of("text", List.of("body")), "optional", true)),
                described.get("inputs"));
        assertEquals("UTC", described.get("timezone"));
        assertEquals(1_000_000, described.get("max_article_chars"));
    }

    @Test
    void badInputsAndReadKeysSayWhichInputAndWhatToFix() {
        assertTrue(error("inputs:\n  - path: x.csv\n    format: xls\n").contains(
                "inputs: x.csv: format must be one of auto, seed, jsonl, json, csv, tsv, parquet (got 'xls')"));
        String field = error("inputs:\n  - path: x.csv\n    fields: {body: content}\n");
        assertTrue(field.contains("inputs: x.csv: fields: unknown field 'body'; the fields are id, date, title, text,"
                + " description, source, url"), field);
        assertTrue(error("inputs:\n  - path: x.csv\n    fields: {text: []}\n").contains(
                "inputs: x.csv: fields: text: the list of column names is empty"));
        assertTrue(error("inputs:\n  - path: x.csv\n    fields: {text: {a: b}}\n").contains(
                "inputs: x.csv: fields: text: give a column name or a list of column names"));
        String pattern = error("inputs:\n  - path: x.csv\n    date_format: \"dd/MM/yyyy qqqqqq\"\n");
        assertTrue(pattern.contains("inputs: x.csv: date_format 'dd/MM/yyyy qqqqqq' is not a java.time pattern"),
                pattern);
        assertTrue(error("inputs:\n  - path: x.csv\n    colums: [a]\n").contains(
                "inputs: x.csv: unknown key 'colums'; an input has path, format, fields, date_format, optional"));
        assertTrue(error("inputs:\n  - path: x.csv\n    optional: maybe\n").contains(
                "inputs: x.csv: 'optional' must be true or false"));
        assertTrue(error("inputs:\n  - format: csv\n").contains("inputs: entry 1 has no 'path'"));
        assertTrue(error("inputs: []\n").contains("inputs: give at least one file or directory"));
        String zone = error("inputs: [a]\ntimezone: Europe/Pari\n");
        assertTrue(zone.contains("timezone 'Europe/Pari' is not a time zone; give a region such as Europe/Paris"), zone);
        assertTrue(error("inputs: [a]\nmax_article_chars: 0\n").contains(
                "max_article_chars must be a whole number from 1 to 2147483647 (got '0')"));
        assertTrue(error("inputs: [a]\nmax_article_chars: 1e6\n").contains("max_article_chars must be a whole number"));
        assertTrue(error("inputs: [a]\nmax_article_chars: 99999999999\n").contains(
                "max_article_chars must be a whole number"));
        assertTrue(error("inputs:\n  - path: x.csv\n    format: xls\n").startsWith(dir.resolve("news.yaml").toString()));
    }
}
