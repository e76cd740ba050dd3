package org.newstrends.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newstrends.extract.lexicon.LexiconBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Derives the project's lexicon resources from the public data sets. */
@Command(name = "build-lexicons", mixinStandardHelpOptions = true,
        description = "Derives the project's lexicon resources from the public data sets.")
public final class BuildLexiconsCommand implements Callable<Integer> {

    @Option(names = "--data", required = true,
            description = "Folder holding geonames/, countries/ and first-names/.")
    private Path data;

    @Option(names = "--out", required = true,
            description = "Folder to write the lexicons to, e.g. src/main/resources/org/newstrends/lexicon.")
    private Path out;

    @Override
    public Integer call() {
        for (String sub : new String[] {"geonames", "countries", "first-names"}) {
            if (!Files.isDirectory(data.resolve(sub))) {
                System.err.println("build-lexicons: " + data.resolve(sub) + " is not a folder");
                return ExitCode.USAGE.code();
            }
        }
        try {
            LexiconBuilder.Summary summary = new LexiconBuilder(data).build(out);
            summary.entries().forEach((file, n) -> System.out.println(file + "\t" + n));
            return ExitCode.OK.code();
        } catch (IOException | RuntimeException e) {
            System.err.println("build-lexicons: " + e.getMessage());
            return ExitCode.FAILURE.code();
        }
    }
}
