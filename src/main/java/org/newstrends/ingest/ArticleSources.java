package org.newstrends.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The ingest stages: input files to records, records to articles and to rejects. Files are opened on the
 * executors through Hadoop's file system, so the same job reads local paths and cluster storage; Parquet goes
 * through Spark's own reader ({@link ParquetRecords}). Nothing per record passes through the driver.
 */
public final class ArticleSources {
    /** Files per task when many small files are read: they are grouped into a few tasks per core. */
    private static final int TASKS_PER_CORE = 4;

    private ArticleSources() { }

    /**
     * Every record of {@code listing}: its files parsed one file per task with the read options of their input
     * ({@code options}, by input index), its Parquet read by Spark, and the rejects found while listing. A record
     * without a source gets its file's folder name. Ids are not yet unique: see {@link #uniqueIds}.
     */
    public static Dataset<IngestRecord> read(SparkSession spark, InputListing listing, List<ReadOptions> options) {
        return read(spark, listing, options, Map.of());
    }

    /**
     * {@link #read}, persisted at {@code level} and counted, so that a Parquet file whose footer reads but whose
     * pages Spark cannot decode (corrupt or cut data) is found: the read is then made again without that file, which
     * becomes one reject saying how many rows it holds, and so on for each such file. Other failures are thrown.
     * The counting pass is the one that fills the cache, so the counts cost no pass of their own.
     */
    public static Persisted readPersisted(SparkSession spark, InputListing listing, List<ReadOptions> options,
                                          StorageLevel level) {
        Map<String, String> undecodable = new TreeMap<>();
        while (true) {
            Dataset<IngestRecord> records = read(spark, listing, options, undecodable).persist(level);
            try {
                return new Persisted(records, ReadCounts.of(records));
            } catch (Exception e) {
                records.unpersist();
                Map.Entry<String, String> file = ParquetRecords.undecodableFile(e, listing.parquet(),
                        spark.sparkContext().hadoopConfiguration());
                if (file == null || undecodable.containsKey(file.getKey())) throw e;
                undecodable.put(file.getKey(), file.getValue());
            }
        }
    }

    /**
     * Records read and persisted, with their counts.
     *
     * @param records every record read, persisted (unpersist it when done)
     * @param counts what the records hold
     */
    public record Persisted(Dataset<IngestRecord> records, ReadCounts counts) { }

    private static Dataset<IngestRecord> read(SparkSession spark, InputListing listing, List<ReadOptions> options,
                                              Map<String, String> knownUnreadable) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<SerializableConfiguration> hadoopConf =
                jsc.broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
        int slices = Math.max(1, Math.min(listing.files().size(), spark.sparkContext().defaultParallelism()
                * TASKS_PER_CORE));
        Dataset<InputFile> files = spark.createDataset(jsc.parallelize(listing.files(), slices).rdd(),
                Encoders.bean(InputFile.class));
        Dataset<IngestRecord> out = parse(files, options, hadoopConf);
        List<IngestRecord> rejects = new ArrayList<>(listing.rejects());
        Map<String, String> unreadable = new TreeMap<>(ParquetRecords.unreadableFiles(spark, listing.parquet(),
                hadoopConf));
        unreadable.putAll(knownUnreadable);
        for (ParquetInput p : listing.parquet()) {
            for (String uri : p.fileUris()) {
                if (unreadable.containsKey(uri)) rejects.add(ParquetRecords.unreadable(p, uri, unreadable.get(uri)));
            }
            ParquetInput readable = ParquetRecords.without(p, unreadable);
            if (readable != null) out = out.union(ParquetRecords.read(spark, readable, options.get(p.inputIndex())));
        }
        if (!rejects.isEmpty()) out = out.union(spark.createDataset(rejects, Encoders.bean(IngestRecord.class)));
        return out;
    }

    /** Parses every file into records with its input's options: each record read is an article or a reject. */
    public static Dataset<IngestRecord> parse(Dataset<InputFile> files, List<ReadOptions> options,
                                              Broadcast<SerializableConfiguration> hadoopConf) {
        List<ReadOptions> perInput = List.copyOf(options);
        return files.flatMap((FlatMapFunction<InputFile, IngestRecord>) file ->
                        readFile(file, perInput.get(file.getInputIndex()), hadoopConf.value().value()),
                Encoders.bean(IngestRecord.class));
    }

    /**
     * The records of one file, read with {@code options} through Hadoop's file system (plain Java: executors and the
     * {@code extract} command call it); an article without a source gets the file's folder name, and a file that
     * cannot be opened is one reject.
     */
    public static Iterator<IngestRecord> readFile(InputFile file, ReadOptions options, Configuration conf) {
        Iterator<IngestRecord> records;
        try {
            Path path = new Path(URI.create(file.getUri()));
            FileSystem fs = path.getFileSystem(conf);
            records = ArticleFileReader.read(file.getName(), file.getIdBase(), fs.open(path), options);
        } catch (IOException | RuntimeException e) {
            records = List.of(IngestRecord.rejected(file.getName(), 0, null, "unreadable file: " + e.getMessage()))
                    .iterator();
        }
        return withFolderSource(records, InputFile.folderOf(file.getUri()));
    }

    /** The id given to an article whose {@code id} another article also has: {@code id@input#position}. */
    public static String qualifiedId(String id, String input, long position) {
        return id + "@" + input + "#" + position;
    }

    /**
     * The ids of articles that more than one article of {@code records} has (from id columns that repeat across
     * files, say), with how many articles have each, in id order. Collected: a broadcast of them is what
     * {@link #uniqueIds} joins with.
     */
    public static Map<String, Long> repeatedIds(Dataset<IngestRecord> records) {
        Map<String, Long> out = new TreeMap<>();
        for (Row r : records.filter(col("reason").isNull()).groupBy("id").count().filter(col("count").gt(1))
                .collectAsList()) {
            out.put(r.getString(0), r.getLong(1));
        }
        return out;
    }

    /**
     * {@code records} with ids unique among the articles: an id that {@code repeated} holds becomes, for every
     * article that has it, {@link #qualifiedId} {@code id@input#position} (its file and position), so no two articles
     * share an id and none is dropped; the result is the same whatever the order of the records. Rejects keep their
     * ids. Without repeated ids the records are returned as they are.
     */
    public static Dataset<IngestRecord> uniqueIds(Dataset<IngestRecord> records, Set<String> repeated) {
        if (repeated.isEmpty()) return records;
        SparkSession spark = records.sparkSession();
        Dataset<Row> ids = broadcast(spark.createDataset(new ArrayList<>(repeated), Encoders.STRING())
                .toDF("repeated_id"));
        Column qualify = col("reason").isNull().and(col("repeated_id").isNotNull());
        return records.join(ids, records.col("id").equalTo(ids.col("repeated_id")), "left_outer")
                .withColumn("id", when(qualify, concat(col("id"), lit("@"), col("input"), lit("#"), col("position")))
                        .otherwise(col("id")))
                .drop("repeated_id")
                .as(Encoders.bean(IngestRecord.class));
    }

    /** The records that are articles. */
    public static Dataset<Article> articles(Dataset<IngestRecord> records) {
        return records.filter(col("reason").isNull())
                .map((MapFunction<IngestRecord, Article>) IngestRecord::toArticle, Encoders.bean(Article.class));
    }

    /** The records that are rejected, ordered by input and position. */
    public static Dataset<Reject> rejects(Dataset<IngestRecord> records) {
        return records.filter(col("reason").isNotNull())
                .map((MapFunction<IngestRecord, Reject>) IngestRecord::toReject, Encoders.bean(Reject.class))
                .orderBy("input", "position", "reason");
    }

    /** {@code record}, given the source {@code folder} when it is an article without one. */
    static IngestRecord withFolderSource(IngestRecord record, String folder) {
        if (record.accepted() && (record.getSource() == null || record.getSource().isBlank())) {
            record.setSource(folder);
        }
        return record;
    }

    private static Iterator<IngestRecord> withFolderSource(Iterator<IngestRecord> records, String folder) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() { return records.hasNext(); }

            @Override
            public IngestRecord next() { return withFolderSource(records.next(), folder); }
        };
    }
}
