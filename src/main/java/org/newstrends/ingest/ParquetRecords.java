package org.newstrends.ingest;

import static org.apache.spark.sql.functions.col;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * Reads Parquet with Spark's own reader and turns each row, on the executors, into an article or a reject through
 * {@link ColumnRecords}. A row's position is its ordinal in its file (1-based, Spark's {@code _metadata.row_index}),
 * so positions and default ids ({@code idBase#position}) are the same however the files are split into tasks.
 */
public final class ParquetRecords {
    /** How Spark names the file a task could not read ({@code FAILED_READ_FILE}). */
    private static final Pattern FAILED_FILE = Pattern.compile("while reading file (\\S+?)\\.?(?:\\s|$)");
    private ParquetRecords() { }

    /**
     * The Parquet files of {@code inputs} whose footer cannot be read (not Parquet, truncated), each with the
     * reason. The footers are read on the executors, a few files per task; only the bad files come back.
     */
    public static Map<String, String> unreadableFiles(SparkSession spark, List<ParquetInput> inputs,
                                                      Broadcast<SerializableConfiguration> hadoopConf) {
        List<String> uris = new ArrayList<>();
        for (ParquetInput p : inputs) uris.addAll(p.fileUris());
        if (uris.isEmpty()) return Map.of();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, Math.min(uris.size(), spark.sparkContext().defaultParallelism() * 4));
        Map<String, String> out = new TreeMap<>();
        for (Tuple2<String, String> bad : jsc.parallelize(uris, slices)
                .map(uri -> new Tuple2<>(uri, footerProblem(uri, hadoopConf.value().value())))
                .filter(t -> t._2() != null).collect()) {
            out.put(bad._1(), bad._2());
        }
        return out;
    }

    /** {@code input} without the files of {@code unreadable}, or null when none is left. */
    public static ParquetInput without(ParquetInput input, Map<String, String> unreadable) {
        List<String> left = input.fileUris().stream().filter(u -> !unreadable.containsKey(u)).toList();
        if (left.isEmpty()) return null;
        return new ParquetInput(input.inputIndex(), input.name(), input.idBase(), input.folderUri(), left,
                input.folderName());
    }

    /** The reject of the file {@code uri} of {@code input}, unreadable for {@code reason}. */
    public static IngestRecord unreadable(ParquetInput input, String uri, String reason) {
        return IngestRecord.rejected(shownName(input, uri), 0, null, "unreadable Parquet file: " + reason);
    }

    /**
     * The Parquet file of {@code inputs} that {@code failure} (a failed Spark job) says it could not read, with the
     * reason to report, or null when the failure is not about one of those files. Read on the driver, the file's
     * footer gives the number of rows that are not read, so the reject says what is lost.
     */
    static Map.Entry<String, String> undecodableFile(Throwable failure, List<ParquetInput> inputs, Configuration conf) {
        String named = null;
        String cause = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            Matcher m = FAILED_FILE.matcher(String.valueOf(t.getMessage()));
            if (named == null && m.find()) named = m.group(1);
            cause = firstLine(t);
        }
        if (named == null) return null;
        String path = new Path(named).toUri().getPath();
        for (ParquetInput input : inputs) {
            for (String uri : input.fileUris()) {
                if (new Path(URI.create(uri)).toUri().getPath().equals(path)) {
                    return Map.entry(uri, "its " + rowCount(uri, conf) + " rows cannot be decoded: " + cause);
                }
            }
        }
        return null;
    }

    private static String rowCount(String uri, Configuration conf) {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                new Path(URI.create(uri)), conf))) {
            return String.valueOf(reader.getRecordCount());
        } catch (Exception e) {
            return "unknown number of";
        }
    }

    private static String footerProblem(String uri, Configuration conf) {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                new Path(URI.create(uri)), conf))) {
            reader.getFooter();
            return null;
        } catch (Exception e) {
            return firstLine(e);
        }
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }

    /**
     * The records of {@code input}. When Spark cannot read the files together (a corrupt footer, schemas that do not
     * merge) each file is read alone, and a file that cannot be read is one reject saying why. (Spark throws its
     * checked {@code SparkException} undeclared, hence the catch of {@code Exception}.)
     */
    public static Dataset<IngestRecord> read(SparkSession spark, ParquetInput input, ReadOptions options) {
        try {
            return records(reader(spark, input).parquet(hadoopPaths(input.fileUris())), input, options);
        } catch (Exception together) {
            if (input.fileUris().size() == 1) return unreadable(spark, input, input.fileUris().get(0), together);
            Dataset<IngestRecord> out = null;
            for (String file : input.fileUris()) {
                Dataset<IngestRecord> one;
                try {
                    one = records(reader(spark, input).parquet(hadoopPaths(List.of(file))), input, options);
                } catch (Exception e) {
                    one = unreadable(spark, input, file, e);
                }
                out = out == null ? one : out.union(one);
            }
            return out;
        }
    }

    /** The records of {@code rows}, read from {@code input}: each row an article or a reject. */
    public static Dataset<IngestRecord> records(Dataset<Row> rows, ParquetInput input, ReadOptions options) {
        List<String> names = Arrays.asList(rows.columns());
        Dataset<Row> placed = rows.select(col("*"), col("_metadata.file_path"), col("_metadata.row_index"));
        return placed.map(new RowToRecord(names, input, options), Encoders.bean(IngestRecord.class));
    }

    private static DataFrameReader reader(SparkSession spark, ParquetInput input) {
        DataFrameReader reader = spark.read().option("mergeSchema", "true");
        if (input.folderUri() != null) reader = reader.option("basePath", hadoopPath(input.folderUri()));
        return reader;
    }

    private static Dataset<IngestRecord> unreadable(SparkSession spark, ParquetInput input, String file,
                                                    Exception e) {
        return spark.createDataset(List.of(unreadable(input, file, firstLine(e))), Encoders.bean(IngestRecord.class));
    }

    private static String[] hadoopPaths(List<String> uris) {
        return uris.stream().map(ParquetRecords::hadoopPath).toArray(String[]::new);
    }

    private static String hadoopPath(String uri) {
        return new Path(URI.create(uri)).toString();
    }

    /** How reports show the file at {@code fileUri} of {@code input}: its path below the input's folder. */
    static String shownName(ParquetInput input, String fileUri) {
        return input.folderUri() == null ? input.name() : input.name() + "/" + below(input.folderUri(), fileUri);
    }

    private static String below(String folderUri, String fileUri) {
        String folder = new Path(URI.create(folderUri)).toUri().getPath();
        Path file = new Path(URI.create(fileUri));
        String path = file.toUri().getPath();
        if (!path.startsWith(folder)) return file.getName();
        return path.substring(folder.length()).replaceFirst("^/+", "");
    }

    /** Maps one row, with its file and row index appended, to a record. */
    private static final class RowToRecord implements MapFunction<Row, IngestRecord> {
        private static final long serialVersionUID = 1L;
        private final ArrayList<String> names;
        private final ParquetInput input;
        private final ReadOptions options;
        private transient Map<String, Integer> index;

        RowToRecord(List<String> names, ParquetInput input, ReadOptions options) {
            this.names = new ArrayList<>(names);
            this.input = input;
            this.options = options;
        }

        @Override
        public IngestRecord call(Row row) {
            if (index == null) index = RowColumns.indexOf(names);
            String fileUri = row.getString(names.size());
            long position = row.getLong(names.size() + 1) + 1;
            String shown = shownName(input, fileUri);
            String idBase = input.folderUri() == null ? input.idBase()
                    : IdBases.join(input.idBase(), IdBases.withoutExtension(below(input.folderUri(), fileUri)));
            IngestRecord r = ColumnRecords.toRecord(shown, position, idBase + "#" + position,
                    new RowColumns(names, index, row), options);
            return ArticleSources.withFolderSource(r, input.folderName());
        }
    }
}
