package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code extract} output of the shipped sample ({@code data/sample}) for each built-in method, compared
 * line by line with the committed golden output, so a change meant to keep behaviour (a restructure) proves
 * it does. A deliberate change of the output regenerates the golden files, from the repository root:
 *
 * <pre>
 * jobs/newstrends extract --input data/sample --extractor tagger | gzip -9n > src/test/resources/org/newstrends/cli/golden/sample-tagger.jsonl.gz
 * jobs/newstrends extract --input data/sample --extractor rules  | gzip -9n > src/test/resources/org/newstrends/cli/golden/sample-rules.jsonl.gz
 * </pre>
 */
class ExtractSampleGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tagger", "rules"})
    void theSampleExtractsExactlyAsTheGoldenOutput(String method) throws IOException {
        Path out = dir.resolve(method + ".jsonl");
        CommandRun run = CommandRun.of("extract", "--input", "data/sample", "--extractor", method,
                "--output", out.toString());
        assertEquals(ExitCode.OK.code(), run.exit(), run.err());
        List<String> actual = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> expected = golden("golden/sample-" + method + ".jsonl.gz");
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            if (!actual.get(i).equals(expected.get(i))) {
                fail("extract --extractor " + method + " of data/sample differs from the golden output at line " + (i + 1)
                        + " (see this class's Javadoc to regenerate it after a deliberate change)\n"
                        + describe(expected.get(i), actual.get(i)));
            }
        }
        assertEquals(expected.size(), actual.size(), "lines of extract output");
    }

    private List<String> golden(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            if (in == null) throw new IOException("golden file " + resource + " is missing from the test resources");
            String text = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().toList();
        }
    }

    /** The article's id and what differs: each field, mention or theme only one side has. */
    static String describe(String expectedLine, String actualLine) throws IOException {
        JsonNode expected = JSON.readTree(expectedLine);
        JsonNode actual = JSON.readTree(actualLine);
        StringBuilder sb = new StringBuilder("article ").append(expected.path("id").asText()).append('\n');
        Set<String> names = new LinkedHashSet<>();
        expected.fieldNames().forEachRemaining(names::add);
        actual.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode e = expected.get(name);
            JsonNode a = actual.get(name);
            if (e != null && e.equals(a)) continue;
            if (e != null && a != null && e.isArray() && a.isArray()) {
                sb.append(name).append(":\n");
                for (String item : only(e, a)) sb.append("  - ").append(item).append('\n');
                for (String item : only(a, e)) sb.append("  + ").append(item).append('\n');
                if (only(e, a).isEmpty() && only(a, e).isEmpty()) sb.append("  (same items, other order)\n");
            } else {
                sb.append(name).append(": expected ").append(e).append(", got ").append(a).append('\n');
            }
        }
        return sb.toString();
    }

    private static List<String> only(JsonNode in, JsonNode notIn) {
        List<String> out = new ArrayList<>();
        Set<JsonNode> other = new LinkedHashSet<>();
        notIn.forEach(other::add);
        for (Iterator<JsonNode> it = in.elements(); it.hasNext(); ) {
            JsonNode item = it.next();
            if (!other.contains(item)) out.add(item.toString());
        }
        return out;
    }

    @org.junit.jupiter.api.Test
    void aDifferenceNamesTheArticleAndTheMentionsOnlyOneSideHas() throws IOException {
        String expected = "{\"id\":\"a1\",\"mentions\":[{\"text\":\"Gaza\"},{\"text\":\"Rafah\"}],\"themes\":[]}";
        String actual = "{\"id\":\"a1\",\"mentions\":[{\"text\":\"Gaza\"},{\"text\":\"Israel\"}],\"themes\":[]}";
        assertEquals("article a1\nmentions:\n  - {\"text\":\"Rafah\"}\n  + {\"text\":\"Israel\"}\n",
                describe(expected, actual));
    }
}
