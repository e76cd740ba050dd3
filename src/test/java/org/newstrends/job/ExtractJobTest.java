package org.newstrends.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.SparkTestSession;
import org.newstrends.ingest.InputFormat;
import org.newstrends.ingest.InputRoot;
import org.newstrends.ingest.ReadOptions;

/** The extract job on Parquet, read through Spark's reader in the session at hand. */
class ExtractJobTest {

    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start(ExtractJobTest.class);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aParquetFolderGivesOneLinePerRowInFileOrder() throws IOException {
        Path export = dir.resolve("export");
        spark.sql("SELECT CAST(id AS STRING) AS id, '2024-04-0' || CAST(id + 1 AS STRING) AS date,"
                + " CASE WHEN id = 2 THEN NULL ELSE 'Talks in Paris, France.' END AS text FROM range(5)")
                .coalesce(1).write().parquet(export.toString());
        Files.writeString(dir.resolve("more.jsonl"), "{\"id\":\"j\",\"date\":\"2024-04-09\",\"text\":\"Rome.\"}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExtractJob.Result result = ExtractJob.run(List.of(new InputRoot(dir.toString(), InputFormat.AUTO)),
                List.of(ReadOptions.of(InputFormat.AUTO)), List.of(false), "rules", out);
        assertEquals(new ExtractJob.Result(6, 5, 1), result);
        List<String> ids = new ArrayList<>();
        JsonNode rejected = null;
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            JsonNode node = new ObjectMapper().readTree(line);
            ids.add(node.get("id").asText());
            if (node.has("rejected")) rejected = node;
        }
        assertEquals(List.of("j", "0", "1", "2", "3", "4"), ids);
        assertTrue(rejected.get("input").asText().startsWith(export + "/part-"), rejected.toString());
        assertEquals(3, rejected.get("position").asInt());
    }
}
