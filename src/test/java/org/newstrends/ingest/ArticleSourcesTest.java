package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.SparkTestSession;

/** Reading a listing in local Spark: files one per task, Parquet through Spark's reader, ids made unique. */
class ArticleSourcesTest {

    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start(ArticleSourcesTest.class);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static List<IngestRecord> read(List<String> paths) throws IOException {
        List<InputRoot> roots = paths.stream().map(p -> new InputRoot(p, InputFormat.AUTO)).toList();
        InputListing listing = InputFiles.list(spark.sparkContext().hadoopConfiguration(), roots);
        List<ReadOptions> options = roots.stream().map(r -> ReadOptions.of(r.format())).toList();
        Dataset<IngestRecord> records = ArticleSources.readPersisted(spark, listing, options,
                org.apache.spark.storage.StorageLevel.MEMORY_ONLY()).records();
        List<IngestRecord> out = new ArrayList<>(ArticleSources.uniqueIds(records,
                ArticleSources.repeatedIds(records).keySet())
                .collectAsList());
        out.sort(Comparator.comparing(IngestRecord::getInput).thenComparing(IngestRecord::getPosition));
        return out;
    }

    /** Writes {@code rows} articles (id, date, text) as a Parquet folder of three part files. */
    private static void writeParquet(Path folder, int rows, boolean withIds) {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("date", DataTypes.StringType)
                .add("text", DataTypes.StringType);
        List<Row> data = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            data.add(RowFactory.create(withIds ? "p" + i : null, "2024-05-" + String.format("%02d", i % 28 + 1),
                    "Parquet article " + i));
        }
        spark.createDataFrame(data, schema).repartition(3).write().parquet(folder.toString());
    }

    @Test
    void parquetRowsAreNumberedWithinTheirFileAndGetTheFolderAsSource() throws IOException {
        Path export = dir.resolve("pq/export");
        writeParquet(export, 12, false);
        List<IngestRecord> records = read(List.of(dir.resolve("pq").toString()));
        assertEquals(12, records.size());
        Map<String, List<Long>> positions = new TreeMap<>();
        for (IngestRecord r : records) {
            assertTrue(r.accepted(), r.getReason());
            assertTrue(r.getInput().startsWith(export + "/part-"), r.getInput());
            assertTrue(r.getInput().endsWith(".parquet"), r.getInput());
            String file = r.getInput().substring(export.toString().length() + 1);
            assertEquals("export/" + file.substring(0, file.length() - ".parquet".length()) + "#" + r.getPosition(),
                    r.getId());
            assertEquals("export", r.getSource());
            positions.computeIfAbsent(r.getInput(), k -> new ArrayList<>()).add(r.getPosition());
        }
        assertEquals(3, positions.size());
        for (List<Long> p : positions.values()) {
            assertEquals(java.util.stream.LongStream.rangeClosed(1, p.size()).boxed().toList(), p);
        }
    }

    @Test
    void aFileThatIsNotParquetIsOneRejectAndTheOthersAreRead() throws IOException {
        Path folder = dir.resolve("bad-pq");
        writeParquet(folder.resolve("good"), 4, true);
        Files.createDirectories(folder.resolve("broken"));
        Files.writeString(folder.resolve("broken/part-0.parquet"), "not parquet at all");
        Files.write(folder.resolve("broken/part-1.parquet"), Files.readAllBytes(Files.list(folder.resolve("good"))
                .filter(p -> p.toString().endsWith(".parquet")).sorted().findFirst().orElseThrow()));
        List<IngestRecord> records = read(List.of(folder.toString()));
        List<IngestRecord> rejects = records.stream().filter(r -> !r.accepted()).toList();
        assertEquals(1, rejects.size(), records.toString());
        assertEquals(folder + "/broken/part-0.parquet", rejects.get(0).getInput());
        assertTrue(rejects.get(0).getReason().startsWith("unreadable Parquet file: "), rejects.get(0).getReason());
        assertTrue(records.stream().filter(IngestRecord::accepted).count() > 4, "good/ and broken/part-1 are read");
    }

    @Test
    void aParquetFileWhosePagesCannotBeDecodedIsOneRejectSayingHowManyRowsAndTheOthersAreRead() throws IOException {
        Path folder = dir.resolve("corrupt-pq");
        writeParquet(folder.resolve("good"), 6, true);
        Path first;
        try (var files = Files.list(folder.resolve("good"))) {
            first = files.filter(p -> p.toString().endsWith(".parquet")).sorted().findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(first);
        int footer = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .getInt();
        java.util.Arrays.fill(bytes, 4, bytes.length - 8 - footer, (byte) 0xFF);
        Files.createDirectories(folder.resolve("damaged"));
        Files.write(folder.resolve("damaged/part-9.parquet"), bytes);
        long rowsOfDamaged = spark.read().parquet(first.toString()).count();

        List<IngestRecord> records = read(List.of(folder.toString()));

        List<IngestRecord> rejects = records.stream().filter(r -> !r.accepted()).toList();
        assertEquals(1, rejects.size(), records.toString());
        assertEquals(folder + "/damaged/part-9.parquet", rejects.get(0).getInput());
        assertTrue(rejects.get(0).getReason().startsWith("unreadable Parquet file: its " + rowsOfDamaged
                + " rows cannot be decoded"), rejects.get(0).getReason());
        assertEquals(6, records.stream().filter(IngestRecord::accepted).count());
    }

    @Test
    void filesWhoseSchemasDoNotMergeAreEachReadAlone() throws IOException {
        Path clash = Files.createDirectories(dir.resolve("clash"));
        writeParquet(dir.resolve("clash-src/text"), 3, true);
        spark.range(2).selectExpr("id", "'2024-06-01' AS date", "'numeric ids' AS text").coalesce(1).write()
                .parquet(dir.resolve("clash-src/numeric").toString());
        int n = 0;
        for (String part : List.of("text", "numeric")) {
            try (var files = Files.list(dir.resolve("clash-src").resolve(part))) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                    Files.copy(f, clash.resolve("part-" + (n++) + ".parquet"));
                }
            }
        }
        List<IngestRecord> records = read(List.of(clash.toString()));
        assertEquals(5, records.size(), records.toString());
        assertTrue(records.stream().allMatch(IngestRecord::accepted), records.toString());
    }

    @Test
    void idsThatRepeatAcrossFilesAreToldApartAndUniqueOnesKept() throws IOException {
        Path a = Files.createDirectories(dir.resolve("ids/a"));
        Path b = Files.createDirectories(dir.resolve("ids/b"));
        Files.writeString(a.resolve("news.jsonl"), "{\"id\":\"1\",\"date\":\"2024-01-02\",\"text\":\"A one\"}\n"
                + "{\"id\":\"2\",\"date\":\"2024-01-02\",\"text\":\"A two\"}\n");
        Files.writeString(b.resolve("news.jsonl"), "{\"id\":\"1\",\"date\":\"2024-01-03\",\"text\":\"B one\"}\n"
                + "{\"id\":\"3\",\"date\":\"2024-01-03\",\"text\":\"B three\"}\n{\"id\":\"1\",\"text\":\"B rejected\"}\n");
        List<IngestRecord> records = read(List.of(a.toString(), b.toString()));
        assertEquals(List.of("1@" + a + "/news.jsonl#1", "2", "1@" + b + "/news.jsonl#1", "3", "1"),
                records.stream().map(IngestRecord::getId).toList());
        assertEquals(records.stream().filter(IngestRecord::accepted).count(),
                records.stream().filter(IngestRecord::accepted).map(IngestRecord::getId).distinct().count());
        assertEquals(List.of("a", "a", "b", "b"), records.stream().filter(IngestRecord::accepted)
                .map(IngestRecord::getSource).toList());
    }

    @Test
    void eachInputIsReadWithItsOwnOptions() throws IOException {
        Path seed = Files.createDirectories(dir.resolve("opts/seed"));
        Path json = Files.createDirectories(dir.resolve("opts/json"));
        String line = "{\"id\":\"j\",\"date\":\"2024-02-02\",\"text\":\"JSON text\"}\n";
        Files.writeString(seed.resolve("a.txt"), line);
        Files.writeString(json.resolve("b.txt"), line);
        List<InputRoot> roots = List.of(new InputRoot(seed.toString(), InputFormat.AUTO),
                new InputRoot(json.toString(), InputFormat.JSONL));
        InputListing listing = InputFiles.list(spark.sparkContext().hadoopConfiguration(), roots);
        List<IngestRecord> records = ArticleSources.read(spark, listing,
                List.of(ReadOptions.of(InputFormat.AUTO), ReadOptions.of(InputFormat.JSONL))).collectAsList();
        Map<String, Boolean> accepted = records.stream()
                .collect(Collectors.toMap(r -> Path.of(r.getInput()).getFileName().toString(), IngestRecord::accepted));
        assertEquals(Map.of("a.txt", false, "b.txt", true), accepted);
    }

    @Test
    void rejectsFoundWhileListingAreRecords() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("empty-pq"));
        Files.createFile(folder.resolve("nothing.parquet"));
        Files.writeString(folder.resolve("a.jsonl"), "{\"date\":\"2024-01-02\",\"text\":\"x\"}\n");
        List<IngestRecord> records = read(List.of(folder.toString()));
        assertEquals(2, records.size());
        assertEquals(folder + "/nothing.parquet:" + InputFiles.EMPTY_FILE,
                records.get(1).getInput() + ":" + records.get(1).getReason());
        assertEquals(1, spark.createDataset(records, Encoders.bean(IngestRecord.class))
                .filter("reason is null").count());
    }
}
