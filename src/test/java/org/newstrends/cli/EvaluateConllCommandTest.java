package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateConllCommandTest {

    @Test
    void scoresAFileAndWritesErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mini.txt");
        Files.writeString(file, String.join("\n", "Prime NNP B-NP O", "Minister NNP I-NP O", "Ada NNP I-NP B-PER",
                "Quill NNP I-NP I-PER", "visited VBD B-VP O", "Zorbland NNP B-NP B-LOC", ". . O O", ""));
        Path errors = dir.resolve("errors.tsv");
        CommandRun run = CommandRun.of("evaluate", "conll", "--file", file.toString(), "--errors", errors.toString(),
                "--extractor", "rules");
        String printed = run.out();
        assertEquals(0, run.exit(), run.err());
        assertTrue(printed.contains("1 documents, 7 tokens, extractor rules"), printed);
        assertTrue(printed.matches("(?s).*PER\\s+1\\s+0\\s+0\\s+1\\.000.*"), printed);
        assertTrue(Files.readString(errors).contains("FN\tLOC\tZorbland"));
    }

    @Test
    void missingFileIsBadUsage(@TempDir Path dir) {
        CommandRun run = CommandRun.of("evaluate", "conll", "--file", dir.resolve("absent.txt").toString());
        assertEquals(ExitCode.USAGE.code(), run.exit());
        assertTrue(run.err().contains("not a file"));
    }

    @Test
    void unknownExtractorIsBadUsageNamingTheMethods(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("mini.txt"), "Paris NNP B-NP B-LOC\n");
        CommandRun run = CommandRun.of("evaluate", "conll", "--file", file.toString(), "--extractor", "magic");
        assertEquals(ExitCode.USAGE.code(), run.exit());
        assertTrue(run.err().contains("extractor must be one of rules, tagger, corenlp (got 'magic')"), run.err());
    }
}
