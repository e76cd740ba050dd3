package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestWriterTest {

    @TempDir
    Path dir;

    private static Manifest manifest() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", "sample");
        spec.put("top", 10);
        spec.put("inputs", List.of(Map.of("path", "data/sample", "optional", false)));
        spec.put("period", "week");
        return new Manifest("sample", List.of("data/sample"), spec,
                new Manifest.Counts(12, 10, 2, Map.of("actor_mentions", 40L, "actor_entities", 7L)),
                "week", 10, new Manifest.Versions("0.1.0", "4.1.1", "17.0.15"), "lexicon-v1", List.of());
    }

    @Test
    void manifestHoldsCountsInputsVersionsAndEveryFileButItself() throws IOException {
        ReportWriter.write(dir, ReportFixtures.realistic());
        ManifestWriter.write(dir, manifest());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals(12, json.at("/counts/records_read").asLong());
        assertEquals(10, json.at("/counts/articles").asLong());
        assertEquals(2, json.at("/counts/rejected").asLong());
        assertEquals(40, json.at("/counts/actor_mentions").asLong());
        assertEquals("sample", json.at("/job").asText());
        assertEquals("data/sample", json.at("/inputs/0").asText());
        assertEquals("week", json.at("/period").asText());
        assertEquals(10, json.at("/top_n").asInt());
        assertEquals("4.1.1", json.at("/versions/spark").asText());
        assertEquals("lexicon-v1", json.at("/extractor").asText());
        assertEquals("data/sample", json.at("/job_spec/inputs/0/path").asText());
        List<String> files = new ArrayList<>();
        json.get("files").forEach(file -> files.add(file.asText()));
        assertTrue(files.contains("index.html"));
        assertTrue(files.contains("charts/top_actors.png"));
        assertTrue(files.contains("tables/data_dictionary.csv"));
        assertFalse(files.contains("manifest.json"));
        assertEquals(files.stream().sorted().toList(), files);
    }

    @Test
    void keysComeInAFixedOrderWithUnixNewlines() throws IOException {
        String text = ManifestWriter.toJson(manifest());
        assertFalse(text.contains("\r"));
        assertTrue(text.indexOf("\"job\"") < text.indexOf("\"counts\""));
        assertTrue(text.indexOf("\"counts\"") < text.indexOf("\"versions\""));
        assertTrue(text.contains("\"counts\": {\n    \"records_read\": 12,\n    \"articles\": 10,\n"
                + "    \"rejected\": 2,"), text);
        int inputs = text.indexOf("\"inputs\"", text.indexOf("\"job_spec\""));
        assertTrue(inputs < text.indexOf("\"name\"", inputs) && text.indexOf("\"name\"") < text.indexOf("\"period\"",
                text.indexOf("\"job_spec\"")), "job spec keys sorted");
    }

    @Test
    void writingTwiceGivesIdenticalBytes() throws IOException {
        ManifestWriter.write(dir, manifest());
        byte[] first = Files.readAllBytes(dir.resolve("manifest.json"));
        ManifestWriter.write(dir, manifest());
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("manifest.json")));
    }

    @Test
    void countsThatDoNotReconcileAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Manifest.Counts(10, 9, 2));
    }
}
