package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.extract.ArticleExtractor;

/** Runs the command line in-process, as a user would, and checks exit codes, messages and output. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void aBadJobSpecExitsWithUsageAndSaysWhy() throws IOException {
        Path spec = Files.writeString(dir.resolve("bad.yaml"), "inputs: [x]\nperiod: fortnight\n");
        CommandRun o = CommandRun.of("run", spec.toString());
        assertEquals(ExitCode.USAGE.code(), o.exit());
        assertTrue(o.err().contains("period must be one of day, week, month, quarter, year (got 'fortnight')"), o.err());
    }

    @Test
    void aBadPeriodOptionExitsWithUsage() throws IOException {
        Path spec = Files.writeString(dir.resolve("ok.yaml"), "inputs: [x]\n");
        CommandRun o = CommandRun.of("run", spec.toString(), "--period", "hourly");
        assertEquals(ExitCode.USAGE.code(), o.exit());
        assertTrue(o.err().contains("got 'hourly'"), o.err());
    }

    @Test
    void unknownOptionsAndSubcommandsAreUsageErrors() {
        assertEquals(ExitCode.USAGE.code(), CommandRun.of("frobnicate").exit());
        assertEquals(ExitCode.USAGE.code(), CommandRun.of("run").exit());
        assertEquals(ExitCode.USAGE.code(), CommandRun.of("extract", "--bogus").exit());
    }

    @Test
    void extractWritesOneJsonLinePerRecordIncludingRejects() throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"),
                "date 2024-03-19 Officials in France met in Paris.\ndate 2024-13-01 Bad month.\n");
        Path out = dir.resolve("out/a.jsonl");
        CommandRun o = CommandRun.of("extract", "--input", in.toString(), "--output", out.toString(),
                "--extractor", "rules");
        assertEquals(ExitCode.OK.code(), o.exit(), o.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertEquals("a#1", first.get("id").asText());
        assertEquals("2024-03-19", first.get("date").asText());
        String text = "Officials in France met in Paris.";
        boolean sawFrance = false;
        for (JsonNode m : first.get("mentions")) {
            assertEquals(text.substring(m.get("start").asInt(), m.get("end").asInt()), m.get("text").asText());
            if (m.get("canonical").asText().equals("France")) {
                sawFrance = true;
                assertEquals("location", m.get("kind").asText());
                assertEquals("COUNTRY", m.get("type").asText());
                assertEquals("FR", m.get("country").asText());
                assertEquals(false, m.get("demonym").asBoolean());
            }
        }
        assertTrue(sawFrance, lines.get(0));
        assertTrue(first.get("themes").isArray());
        assertEquals("FR", first.get("countries").get(0).get("country").asText(), lines.get(0));
        assertEquals(1.0, first.get("countries").get(0).get("weight").asDouble(), 1e-9);
        JsonNode second = json.readTree(lines.get(1));
        assertEquals("a#2", second.get("id").asText());
        assertTrue(second.get("rejected").asText().startsWith("invalid date '2024-13-01'"));
        assertTrue(o.err().contains("2 record(s): 1 article(s), 1 rejected"), o.err());
    }

    @Test
    void corenlpWithoutItsBuildStopsBeforeAnyWorkAndSaysHowToBuildIt() throws IOException {
        assumeFalse(ArticleExtractor.isAvailable("corenlp"), "this build has the corenlp profile");
        Path spec = Files.writeString(dir.resolve("corenlp.yaml"), "inputs: [x]\nextractor: corenlp\n");
        CommandRun run = CommandRun.of("run", spec.toString());
        assertEquals(ExitCode.USAGE.code(), run.exit());
        assertTrue(run.err().contains("mvn -Pcorenlp package"), run.err());
        Path in = Files.writeString(dir.resolve("b.txt"), "date 2024-03-19 Officials met in Paris.\n");
        CommandRun extract = CommandRun.of("extract", "--input", in.toString(), "--extractor", "corenlp");
        assertEquals(ExitCode.USAGE.code(), extract.exit());
        assertTrue(extract.err().contains("mvn -Pcorenlp package"), extract.err());
    }

    @Test
    void extractOfAMissingPathIsAUsageError() {
        CommandRun o = CommandRun.of("extract", "--input", dir.resolve("missing").toString());
        assertEquals(ExitCode.USAGE.code(), o.exit());
        assertTrue(o.err().contains("input path does not exist"), o.err());
    }

    @Test
    void anOutputFolderOfOtherFilesIsRefusedBeforeAnyWorkAndKeepsItsFiles() throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), "date 2024-03-19 Officials met in Paris.\n");
        Path mine = Files.createDirectories(dir.resolve("mine/tables"));
        Files.writeString(mine.resolve("budget.csv"), "mine\n");
        Path spec = Files.writeString(dir.resolve("ok.yaml"), "inputs: [" + in + "]\n");
        CommandRun o = CommandRun.of("run", spec.toString(), "--output", dir.resolve("mine").toString());
        assertEquals(ExitCode.USAGE.code(), o.exit(), o.err());
        assertTrue(o.err().contains("holds other files ([tables]) and no manifest.json of an earlier report"), o.err());
        assertEquals("mine\n", Files.readString(mine.resolve("budget.csv")));
    }

    @Test
    void extractAcceptsEveryFormatAndSaysWhichAreKnown() throws IOException {
        Path in = Files.writeString(dir.resolve("a.dat"), "{\"id\":\"x\",\"date\":\"2024-03-19\",\"text\":\"Paris.\"}\n");
        CommandRun o = CommandRun.of("extract", "--input", in.toString(), "--format", "jsonl", "--extractor", "rules");
        assertEquals(ExitCode.OK.code(), o.exit(), o.err());
        assertTrue(o.out().startsWith("{\"id\":\"x\",\"date\":\"2024-03-19\""), o.out());
        CommandRun bad = CommandRun.of("extract", "--input", in.toString(), "--format", "xml");
        assertEquals(ExitCode.USAGE.code(), bad.exit());
        assertTrue(bad.err().contains("auto, seed, jsonl, json, csv, tsv, parquet"), bad.err());
        assertEquals(ExitCode.USAGE.code(), CommandRun.of("extract").exit());
    }

    @Test
    void extractReadsTheInputsOfAJobSpecAndSkipsMissingOptionalOnes() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("news.jsonl"), "{\"id\":\"7\",\"date\":\"2024-03-19\",\"text\":\"One.\"}\n");
        Files.writeString(b.resolve("news.jsonl"), "{\"id\":\"7\",\"date\":\"2024-03-20\",\"text\":\"Two.\"}\n"
                + "{\"id\":\"8\",\"date\":\"2024-03-20\",\"text\":\"Three.\"}\n");
        Path spec = Files.writeString(dir.resolve("two.yaml"), "inputs:\n  - " + a + "\n  - " + b
                + "\n  - path: " + dir.resolve("gone") + "\n    optional: true\n");
        CommandRun o = CommandRun.of("extract", "--job", spec.toString(), "--extractor", "rules");
        assertEquals(ExitCode.OK.code(), o.exit(), o.err());
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new java.util.ArrayList<>();
        for (String line : o.out().split("\n")) ids.add(json.readTree(line).get("id").asText());
        assertEquals(List.of("7@" + a + "/news.jsonl#1", "7@" + b + "/news.jsonl#1", "8"), ids);
    }
}
