package org.newstrends.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.newstrends.extract.ArticleExtractor;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs {@link ExtractionBenchmark} for the chosen methods, writes JMH's JSON result and prints one row per
 * method: articles, tokens, tokens/s on one core for {@code mentions} and {@code extract}, the ratio to
 * CoreNLP, and the load time and heap in use after loading. A method missing from this build
 * ({@code corenlp} without the Maven profile) is skipped with a message. Exit code 0 when every method was
 * measured, 1 when one failed, 2 for bad usage.
 */
@Command(name = "bench-extract", mixinStandardHelpOptions = true,
        description = "Measures extraction throughput (tokens/s, one thread) with JMH.")
public final class ExtractionBenchmarkRunner implements Callable<Integer> {

    private static final String CORENLP = "corenlp";
    private static final List<String> BENCHMARKS = List.of("mentions", "extract");

    @Option(names = "--corpus", description = "news CSV (url, content, headline, publish_date); default: ${DEFAULT-VALUE}")
    Path corpus = Path.of(BenchmarkCorpus.DEFAULT_PATH);

    @Option(names = "--articles", description = "articles per operation; default: ${DEFAULT-VALUE}")
    int articles = 200;

    @Option(names = "--methods", split = ",", description = "extraction methods; default: rules,tagger,corenlp")
    List<String> methods = List.of("rules", "tagger", CORENLP);

    @Option(names = "--heap", description = "-Xmx of the benchmark JVM; default: ${DEFAULT-VALUE}")
    String heap = "2g";

    @Option(names = "--json", description = "JMH's JSON result file; default: ${DEFAULT-VALUE}")
    Path json = Path.of("bench/results/extraction.json");

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractionBenchmarkRunner()).execute(args));
    }

    @Override
    public Integer call() throws IOException, RunnerException {
        List<String> runnable = new ArrayList<>();
        for (String method : methods) {
            if (ArticleExtractor.isAvailable(method)) {
                runnable.add(method);
            } else if (method.equals(CORENLP)) {
                System.out.println("corenlp: skipped, not in this build (build with the Maven profile corenlp)");
            } else {
                System.err.println("bench-extract: unknown method '" + method + "'");
                return 2;
            }
        }
        if (!Files.isReadable(corpus)) {
            System.err.println("bench-extract: cannot read the corpus " + corpus + " (give one with --corpus)");
            return 2;
        }
        if (runnable.isEmpty()) return 2;
        BenchmarkCorpus measured = BenchmarkCorpus.read(corpus, articles);
        Path parent = json.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path setupFile = parent.resolve(baseName(json) + "-setup.tsv");
        Files.deleteIfExists(setupFile);

        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(ExtractionBenchmark.class.getName()) + "\\.")
                .param("method", runnable.toArray(String[]::new))
                .param("corpus", corpus.toString())
                .param("articles", Integer.toString(articles))
                .jvmArgsAppend("-Xmx" + heap, "-D" + ExtractionBenchmark.SETUP_FILE_PROPERTY + "=" + setupFile)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .shouldFailOnError(false)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Map<String, Double> tokensPerSecond = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String key = key(benchmark.substring(benchmark.lastIndexOf('.') + 1), result.getParams().getParam("method"));
            tokensPerSecond.put(key, result.getPrimaryResult().getScore() * measured.tokens());
        }
        Map<String, String[]> setup = readSetup(setupFile);
        printTable(runnable, measured, tokensPerSecond, setup);
        System.out.println("JMH result: " + json);
        return tokensPerSecond.size() == runnable.size() * BENCHMARKS.size() ? 0 : 1;
    }

    private void printTable(List<String> runnable, BenchmarkCorpus measured, Map<String, Double> tokensPerSecond,
                            Map<String, String[]> setup) {
        System.out.println();
        System.out.println("Extraction throughput, one thread (tokens/s per core = tokens x ops/s), heap -Xmx" + heap);
        String format = "%-8s %8s %9s %14s %10s %14s %10s %8s %8s%n";
        System.out.printf(Locale.ROOT, format, "method", "articles", "tokens", "mentions tok/s", "vs corenlp",
                "extract tok/s", "vs corenlp", "load s", "heap MB");
        for (String method : runnable) {
            List<String> cells = new ArrayList<>(List.of(method, Long.toString(measured.articles().size()),
                    Long.toString(measured.tokens())));
            for (String benchmark : BENCHMARKS) {
                Double value = tokensPerSecond.get(key(benchmark, method));
                Double corenlp = tokensPerSecond.get(key(benchmark, CORENLP));
                cells.add(value == null ? "failed" : String.format(Locale.ROOT, "%,.0f", value));
                cells.add(value == null || corenlp == null ? "-" : String.format(Locale.ROOT, "%.1fx", value / corenlp));
            }
            String[] loaded = setup.get(key("mentions", method));
            cells.add(loaded == null ? "-" : String.format(Locale.ROOT, "%.1f", Double.parseDouble(loaded[2])));
            cells.add(loaded == null ? "-" : loaded[3]);
            System.out.printf(Locale.ROOT, format, cells.toArray());
        }
    }

    private static Map<String, String[]> readSetup(Path setupFile) throws IOException {
        Map<String, String[]> setup = new HashMap<>();
        if (!Files.exists(setupFile)) return setup;
        for (String line : Files.readAllLines(setupFile)) {
            String[] fields = line.split("\t");
            if (fields.length == 4) setup.put(key(fields[0], fields[1]), fields);
        }
        return setup;
    }

    private static String key(String benchmark, String method) {
        return benchmark + "/" + method;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
