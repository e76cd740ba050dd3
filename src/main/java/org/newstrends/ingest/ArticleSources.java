package org.newstrends.ingest;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The ingest stages: input files to records, records to articles and to rejects. Files are opened on the
 * executors through Hadoop's file system, so the same job reads local paths and cluster storage.
 */
public final class ArticleSources {
    private ArticleSources() { }

    /** Parses every file into records: each record read is an article or a reject, none is dropped. */
    public static Dataset<IngestRecord> parse(Dataset<InputFile> files, InputFormat format,
                                              Broadcast<SerializableConfiguration> hadoopConf) {
        return files.flatMap((FlatMapFunction<InputFile, IngestRecord>) file -> open(file, format, hadoopConf),
                Encoders.bean(IngestRecord.class));
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

    private static java.util.Iterator<IngestRecord> open(InputFile file, InputFormat format,
                                                        Broadcast<SerializableConfiguration> hadoopConf) {
        Path path = new Path(file.getUri());
        try {
            FileSystem fs = path.getFileSystem(hadoopConf.value().value());
            return ArticleFileReader.read(file.getName(), fs.open(path), format);
        } catch (IOException e) {
            return List.of(IngestRecord.rejected(file.getName(), 0, null, "unreadable file: " + e.getMessage()))
                    .iterator();
        }
    }
}
