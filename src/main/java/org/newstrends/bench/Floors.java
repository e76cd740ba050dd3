package org.newstrends.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.extract.text.Tokenizer;
import org.newstrends.ingest.Article;
import org.newstrends.ingest.ArticleSources;
import org.newstrends.ingest.IngestRecord;
import org.newstrends.ingest.InputFile;
import org.newstrends.ingest.InputFiles;
import org.newstrends.ingest.InputListing;
import org.newstrends.ingest.InputRoot;
import org.newstrends.ingest.ReadOptions;

/**
 * The floors the job is compared with: the same corpus read without Spark as {@code extract} reads it (listing,
 * then each file parsed into records), then also tokenized, then also extracted, each file a task on a fixed number
 * of threads.
 */
public final class Floors {
    /** How far a floor goes. */
    public enum Level {
        /** Records parsed from the files. */
        READ("read only"),
        /** Records parsed, title and text tokenized. */
        TOKENIZE("read + tokenize"),
        /** Records parsed and extracted (mentions and themes). */
        EXTRACT("read + extract");

        private final String label;

        Level(String label) { this.label = label; }

        /** How the benchmark names it. */
        public String label() { return label; }
    }

    /** One floor's outcome: its wall time and what it counted (records, articles, tokens or mentions). */
    public record Floor(Level level, int threads, double seconds, long records, long articles, long units) { }

    private final InputListing listing;
    private final ReadOptions options;
    private final String extractor;

    private Floors(InputListing listing, ReadOptions options, String extractor) {
        this.listing = listing;
        this.options = options;
        this.extractor = extractor;
    }

    /** The floors of the corpus under {@code path}, read with {@code options}, extracted with {@code extractor}. */
    public static Floors of(String path, ReadOptions options, String extractor) throws IOException {
        InputListing listing = InputFiles.list(new Configuration(), List.of(new InputRoot(path, options.format())));
        return new Floors(listing, options, extractor);
    }

    /** Runs {@code level} over every file on {@code threads} threads. */
    public Floor run(Level level, int threads) throws IOException {
        ArticleExtractor extract = level == Level.EXTRACT ? ArticleExtractor.forMethod(extractor) : null;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (InputFile file : listing.files()) parts.add(pool.submit(() -> file(file, level, extract)));
            long[] total = new long[3];
            for (Future<long[]> part : parts) {
                long[] counts = part.get();
                for (int i = 0; i < total.length; i++) total[i] += counts[i];
            }
            return new Floor(level, threads, (System.nanoTime() - started) / 1e9, total[0], total[1], total[2]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while measuring " + level.label());
        } catch (ExecutionException e) {
            throw new IOException(level.label() + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private long[] file(InputFile file, Level level, ArticleExtractor extract) {
        long records = 0;
        long articles = 0;
        long units = 0;
        for (Iterator<IngestRecord> it = ArticleSources.readFile(file, options, new Configuration()); it.hasNext(); ) {
            IngestRecord r = it.next();
            records++;
            if (!r.accepted()) continue;
            articles++;
            if (level == Level.TOKENIZE) {
                units += Tokenizer.tokenize(r.getTitle()).size() + Tokenizer.tokenize(r.getText()).size();
            } else if (level == Level.EXTRACT) {
                Article article = r.toArticle();
                units += extract.extract(article).mentions().size();
            }
        }
        return new long[] {records, articles, units};
    }
}
