package org.newstrends.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newstrends.report.WorldOutlineBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Derives the world map's country outlines from Natural Earth's countries. */
@Command(name = "build-world", mixinStandardHelpOptions = true,
        description = "Derives the world map's simplified country outlines from Natural Earth's 1:110m countries.")
public final class BuildWorldCommand implements Callable<Integer> {

    @Option(names = "--source", defaultValue = "../shared/data/world/countries-110m.tsv",
            description = "world-atlas countries TSV (iso_numeric, name, outline|hole, lon,lat;...). "
                    + "Default: ${DEFAULT-VALUE}.")
    private Path source;

    @Option(names = "--out", defaultValue = "src/main/resources/org/newstrends/report/world-outlines.tsv",
            description = "File to write. Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Option(names = "--tolerance", defaultValue = "0.2",
            description = "Simplification tolerance in degrees. Default: ${DEFAULT-VALUE}.")
    private double tolerance;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(source)) {
            System.err.println("build-world: " + source + " is not a file");
            return ExitCode.USAGE.code();
        }
        try {
            WorldOutlineBuilder.Summary s = WorldOutlineBuilder.build(source, out, tolerance);
            System.out.printf("build-world: %d of %d rings, %d of %d points written to %s%n", s.ringsWritten(),
                    s.ringsRead(), s.pointsWritten(), s.pointsRead(), out);
            return ExitCode.OK.code();
        } catch (IOException | RuntimeException e) {
            System.err.println("build-world: " + e.getMessage());
            return ExitCode.FAILURE.code();
        }
    }
}
