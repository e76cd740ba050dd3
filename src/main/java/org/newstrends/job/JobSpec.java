package org.newstrends.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newstrends.aggregate.PeriodUnit;
import org.newstrends.extract.ArticleExtractor;
import org.newstrends.ingest.InputFormat;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A coverage job as its YAML spec describes it, validated: what to read, how to count, where to write.
 * Relative paths are relative to the directory the job is run from.
 *
 * <pre>
 * name: sample                # default: the spec file's name
 * inputs:                     # files or directories (walked recursively; .gz read transparently)
 *   - data/sample
 *   - path: ../shared/seeds
 *     optional: true          # skipped with a warning when missing
 * format: auto                # auto | seed | jsonl
 * output: reports/sample      # default: reports/NAME
 * period: month               # day | week | month | quarter | year
 * top: 20                     # entities per kind in top lists, pivots and charts
 * extractor: tagger           # tagger (default) | rules | corenlp (needs a jar built with mvn -Pcorenlp package)
 * spark:                      # optional Spark settings, e.g. spark.sql.shuffle.partitions: 8
 * </pre>
 *
 * @param name the job's name, used for the app name and the default output folder
 * @param inputs what to read, in order
 * @param format how to parse the inputs
 * @param output the report folder
 * @param period the period unit counts are made per
 * @param top how many entities per kind the top lists, pivots and charts show
 * @param extractor the extraction method: {@code tagger} (the project's statistical tagger, then resolution),
 *     {@code rules} (the rule recognisers) or {@code corenlp} (Stanford CoreNLP, then resolution; only in a jar
 *     built with the {@code corenlp} Maven profile), see {@link ArticleExtractor}
 * @param spark extra Spark settings, sorted by key
 */
public record JobSpec(String name, List<JobInput> inputs, InputFormat format, String output, PeriodUnit period,
                      int top, String extractor, Map<String, String> spark) {

    /** The extraction methods a spec may name: rules, tagger, corenlp. */
    public static final List<String> EXTRACTORS = ArticleExtractor.METHODS;
    /** The largest {@code top} accepted: pivots get one column per entity. */
    public static final int MAX_TOP = 500;

    private static final Set<String> KEYS = Set.of("name", "inputs", "format", "output", "period", "top",
            "extractor", "spark");

    /** Checks the fields; throws {@link JobSpecException} naming the field and what to fix. */
    public JobSpec {
        if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9._-]+")) {
            throw new JobSpecException("name must be letters, digits, '.', '_' or '-' (got '" + name + "')");
        }
        if (inputs == null || inputs.isEmpty()) {
            throw new JobSpecException("inputs: give at least one file or directory to read");
        }
        if (output == null || output.isBlank()) throw new JobSpecException("output must be a folder path");
        if (top < 1 || top > MAX_TOP) {
            throw new JobSpecException("top must be between 1 and " + MAX_TOP + " (got " + top + ")");
        }
        try {
            ArticleExtractor.requireAvailable(extractor);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new JobSpecException(e.getMessage());
        }
        inputs = List.copyOf(inputs);
        spark = java.util.Collections.unmodifiableMap(new TreeMap<>(spark));
    }

    /** Reads and validates the spec at {@code file}. */
    public static JobSpec load(Path file) {
        if (!Files.isRegularFile(file)) throw new JobSpecException("job spec not found: " + file);
        Object doc;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (IOException e) {
            throw new JobSpecException("cannot read job spec " + file + ": " + e.getMessage());
        } catch (YAMLException e) {
            throw new JobSpecException("job spec " + file + " is not valid YAML: " + e.getMessage());
        }
        String fileName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        try {
            return fromMap(doc, fileName);
        } catch (JobSpecException e) {
            throw new JobSpecException(file + ": " + e.getMessage());
        }
    }

    /** Builds a spec from parsed YAML; {@code defaultName} is used when it has no {@code name}. */
    static JobSpec fromMap(Object doc, String defaultName) {
        if (!(doc instanceof Map<?, ?> map)) {
            throw new JobSpecException("a job spec is a YAML mapping with keys " + new java.util.TreeSet<>(KEYS));
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new JobSpecException("unknown key '" + key + "'; known keys: " + new java.util.TreeSet<>(KEYS));
            }
        }
        String name = map.containsKey("name") ? string(map, "name") : defaultName;
        InputFormat format;
        try {
            format = map.containsKey("format") ? InputFormat.parse(string(map, "format")) : InputFormat.AUTO;
        } catch (IllegalArgumentException e) {
            throw new JobSpecException(e.getMessage());
        }
        PeriodUnit period;
        try {
            period = map.containsKey("period") ? PeriodUnit.parse(string(map, "period")) : PeriodUnit.MONTH;
        } catch (IllegalArgumentException e) {
            throw new JobSpecException(e.getMessage());
        }
        String output = map.containsKey("output") ? string(map, "output") : "reports/" + name;
        int top = map.containsKey("top") ? integer(map, "top") : 20;
        String extractor = map.containsKey("extractor") ? string(map, "extractor").toLowerCase(Locale.ROOT)
                : ArticleExtractor.DEFAULT_METHOD;
        return new JobSpec(name, inputs(map.get("inputs")), format, output, period, top, extractor,
                sparkSettings(map.get("spark")));
    }

    /** This spec with command-line overrides applied; null arguments keep the spec's value. */
    public JobSpec withOverrides(List<String> inputPaths, String outputDir, PeriodUnit periodUnit, Integer topN) {
        List<JobInput> in = inputPaths == null || inputPaths.isEmpty() ? inputs
                : inputPaths.stream().map(p -> new JobInput(p, false)).toList();
        return new JobSpec(name, in, format, outputDir == null ? output : outputDir,
                periodUnit == null ? period : periodUnit, topN == null ? top : topN, extractor, spark);
    }

    /** The spec as plain values, for the manifest. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        List<Object> in = new ArrayList<>();
        for (JobInput i : inputs) {
            in.add(i.optional() ? Map.of("path", i.path(), "optional", true) : i.path());
        }
        m.put("inputs", in);
        m.put("format", format.name().toLowerCase(Locale.ROOT));
        m.put("output", output);
        m.put("period", period.specName());
        m.put("top", top);
        m.put("extractor", extractor);
        m.put("spark", spark);
        return m;
    }

    private static List<JobInput> inputs(Object value) {
        if (value == null) throw new JobSpecException("inputs: give at least one file or directory to read");
        List<?> items = value instanceof List<?> l ? l : List.of(value);
        List<JobInput> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof String s && !s.isBlank()) {
                out.add(new JobInput(s, false));
            } else if (item instanceof Map<?, ?> m && m.get("path") instanceof String p && !p.isBlank()) {
                for (Object k : m.keySet()) {
                    if (!Set.of("path", "optional").contains(String.valueOf(k))) {
                        throw new JobSpecException("inputs: unknown key '" + k + "' (an input has 'path' and 'optional')");
                    }
                }
                Object opt = m.get("optional");
                if (opt != null && !(opt instanceof Boolean)) {
                    throw new JobSpecException("inputs: 'optional' of " + p + " must be true or false");
                }
                out.add(new JobInput(p, Boolean.TRUE.equals(opt)));
            } else {
                throw new JobSpecException("inputs: each entry is a path or {path: ..., optional: true} (got "
                        + item + ")");
            }
        }
        return out;
    }

    private static Map<String, String> sparkSettings(Object value) {
        Map<String, String> out = new TreeMap<>();
        if (value == null) return out;
        if (!(value instanceof Map<?, ?> m)) throw new JobSpecException("spark must be a mapping of Spark settings");
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!key.startsWith("spark.")) {
                throw new JobSpecException("spark: setting '" + key + "' must start with 'spark.'");
            }
            out.put(key, String.valueOf(e.getValue()));
        }
        return out;
    }

    private static String string(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v instanceof String s || v instanceof Number || v instanceof Boolean) return String.valueOf(v).strip();
        throw new JobSpecException(key + " must be a single value (got " + v + ")");
    }

    private static int integer(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v instanceof Integer i) return i;
        throw new JobSpecException(key + " must be a whole number (got '" + v + "')");
    }
}
