package org.newstrends.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newstrends.job.CoverageJob;
import org.newstrends.job.JobSpec;

/**
 * The coverage benchmark: the generated corpus (made once, see {@link BenchCorpus}), the full job over it with a
 * job spec's settings (period, top, extractor, Spark settings), timed per step, with the driver's memory peaks,
 * then the floors without Spark ({@link Floors}) in the same JVM.
 */
public final class Benchmark {
    private Benchmark() { }

    /**
     * What to measure.
     *
     * @param articles how many articles the corpus has
     * @param cache the corpus folder
     * @param seed the generator's seed
     * @param threads the floors' threads
     * @param skipFloors whether to leave the floors out
     * @param output the job's report folder
     * @param job the job spec whose settings the job runs with (its inputs and output are replaced)
     */
    public record Settings(int articles, Path cache, long seed, int threads, boolean skipFloors, Path output,
                           JobSpec job) { }

    /**
     * What was measured.
     *
     * @param corpus the corpus
     * @param spec the job run
     * @param master the Spark master
     * @param sparkVersion Spark's version
     * @param seconds the job's wall time, from building the session to the report written
     * @param steps the job's steps, the first being Spark's start
     * @param job what the job read
     * @param heapPeakBytes the driver heap peak during the job
     * @param peakRssBytes the process's peak resident set size during the job, or empty when unknown
     * @param rssReset whether the resident peak was reset before the job (else it includes what ran before)
     * @param floors the floors, in order, or none
     */
    public record Result(BenchCorpus corpus, JobSpec spec, String master, String sparkVersion,
                         double seconds, List<StepTimings.Step> steps,
                         CoverageJob.Result job, long heapPeakBytes, OptionalLong peakRssBytes, boolean rssReset,
                         List<Floors.Floor> floors) { }

    /** Prepares the corpus, runs the job and the floors; {@code console} gets the job's progress lines. */
    public static Result run(Settings settings, PrintStream console) throws IOException {
        BenchCorpus corpus = BenchCorpus.prepare(settings.cache(), settings.articles(), settings.seed());
        console.printf("newstrends bench: corpus %s %s (%d files, %d bytes)%n", corpus.folder(),
                corpus.reused() ? "reused" : "generated", corpus.files(), corpus.bytes());
        JobSpec spec = settings.job().withOverrides(List.of(corpus.folder().toString()),
                settings.output().toString(), null, null);

        StepTimings timings = new StepTimings(console);
        boolean rssReset = MemoryUse.resetPeaks();
        long started = System.nanoTime();
        timings.mark("starting Spark");
        SparkSession.Builder builder = SparkSession.builder().appName("newstrends bench " + spec.name());
        if (!new SparkConf().contains("spark.master")) builder.master("local[*]");
        spec.spark().forEach(builder::config);
        SparkSession spark = builder.getOrCreate();
        String master = spark.sparkContext().master();
        String version = spark.version();
        CoverageJob.Result job;
        double seconds;
        long ended;
        try {
            spark.sparkContext().addSparkListener(timings.listener());
            job = CoverageJob.run(spark, spec, timings.progress());
            seconds = (System.nanoTime() - started) / 1e9;
            ended = System.currentTimeMillis();
        } finally {
            spark.stop();
        }
        long heapPeak = MemoryUse.heapPeakBytes();
        OptionalLong rss = MemoryUse.peakRssBytes();

        List<Floors.Floor> floors = new ArrayList<>();
        if (!settings.skipFloors()) {
            Floors floor = Floors.of(corpus.folder().toString(), spec.readOptions(spec.inputs().get(0)),
                    spec.extractor());
            for (Floors.Level level : Floors.Level.values()) {
                console.printf("newstrends bench: floor %s on %d thread(s)%n", level.label(), settings.threads());
                floors.add(floor.run(level, settings.threads()));
            }
        }
        return new Result(corpus, spec, master, version, seconds, timings.steps(ended), job, heapPeak, rss, rssReset, floors);
    }
}
