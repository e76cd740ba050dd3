package org.newstrends.job;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.newstrends.aggregate.EntityArticle;
import org.newstrends.ingest.InputFile;
import org.newstrends.ingest.InputListing;
import org.newstrends.ingest.ParquetInput;

/**
 * The mentions store: the entity rows extraction gives ({@link EntityArticle}, one per article and entity), kept as
 * Parquet under {@code ROOT/KEY/mentions} so that a re-run of the same corpus with another period, top N, watchlist
 * or alias table reads them instead of extracting again. The key is a hash of everything the rows depend on: each
 * input file's location, length and modification time, each input's read options, the date range (only articles
 * in it are extracted), the extraction method, the code
 * and resources of reading and extraction ({@link ExtractorVersion}) and the rows' schema; any change gives another
 * key, so a stale entry is never read. An entry counts only once its {@code COMPLETE} marker is written.
 */
final class MentionsStore {
    /** The folder under an entry that holds the rows. */
    static final String MENTIONS = "mentions";
    /** The file whose presence says an entry was written whole; it describes what the key covers. */
    static final String COMPLETE = "COMPLETE";
    private static final String FORMAT = "newstrends mentions store 1";
    private static final Encoder<EntityArticle> ENCODER = Encoders.bean(EntityArticle.class);

    private final Path entry;
    private final String description;

    private MentionsStore(Path entry, String description) {
        this.entry = entry;
        this.description = description;
    }

    /** The entry of {@code root} for this run's inputs ({@code listing}) and {@code spec}'s reading and extraction. */
    static MentionsStore of(String root, JobSpec spec, InputListing listing, Configuration conf) {
        StringBuilder what = new StringBuilder(FORMAT).append('\n');
        what.append("extractor\t").append(spec.extractor()).append('\n');
        what.append("extractor_version\t").append(ExtractorVersion.current()).append('\n');
        what.append("schema\t").append(ENCODER.schema().json()).append('\n');
        what.append("range\t").append(spec.analysis().range()).append('\n');
        for (JobInput input : spec.inputs()) what.append("read\t").append(spec.readOptions(input)).append('\n');
        try {
            for (String file : fileLines(listing, conf)) what.append("file\t").append(file).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inputs' file status for the mentions store: "
                    + e.getMessage(), e);
        }
        String key = HexFormat.of().formatHex(ExtractorVersion.sha256()
                .digest(what.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        return new MentionsStore(new Path(new Path(root), key), what.toString());
    }

    /** Where this entry's rows are (or will be), readable with {@code spark.read().parquet(...)}. */
    String location() {
        return new Path(entry, MENTIONS).toString();
    }

    /** The stored rows of this entry, when it was written whole. */
    Optional<Dataset<EntityArticle>> find(SparkSession spark) {
        try {
            FileSystem fs = entry.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(new Path(entry, COMPLETE))) return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(spark.read().schema(ENCODER.schema()).parquet(location()).as(ENCODER));
    }

    /**
     * Writes {@code rows} as this entry (replacing a part written by a run that did not finish), then its marker.
     * The rows are computed once more for the write unless they are persisted.
     */
    void save(Dataset<EntityArticle> rows) {
        rows.write().mode(SaveMode.Overwrite).parquet(location());
        try {
            FileSystem fs = entry.getFileSystem(rows.sparkSession().sparkContext().hadoopConfiguration());
            try (OutputStream out = fs.create(new Path(entry, COMPLETE), true)) {
                out.write(description.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the mentions store entry " + entry + ": " + e.getMessage(),
                    e);
        }
    }

    private static List<String> fileLines(InputListing listing, Configuration conf) throws IOException {
        List<String> uris = new ArrayList<>();
        for (InputFile f : listing.files()) {
            uris.add(f.getInputIndex() + "\t" + f.getName() + "\t" + f.getIdBase() + "\t" + f.getUri());
        }
        for (ParquetInput p : listing.parquet()) {
            for (String uri : p.fileUris()) {
                uris.add(p.inputIndex() + "\t" + p.name() + "\t" + p.idBase() + "\t" + uri);
            }
        }
        uris.sort(null);
        List<String> out = new ArrayList<>(uris.size());
        for (String line : uris) {
            Path path = new Path(line.substring(line.lastIndexOf('\t') + 1));
            FileStatus status = path.getFileSystem(conf).getFileStatus(path);
            out.add(line + "\t" + status.getLen() + "\t" + status.getModificationTime());
        }
        return out;
    }
}
