package org.newstrends.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.newstrends.aggregate.ArticleCopy;
import org.newstrends.aggregate.CopyFingerprint;
import org.newstrends.aggregate.CopySearch;
import org.newstrends.aggregate.Duplicates;
import org.newstrends.ingest.Article;
import org.newstrends.ingest.ArticleSources;
import org.newstrends.ingest.IngestRecord;
import org.newstrends.ingest.InputFile;
import org.newstrends.ingest.InputFiles;
import org.newstrends.ingest.InputFormat;

/**
 * Times duplicate detection alone over a collection, in local Spark ({@code local[*]}): reading the articles
 * (cached), the fingerprints, then the copies (exact, MinHashLSH near copies, clusters). Prints articles,
 * clustered articles, copies left out, what the near-copy search counted and the seconds of each step. Usage:
 * {@code DedupBenchmark DIR [THRESHOLD [check]]}; {@code check} also finds the clusters exhaustively on the
 * driver ({@link DedupCheck}, small collections only) and prints the recall.
 */
public final class DedupBenchmark {
    private DedupBenchmark() { }

    /** The CPU time this JVM has used so far, all threads: a steadier figure than wall time on a busy machine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The article of {@code record} with its input file's folder as its source and in front of its id: the
     * generator names the files of every outlet's folder alike, so file-based ids alone repeat across folders.
     */
    private static Article withFolder(IngestRecord record) {
        Article article = record.toArticle();
        String[] parts = record.getInput().split("/");
        String folder = parts.length > 1 ? parts[parts.length - 2] : "";
        article.setId(folder + "/" + article.getId());
        if (article.getSource() == null) article.setSource(folder);
        return article;
    }

    /** Runs the benchmark over the folder {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: DedupBenchmark DIR [THRESHOLD [check]]");
            System.exit(2);
        }
        double threshold = args.length > 1 ? Double.parseDouble(args[1]) : Duplicates.DEFAULT_THRESHOLD;
        SparkSession spark = SparkSession.builder().appName("dedup benchmark").master("local[*]")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            long t0 = System.nanoTime();
            long c0 = cpuNanos();
            List<InputFile> files = InputFiles.list(spark.sparkContext().hadoopConfiguration(), args[0]);
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Broadcast<SerializableConfiguration> conf = jsc.broadcast(
                    new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
            Dataset<InputFile> fileSet = spark.createDataset(
                    jsc.parallelize(files, Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4))).rdd(),
                    Encoders.bean(InputFile.class));
            Dataset<Article> articles = ArticleSources.parse(fileSet, InputFormat.AUTO, conf)
                    .filter((FilterFunction<IngestRecord>) IngestRecord::accepted)
                    .map((MapFunction<IngestRecord, Article>) DedupBenchmark::withFolder, Encoders.bean(Article.class))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long n = articles.count();
            long t1 = System.nanoTime();
            long c1 = cpuNanos();
            Dataset<CopyFingerprint> fingerprints = Duplicates.fingerprints(articles).persist(StorageLevel.MEMORY_AND_DISK());
            fingerprints.count();
            long t2 = System.nanoTime();
            long c2 = cpuNanos();
            CopySearch search = Duplicates.search(fingerprints, threshold);
            Dataset<ArticleCopy> copies = search.copies().persist(StorageLevel.MEMORY_AND_DISK());
            long clustered = copies.count();
            long left = copies.filter("NOT kept").count();
            long t3 = System.nanoTime();
            long c3 = cpuNanos();
            System.out.printf("articles: %d%nclustered articles: %d%ncopies left out: %d%n", n, clustered, left);
            System.out.printf("banding: %s%ncandidate pairs: %d%noversized buckets: %d (%d articles)%n",
                    search.banding(), search.candidatePairs(), search.oversizedBuckets(),
                    search.articlesInOversizedBuckets());
            System.out.printf("reading: %.1f s%nfingerprints: %.1f s%ncopies: %.1f s%ndedup total: %.1f s%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t1) / 1e9);
            System.out.printf("cpu (all threads of this JVM): reading %.1f s, fingerprints %.1f s, copies %.1f s%n",
                    (c1 - c0) / 1e9, (c2 - c1) / 1e9, (c3 - c2) / 1e9);
            if (args.length > 2 && args[2].equals("check")) {
                DedupCheck.report(fingerprints.collectAsList(), copies.collectAsList(), threshold);
            }
        } finally {
            spark.stop();
        }
    }
}
