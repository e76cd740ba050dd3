package org.newstrends.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newstrends.extract.theme.ThemeCategory;

/**
 * Reads labelled news sets into {@link LabelledSet}s: HuffPost's News Category Dataset (JSON Lines with
 * {@code headline}, {@code short_description}, {@code category}), Reuters-21578 JSON Lines ({@code title},
 * {@code text}, {@code topics}), the BBC News folder layout (one folder per section, one {@code .txt} file per
 * story, its first line the headline), and JSON Lines already labelled with a category name ({@code title},
 * {@code text}, {@code category}). Every record read becomes an article or is counted as left out.
 */
public final class LabelledSets {

    /** The set name of JSON Lines labelled with the category names themselves. */
    public static final String LABELLED = "labelled";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CategoryLabels labels;

    /** Readers that map labels with {@code labels}. */
    public LabelledSets(CategoryLabels labels) {
        this.labels = labels;
    }

    /** HuffPost items: the headline is the title, the short description the text. */
    public LabelledSet huffpost(BufferedReader reader, String source) throws IOException {
        return jsonLines(reader, source, CategoryLabels.HUFFPOST, "headline", "short_description");
    }

    /** Reuters-21578 stories labelled with their topic codes; a story without a topic is unlabelled. */
    public LabelledSet reuters(BufferedReader reader, String source) throws IOException {
        return jsonLines(reader, source, CategoryLabels.REUTERS, "title", "text");
    }

    /** JSON Lines whose {@code category} is one of the category names. */
    public LabelledSet labelled(BufferedReader reader, String source) throws IOException {
        return jsonLines(reader, source, LABELLED, "title", "text");
    }

    /**
     * The BBC News layout: each folder under {@code root} is a section, each {@code .txt} file in it a story whose
     * first non-blank line is the headline. Files that are not UTF-8 are read as Windows-1252.
     */
    public LabelledSet bbc(Path root) throws IOException {
        Builder set = new Builder(CategoryLabels.BBC, root.toString());
        List<Path> sections;
        try (Stream<Path> entries = Files.list(root)) {
            sections = entries.filter(Files::isDirectory).sorted().toList();
        }
        for (Path section : sections) {
            List<Path> files;
            try (Stream<Path> entries = Files.list(section)) {
                files = entries.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                        .sorted().toList();
            }
            String label = section.getFileName().toString();
            for (Path file : files) {
                String content = decode(Files.readAllBytes(file)).replace("\r\n", "\n").strip();
                int lineEnd = content.indexOf('\n');
                String title = lineEnd < 0 ? content : content.substring(0, lineEnd).strip();
                String text = lineEnd < 0 ? "" : content.substring(lineEnd + 1).strip();
                set.add(label + "/" + file.getFileName(), title, text, List.of(label));
            }
        }
        return set.build();
    }

    private LabelledSet jsonLines(BufferedReader reader, String source, String name, String titleField, String textField)
            throws IOException {
        Builder set = new Builder(name, source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) continue;
            String position = source + ":" + number;
            JsonNode record;
            try {
                record = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                set.unreadable(position, "invalid JSON: " + e.getOriginalMessage());
                continue;
            }
            if (!record.isObject()) {
                set.unreadable(position, "not a JSON object");
                continue;
            }
            List<String> recordLabels = new ArrayList<>();
            JsonNode label = record.path(name.equals(CategoryLabels.REUTERS) ? "topics" : "category");
            if (label.isArray()) {
                for (JsonNode l : label) if (!l.asText().isBlank()) recordLabels.add(l.asText().strip());
            } else if (label.isValueNode() && !label.asText().isBlank()) {
                recordLabels.add(label.asText().strip());
            }
            set.add(position, record.path(titleField).asText(""), record.path(textField).asText(""), recordLabels);
        }
        return set.build();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** Collects one set's articles and counts what is left out. */
    private final class Builder {
        private final String name;
        private final String source;
        private final List<LabelledArticle> articles = new ArrayList<>();
        private final SortedMap<String, Integer> noCounterpart = new TreeMap<>();
        private final SortedMap<String, Integer> unknown = new TreeMap<>();
        private final List<String> unreadable = new ArrayList<>();
        private int unlabelled;

        Builder(String name, String source) {
            this.name = name;
            this.source = source;
        }

        void unreadable(String position, String reason) {
            unreadable.add(position + ": " + reason);
        }

        /** The record's category is that of its first label that maps to one. */
        void add(String id, String title, String text, List<String> recordLabels) {
            if (title.isBlank() && text.isBlank()) {
                unreadable(id, "no title and no text");
                return;
            }
            if (recordLabels.isEmpty()) {
                unlabelled++;
                return;
            }
            for (String label : recordLabels) {
                Optional<ThemeCategory> category = category(label);
                if (category.isPresent()) {
                    articles.add(new LabelledArticle(id, title.strip(), text.strip(), label, category.get()));
                    return;
                }
            }
            String joined = String.join("+", recordLabels);
            boolean anyListed = recordLabels.stream().anyMatch(l -> kind(l) != CategoryLabels.Kind.UNKNOWN);
            (anyListed ? noCounterpart : unknown).merge(joined, 1, Integer::sum);
        }

        private Optional<ThemeCategory> category(String label) {
            if (name.equals(LABELLED)) {
                try {
                    return Optional.of(ThemeCategory.valueOf(label));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
            return labels.category(name, label);
        }

        private CategoryLabels.Kind kind(String label) {
            if (name.equals(LABELLED)) return category(label).isPresent() ? CategoryLabels.Kind.MAPPED : CategoryLabels.Kind.UNKNOWN;
            return labels.kind(name, label);
        }

        LabelledSet build() {
            return new LabelledSet(name, source, List.copyOf(articles), noCounterpart, unknown, unlabelled,
                    List.copyOf(unreadable));
        }
    }
}
