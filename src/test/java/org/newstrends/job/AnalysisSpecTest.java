package org.newstrends.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class AnalysisSpecTest {
    private static Map<?, ?> yaml(String text) {
        return (Map<?, ?>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    private static String error(String text) {
        return assertThrows(JobSpecException.class, () -> AnalysisSpec.fromMap(yaml(text))).getMessage();
    }

    @Test
    void defaultsWhenNoAnalysisKeyIsGiven() {
        AnalysisSpec spec = AnalysisSpec.fromMap(yaml("name: x"));
        assertEquals(AnalysisSpec.DEFAULT, spec);
        assertTrue(spec.dedup());
        assertEquals(0.8, spec.dedupThreshold());
        assertEquals(1, spec.trendWindow());
        assertEquals(5, spec.minArticles());
    }

    @Test
    void readsEveryKey(@TempDir Path dir) throws IOException {
        Path aliases = Files.writeString(dir.resolve("aliases.csv"), "actor,Zelenskyy,Volodymyr Zelensky\n");
        AnalysisSpec spec = AnalysisSpec.fromMap(yaml("""
                from: 2024-01-01
                to: 2024-12-31
                dedup:
                  threshold: 0.9
                aliases: %s
                watch:
                  - name: Gaza war
                    any: [Gaza, Hamas, '"ceasefire talks"']
                  - name: Netanyahu
                    any: [Benjamin Netanyahu]
                trends:
                  window: 2
                  min_articles: 10
                """.formatted(aliases)));
        assertEquals(LocalDate.of(2024, 1, 1), spec.range().from());
        assertEquals(LocalDate.of(2024, 12, 31), spec.range().to());
        assertEquals(0.9, spec.dedupThreshold());
        assertEquals("Volodymyr Zelensky", spec.aliases().lookup("actor", "Zelenskyy").canonical());
        assertEquals(List.of("Gaza war", "Netanyahu"), spec.watch().stream().map(q -> q.name()).toList());
        assertEquals(List.of("ceasefire talks"), spec.watch().get(0).phrases());
        assertEquals(2, spec.trendWindow());
        assertEquals(10, spec.minArticles());
        assertEquals(Map.of("window", 2, "min_articles", 10), spec.describe().get("trends"));
    }

    @Test
    void dedupOffDisablesDuplicateDetection() {
        AnalysisSpec spec = AnalysisSpec.fromMap(yaml("dedup: off"));
        assertFalse(spec.dedup());
        assertNull(spec.dedupThreshold());
        assertEquals("off", spec.describe().get("dedup"));
    }

    @Test
    void badValuesSayWhatToFix() {
        assertEquals("dedup: threshold must be a number above 0 and at most 1, e.g. 0.8 (got '1.5')",
                error("dedup: {threshold: 1.5}"));
        assertEquals("dedup must be 'off' or a mapping such as {threshold: 0.8} (got 'maybe')", error("dedup: maybe"));
        assertEquals("from must be a date YYYY-MM-DD (got '2024-13-01')", error("from: '2024-13-01'"));
        assertEquals("'to' (2024-01-01) is before 'from' (2024-02-01): swap them", error("from: 2024-02-01\nto: 2024-01-01"));
        assertEquals("trends: unknown key 'windows'; known keys: [min_articles, window]", error("trends: {windows: 2}"));
        assertEquals("trends: window must be a whole number of at least 1 (got 0)", error("trends: {window: 0}"));
        assertEquals("watch: two queries are named 'A'; rename one", error("watch: [{name: A, any: [x]}, {name: A, any: [y]}]"));
        assertEquals("watch query 'A' has no terms: give 'any: [...]'", error("watch: [{name: A}]"));
        assertTrue(error("aliases: no/such.csv").contains("fix the path in 'aliases'"));
    }
}
