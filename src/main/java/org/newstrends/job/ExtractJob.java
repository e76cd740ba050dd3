package org.newstrends.job;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.extract.CountryWeight;
import org.newstrends.extract.ExtractedArticle;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.ThemeHit;
import org.newstrends.ingest.ArticleFileReader;
import org.newstrends.ingest.IngestRecord;
import org.newstrends.ingest.InputFile;
import org.newstrends.ingest.InputFiles;
import org.newstrends.ingest.InputFormat;

/**
 * The {@code extract} job: reads articles the way the coverage job does (same formats, same rejects) and writes,
 * per record, one JSON line with its mentions and themes (DESIGN.md's contract), or {@code {"id", "rejected"}}.
 * Runs in this JVM without Spark: it serves inspection of single articles and small collections.
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
        ArticleExtractor extractor = ArticleExtractor.forMethod(method);
        Configuration conf = new Configuration();
        List<InputFile> files = InputFiles.list(conf, inputPath);
        long records = 0;
        long rejected = 0;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (InputFile file : files) {
            Path path = new Path(file.getUri());
            FileSystem fs = path.getFileSystem(conf);
            InputStream in = fs.open(path);
            Iterator<IngestRecord> it = ArticleFileReader.read(file.getName(), in, format);
            while (it.hasNext()) {
                IngestRecord r = it.next();
                records++;
                if (r.accepted()) {
                    writeArticle(writer, extractor.extract(r.toArticle()));
                } else {
                    rejected++;
                    writeReject(writer, r);
                }
                writer.write('\n');
            }
        }
        writer.flush();
        return new Result(records, records - rejected, rejected);
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
