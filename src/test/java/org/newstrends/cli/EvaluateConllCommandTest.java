package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateConllCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return NewstrendsCommand.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void scoresAFileAndWritesErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mini.txt");
        Files.writeString(file, String.join("\n", "Prime NNP B-NP O", "Minister NNP I-NP O", "Ada NNP I-NP B-PER",
                "Quill NNP I-NP I-PER", "visited VBD B-VP O", "Zorbland NNP B-NP B-LOC", ". . O O", ""));
        Path errors = dir.resolve("errors.tsv");
        int code = run("evaluate", "conll", "--file", file.toString(), "--errors", errors.toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.contains("1 documents, 7 tokens"), printed);
        assertTrue(printed.matches("(?s).*PER\\s+1\\s+0\\s+0\\s+1\\.000.*"), printed);
        assertTrue(Files.readString(errors).contains("FN\tLOC\tZorbland"));
    }

    @Test
    void missingFileIsBadUsage(@TempDir Path dir) {
        int code = run("evaluate", "conll", "--file", dir.resolve("absent.txt").toString());
        assertEquals(ExitCode.USAGE.code(), code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a file"));
    }
}
