package org.newstrends.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes {@code manifest.json}: pretty-printed with {@code \n} line endings and a fixed key order (job spec keys
 * sorted), listing every file of the report directory. Call it last, after the tables, charts and index.
 */
public final class ManifestWriter {

    /** The manifest's file name at the report root. */
    public static final String FILE_NAME = "manifest.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestWriter() {
    }

    /**
     * Writes {@code reportDir/manifest.json} with {@code files} set to the report's files (sorted, relative,
     * {@code /}-separated, the manifest itself excluded).
     *
     * @return the manifest as written
     */
    public static Manifest write(Path reportDir, Manifest manifest) throws IOException {
        Manifest complete = manifest.withFiles(listFiles(reportDir));
        Files.createDirectories(reportDir);
        Files.writeString(reportDir.resolve(FILE_NAME), toJson(complete), StandardCharsets.UTF_8);
        return complete;
    }

    /** The JSON text of {@code manifest}, ending in a newline. */
    public static String toJson(Manifest manifest) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("job", manifest.jobName());
        ArrayNode inputs = root.putArray("inputs");
        manifest.inputs().forEach(inputs::add);
        root.put("period", manifest.periodUnit());
        root.put("top_n", manifest.topN());
        ObjectNode counts = root.putObject("counts");
        counts.put("records_read", manifest.counts().recordsRead());
        counts.put("articles", manifest.counts().articles());
        counts.put("rejected", manifest.counts().rejected());
        manifest.counts().extra().forEach(counts::put);
        root.put("extractor", manifest.extractor());
        ObjectNode versions = root.putObject("versions");
        versions.put("newstrends", manifest.versions().newstrends());
        versions.put("spark", manifest.versions().spark());
        versions.put("java", manifest.versions().java());
        root.set("job_spec", MAPPER.valueToTree(plain(manifest.jobSpec())));
        ArrayNode files = root.putArray("files");
        manifest.files().forEach(files::add);
        return writer().writeValueAsString(root) + "\n";
    }

    /** Regular files under {@code reportDir}, relative with {@code /} separators, sorted, manifest excluded. */
    public static List<String> listFiles(Path reportDir) throws IOException {
        if (!Files.isDirectory(reportDir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(reportDir)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> reportDir.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> !name.equals(FILE_NAME))
                    .sorted()
                    .toList();
        }
    }

    private static ObjectWriter writer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return MAPPER.writer(printer);
    }

    /** {@code value} with maps sorted by key and anything but strings, numbers, booleans and null as text. */
    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), plain(item)));
            return sorted;
        }
        if (value instanceof Collection<?> items) {
            List<Object> list = new ArrayList<>(items.size());
            items.forEach(item -> list.add(plain(item)));
            return list;
        }
        return value.toString();
    }
}
