package org.newstrends.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON record (a line of JSON Lines, an element of a JSON array) to an article or a reject: parsed by Jackson
 * within the input's limits (strings up to the record limit, Jackson's nesting limit), a record that is not one
 * JSON object (trailing content included) is refused, and the object's fields are mapped by {@link ColumnRecords}.
 * {@code NaN} and {@code Infinity}, which Python writes, are read as numbers, so they are refused as the value of
 * their field rather than as broken JSON.
 */
final class JsonRecords {
    private static final int MAX_REASON_CHARS = 200;

    private final String input;
    private final ReadOptions options;
    private final ArticleDates dates;
    private final ObjectMapper mapper;

    JsonRecords(String input, ReadOptions options) {
        this.input = input;
        this.options = options;
        this.dates = ArticleDates.of(options);
        JsonFactory factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE - 16, options.recordLimit())).build())
                .build();
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The record at {@code position} whose JSON text is {@code json}. */
    ColumnRecords.Mapped toRecord(long position, String defaultId, String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            return refused(position, defaultId, "invalid JSON: " + (message == null ? RecordParser.describe(e) : message));
        } catch (IOException e) {
            return refused(position, defaultId, "invalid JSON: " + RecordParser.describe(e));
        }
        if (node == null || !node.isObject()) {
            return refused(position, defaultId, "not a JSON object" + (node == null || node.isMissingNode() ? ""
                    : " (" + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ")"));
        }
        return ColumnRecords.map(input, position, defaultId, new JsonColumns(node), options, dates);
    }

    private ColumnRecords.Mapped refused(long position, String defaultId, String reason) {
        String r = reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "...";
        return new ColumnRecords.Mapped(IngestRecord.rejected(input, position, defaultId, r), true);
    }

    /** The fields of a JSON object as named values: strings, numbers, booleans, lists and maps. */
    private static final class JsonColumns implements RecordColumns {
        private final JsonNode object;
        private final List<String> names = new ArrayList<>();

        JsonColumns(JsonNode object) {
            this.object = object;
            object.fieldNames().forEachRemaining(names::add);
        }

        @Override
        public List<String> names() {
            return names;
        }

        @Override
        public Object value(String name) {
            return valueOf(object.get(name));
        }

        private static Object valueOf(JsonNode n) {
            if (n == null || n.isNull() || n.isMissingNode()) return null;
            if (n.isTextual()) return n.textValue();
            if (n.isNumber()) return n.numberValue();
            if (n.isBoolean()) return n.booleanValue();
            if (n.isArray()) {
                List<Object> out = new ArrayList<>(n.size());
                n.forEach(e -> out.add(valueOf(e)));
                return out;
            }
            if (n.isObject()) {
                Map<String, Object> out = new LinkedHashMap<>();
                n.fields().forEachRemaining(e -> out.put(e.getKey(), valueOf(e.getValue())));
                return out;
            }
            return n.asText();
        }
    }
}
