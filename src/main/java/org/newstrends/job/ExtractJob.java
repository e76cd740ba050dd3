package org.newstrends.job;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.extract.CountryWeight;
import org.newstrends.extract.ExtractedArticle;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.ThemeHit;
import org.newstrends.ingest.ArticleSources;
import org.newstrends.ingest.IngestRecord;
import org.newstrends.ingest.InputFile;
import org.newstrends.ingest.InputFiles;
import org.newstrends.ingest.InputFormat;
import org.newstrends.ingest.InputListing;
import org.newstrends.ingest.InputRoot;
import org.newstrends.ingest.ReadOptions;

/**
 * The {@code extract} job: reads articles the way the coverage job does (same listing, formats, read options, ids
 * and rejects) and writes, per record, one JSON line with its mentions and themes (DESIGN.md's contract), or
 * {@code {"id", "rejected"}}. Runs in this JVM: it serves inspection of single articles and small collections. Text
 * formats are read directly; Parquet through Spark's reader, in a local session started only when there is Parquet.
 * The records are read twice, once to find the ids that repeat (which are qualified as in the coverage job) and
 * once to extract them.
 */
public final class ExtractJob {
    private static final JsonFactory JSON = new JsonFactory();

    private ExtractJob() { }

    /** Counts of one extraction run. */
    public record Result(long records, long articles, long rejected) { }

    /**
     * Extracts every record under {@code inputPath} with the extraction method {@code method} (see
     * {@link ArticleExtractor#forMethod}) and writes JSON Lines to {@code out} (not closed).
     */
    public static Result run(String inputPath, InputFormat format, String method, OutputStream out) throws IOException {
        return run(List.of(new InputRoot(inputPath, format)), List.of(ReadOptions.of(format)), List.of(false), method,
                out);
    }

    /**
     * Extracts every record of {@code roots}, each read with its {@code options} (same order), with the extraction
     * method {@code method}, and writes JSON Lines to {@code out} (not closed). Throws
     * {@link FileNotFoundException} when an input that is not {@code optional} does not exist.
     */
    public static Result run(List<InputRoot> roots, List<ReadOptions> options, List<Boolean> optional, String method,
                             OutputStream out) throws IOException {
        ArticleExtractor extractor = ArticleExtractor.forMethod(method);
        Configuration conf = new Configuration();
        InputListing listing = InputFiles.list(conf, roots);
        for (int missing : listing.missing()) {
            if (!optional.get(missing)) {
                throw new FileNotFoundException("input path does not exist: " + roots.get(missing).path());
            }
        }
        try (Records source = new Records(listing, options, conf)) {
            Map<String, Integer> idCounts = new HashMap<>();
            for (Iterator<IngestRecord> it = source.iterator(); it.hasNext(); ) {
                IngestRecord r = it.next();
                if (r.accepted()) idCounts.merge(r.getId(), 1, Integer::sum);
            }
            long records = 0;
            long rejected = 0;
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Iterator<IngestRecord> it = source.iterator(); it.hasNext(); ) {
                IngestRecord r = it.next();
                records++;
                if (r.accepted()) {
                    if (idCounts.get(r.getId()) > 1) {
                        r.setId(ArticleSources.qualifiedId(r.getId(), r.getInput(), r.getPosition()));
                    }
                    writeArticle(writer, extractor.extract(r.toArticle()));
                } else {
                    rejected++;
                    writeReject(writer, r);
                }
                writer.write('\n');
            }
            writer.flush();
            return new Result(records, records - rejected, rejected);
        }
    }

    /** The records of a listing, in a fixed order: files, then Parquet, then what could not be read at all. */
    private static final class Records implements AutoCloseable {
        private final InputListing listing;
        private final List<ReadOptions> options;
        private final Configuration conf;
        private SparkSession spark;
        private boolean ownSession;

        Records(InputListing listing, List<ReadOptions> options, Configuration conf) {
            this.listing = listing;
            this.options = options;
            this.conf = conf;
        }

        Iterator<IngestRecord> iterator() {
            List<Iterator<IngestRecord>> parts = new ArrayList<>();
            for (InputFile file : listing.files()) {
                parts.add(new Lazy(() -> ArticleSources.readFile(file, options.get(file.getInputIndex()), conf)));
            }
            if (!listing.parquet().isEmpty()) parts.add(new Lazy(this::parquet));
            parts.add(listing.rejects().iterator());
            return new Concatenated(parts);
        }

        private Iterator<IngestRecord> parquet() {
            if (spark == null && SparkSession.getDefaultSession().isDefined()) {
                spark = SparkSession.getDefaultSession().get();
            } else if (spark == null) {
                spark = SparkSession.builder().appName("newstrends extract")
                        .master(System.getProperty("spark.master", "local[*]"))
                        .config("spark.ui.enabled", "false").getOrCreate();
                ownSession = true;
            }
            InputListing parquetOnly = new InputListing(List.of(), listing.parquet(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
            return ArticleSources.readPersisted(spark, parquetOnly, options, StorageLevel.MEMORY_AND_DISK())
                    .records().orderBy("input", "position").toLocalIterator();
        }

        @Override
        public void close() {
            if (ownSession) spark.stop();
        }
    }

    /** An iterator made only when first asked, so a file is opened only when its turn comes. */
    private static final class Lazy implements Iterator<IngestRecord> {
        private final Supplier<Iterator<IngestRecord>> open;
        private Iterator<IngestRecord> it;

        Lazy(Supplier<Iterator<IngestRecord>> open) {
            this.open = open;
        }

        @Override
        public boolean hasNext() {
            if (it == null) it = open.get();
            return it.hasNext();
        }

        @Override
        public IngestRecord next() {
            if (!hasNext()) throw new NoSuchElementException();
            return it.next();
        }
    }

    /** The records of several iterators, one after the other. */
    private static final class Concatenated implements Iterator<IngestRecord> {
        private final Iterator<Iterator<IngestRecord>> parts;
        private Iterator<IngestRecord> current = java.util.Collections.emptyIterator();

        Concatenated(List<Iterator<IngestRecord>> parts) {
            this.parts = parts.iterator();
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && parts.hasNext()) current = parts.next();
            return current.hasNext();
        }

        @Override
        public IngestRecord next() {
            if (!hasNext()) throw new NoSuchElementException();
            return current.next();
        }
    }

    /** Writes one extracted article as a JSON object (no line end). */
    static void writeArticle(Writer w, ExtractedArticle a) throws IOException {
        JsonGenerator g = JSON.createGenerator(w);
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("date", a.date().toString());
        g.writeArrayFieldStart("mentions");
        for (Mention m : a.mentions()) {
            g.writeStartObject();
            g.writeStringField("field", m.field());
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeStringField("text", m.text());
            g.writeStringField("kind", m.kind());
            g.writeStringField("type", m.type());
            g.writeStringField("canonical", m.canonical());
            g.writeStringField("country", m.country());
            g.writeBooleanField("demonym", m.demonym());
            if (m.role() != null) g.writeStringField("role", m.role());
            if (m.latitude() != null) g.writeNumberField("lat", m.latitude());
            if (m.longitude() != null) g.writeNumberField("lon", m.longitude());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("themes");
        for (ThemeHit t : a.themes()) {
            g.writeStartObject();
            g.writeStringField("theme", t.theme());
            g.writeStringField("category", t.category());
            g.writeNumberField("score", t.score());
            g.writeArrayFieldStart("evidence");
            for (int[] e : t.evidence()) {
                g.writeStartArray();
                g.writeNumber(e[0]);
                g.writeNumber(e[1]);
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("countries");
        for (CountryWeight c : a.countries()) {
            g.writeStartObject();
            g.writeStringField("country", c.country());
            g.writeNumberField("weight", c.weight());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private static void writeReject(Writer w, IngestRecord r) throws IOException {
        JsonGenerator g = JSON.createGenerator(w);
        g.writeStartObject();
        g.writeStringField("id", r.getId());
        g.writeStringField("rejected", r.getReason());
        g.writeStringField("input", r.getInput());
        g.writeNumberField("position", r.getPosition());
        g.writeEndObject();
        g.flush();
    }
}
