package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * Programs outside the JVM that some tests drive (a browser, a spreadsheet). A test that needs one is skipped,
 * with a message, when it is not installed; when the environment variable {@value #VARIABLE} is {@code 1} (as
 * {@code .ci/run} sets it) the test fails instead, so CI never passes without them.
 */
public final class RequiredTools {

    /** The environment variable that turns a missing tool from a skip into a failure. */
    public static final String VARIABLE = "NEWSTRENDS_REQUIRE_TOOLS";

    private RequiredTools() {
    }

    /** Skips, or fails under {@value #VARIABLE}=1, unless every one of {@code executables} exists. */
    public static void require(String what, Path... executables) {
        List<Path> missing = Arrays.stream(executables).filter(path -> !Files.isExecutable(path)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String message = what + " is not installed (missing " + missing + "); on Debian: apt-get install -y "
                + "chromium chromium-driver libreoffice-calc-nogui";
        if ("1".equals(System.getenv(VARIABLE))) {
            fail(message + " (" + VARIABLE + "=1)");
        }
        Assumptions.abort(message + "; test skipped");
    }
}
