package org.newstrends.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.extract.ExtractedArticle;
import org.newstrends.ingest.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Extraction throughput on one thread: one operation is one pass of an extraction method over every article
 * of the {@link BenchmarkCorpus}, so tokens/s = corpus tokens × ops/s. {@link #mentions()} finds actors and
 * places (tokenise, tag, resolve); {@link #extract()} also scores themes.
 *
 * <p>The trial setup loads the method's lexicons and model and reports how long that took and the heap in use
 * afterwards, on standard output and, when the system property {@value #SETUP_FILE_PROPERTY} names a file, as a
 * tab-separated line {@code benchmark method seconds heapMB} appended to it. Run by
 * {@link ExtractionBenchmarkRunner} ({@code jobs/bench-extract}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class ExtractionBenchmark {

    /** System property naming the file the setup appends its load figures to. */
    public static final String SETUP_FILE_PROPERTY = "newstrends.bench.setupFile";

    /** The extraction method, as in the job spec's {@code extractor}. */
    @Param({"rules", "tagger", "corenlp"})
    public String method;

    /** The news CSV the articles are read from. */
    @Param(BenchmarkCorpus.DEFAULT_PATH)
    public String corpus;

    /** How many articles (the first ones with content) one operation extracts. */
    @Param("200")
    public int articles;

    private List<Article> texts;
    private ArticleExtractor extractor;

    /** Reads the articles, then loads the method and records its load time and heap. */
    @Setup(Level.Trial)
    public void load(BenchmarkParams params) throws IOException {
        texts = BenchmarkCorpus.read(Path.of(corpus), articles).articles();
        long started = System.nanoTime();
        extractor = ArticleExtractor.forMethod(method);
        extractor.extract(texts.get(0));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heapMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
        String benchmark = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        System.out.printf(Locale.ROOT, "%nextraction benchmark: %s %s loaded in %.2f s, heap in use %d MB%n",
                benchmark, method, seconds, heapMb);
        String setupFile = System.getProperty(SETUP_FILE_PROPERTY);
        if (setupFile != null) {
            String line = String.format(Locale.ROOT, "%s\t%s\t%.3f\t%d%n", benchmark, method, seconds, heapMb);
            Files.writeString(Path.of(setupFile), line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** Actor and location mentions of every article; returns their count so no work is optimised away. */
    @Benchmark
    public int mentions() {
        int found = 0;
        for (Article article : texts) {
            found += extractor.mentions(article).size();
        }
        return found;
    }

    /** Mentions and themes of every article; returns their count so no work is optimised away. */
    @Benchmark
    public int extract() {
        int found = 0;
        for (Article article : texts) {
            ExtractedArticle extracted = extractor.extract(article);
            found += extracted.mentions().size() + extracted.themes().size();
        }
        return found;
    }
}
