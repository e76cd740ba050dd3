package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @TempDir
    Path directory;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void writesTheCollectionAndSaysWhat() throws IOException {
        Path output = directory.resolve("new/sample");
        int code = NewstrendsCommand.execute("sample", "--articles", "30", "--output", output.toString(),
                "--seed", "5", "--start", "2024-03-01", "--months", "6", "--malformed", "2");
        assertEquals(ExitCode.OK.code(), code, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(output.resolve("meridian-wire/articles-00000.txt")));
        assertTrue(Files.isRegularFile(output.resolve("malformed.txt")));
        String articles = Files.readString(output.resolve("meridian-wire/articles-00000.txt"));
        assertTrue(articles.strip().startsWith("date 2024-03-"), articles);
        assertFalse(articles.contains("date 2024-09-"), "after the six months from March");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote 30 articles and 2 malformed records"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void tooFewArticlesIsBadUsage() {
        assertUsage("--articles must be at least 1", "sample", "--articles", "0", "--output", directory.toString());
    }

    @Test
    void anImpossibleStartDateIsBadUsage() {
        assertUsage("--start must be a real date", "sample", "--articles", "5", "--output", directory.toString(),
                "--start", "2024-02-30");
    }

    @Test
    void negativeMalformedIsBadUsage() {
        assertUsage("--malformed must be 0 or more", "sample", "--articles", "5", "--output", directory.toString(),
                "--malformed", "-1");
    }

    @Test
    void anOutputThatCannotBeADirectoryIsBadUsage() throws IOException {
        Path file = Files.writeString(directory.resolve("plain.txt"), "not a directory");
        assertUsage("is a file, not a directory", "sample", "--articles", "5", "--output", file.toString());
        assertUsage("cannot create --output directory", "sample", "--articles", "5", "--output",
                file.resolve("below").toString());
    }

    @Test
    void aMissingRequiredOptionIsBadUsage() {
        assertUsage("--articles", "sample", "--output", directory.toString());
    }

    private void assertUsage(String expectedMessage, String... args) {
        err.reset();
        int code = NewstrendsCommand.execute(args);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.USAGE.code(), code, stderr);
        assertTrue(stderr.contains(expectedMessage), stderr);
        assertFalse(stderr.contains("Exception"), stderr);
    }
}
