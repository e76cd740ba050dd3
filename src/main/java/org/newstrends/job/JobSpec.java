package org.newstrends.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
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
import org.newstrends.ingest.ReadOptions;
import org.newstrends.report.ChartSize;
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
 * inputs:                     # files or folders (walked recursively; .gz read transparently)
 *   - data/sample
 *   - path: exports/stories.csv
 *     format: csv             # default: the spec's format
 *     fields: {text: [content, body], date: published}
 *     date_format: "d/M/yyyy"
 *     optional: true          # skipped with a warning when missing
 * format: auto                # auto | seed | jsonl | json | csv | tsv | parquet
 * timezone: UTC               # optional: the zone timestamps count in (default: as written)
 * max_article_chars: 1000000  # longer records are rejects
 * output: reports/sample      # default: reports/NAME
 * period: month               # day | week | month | quarter | year
 * top: 20                     # entities per kind in top lists, pivots and charts
 * extractor: tagger           # tagger (default) | rules | corenlp (needs a jar built with mvn -Pcorenlp package)
 * charts: {width: 1600, height: 900}  # optional: PNG size in pixels (default 1600 x 900)
 * spark:                      # optional Spark settings, e.g. spark.sql.shuffle.partitions: 8
 * mentions_store: .newstrends/mentions  # optional: keep extracted mentions there and reuse them on a re-run
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
 * @param timezone the zone timestamps are counted in, or null to count them on the date as written
 * @param maxArticleChars the longest record accepted, in characters
 * @param analysis the analysis keys: date range, dedup, aliases, watch queries, trends
 * @param mentionsStore the folder (local or a Hadoop URI) of the mentions store, or null to extract every run
 * @param charts the size of the report's PNG charts
 */
public record JobSpec(String name, List<JobInput> inputs, InputFormat format, String output, PeriodUnit period,
                      int top, String extractor, Map<String, String> spark, ZoneId timezone, int maxArticleChars,
                      AnalysisSpec analysis, String mentionsStore, ChartSize charts) {

    /** The extraction methods a spec may name: rules, tagger, corenlp. */
    public static final List<String> EXTRACTORS = ArticleExtractor.METHODS;
    /** The largest {@code top} accepted: pivots get one column per entity. */
    public static final int MAX_TOP = 500;

    private static final Set<String> KEYS = Set.of("name", "inputs", "format", "output", "period", "top",
            "extractor", "spark", "timezone", "max_article_chars", "mentions_store", "charts");

    /** Checks the fields; throws {@link JobSpecException} naming the field and what to fix. */
    public JobSpec {
        if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9._-]+")) {
            throw new JobSpecException("name must be letters, digits, '.', '_' or '-' (got '" + name + "')");
        }
        if (inputs == null || inputs.isEmpty()) {
            throw new JobSpecException("inputs: give at least one file or directory to read");
        }
        if (output == null || output.isBlank()) throw new JobSpecException("output must be a folder path");
        if (format == null) format = InputFormat.AUTO;
        if (maxArticleChars < 1) {
            throw new JobSpecException("max_article_chars must be a positive number of characters (got "
                    + maxArticleChars + ")");
        }
        if (top < 1 || top > MAX_TOP) {
            throw new JobSpecException("top must be between 1 and " + MAX_TOP + " (got " + top + ")");
        }
        try {
            ArticleExtractor.requireAvailable(extractor);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new JobSpecException(e.getMessage());
        }
        if (mentionsStore != null && mentionsStore.isBlank()) {
            throw new JobSpecException("mentions_store must be a folder path (or leave the key out)");
        }
        if (analysis == null) analysis = AnalysisSpec.DEFAULT;
        inputs = List.copyOf(inputs);
        spark = java.util.Collections.unmodifiableMap(new TreeMap<>(spark));
        if (charts == null) charts = ChartSize.DEFAULT;
    }

    /** A spec whose charts have the default size. */
    public JobSpec(String name, List<JobInput> inputs, InputFormat format, String output, PeriodUnit period, int top,
                   String extractor, Map<String, String> spark, ZoneId timezone, int maxArticleChars) {
        this(name, inputs, format, output, period, top, extractor, spark, timezone, maxArticleChars,
                AnalysisSpec.DEFAULT, null, null);
    }

    /** A spec that counts timestamps as written and accepts records up to the default length. */
    public JobSpec(String name, List<JobInput> inputs, InputFormat format, String output, PeriodUnit period, int top,
                   String extractor, Map<String, String> spark) {
        this(name, inputs, format, output, period, top, extractor, spark, null, ReadOptions.DEFAULT_MAX_ARTICLE_CHARS,
                AnalysisSpec.DEFAULT, null, null);
    }

    /** A spec with the analysis keys {@code analysis} and no mentions store. */
    public JobSpec(String name, List<JobInput> inputs, InputFormat format, String output, PeriodUnit period, int top,
                   String extractor, Map<String, String> spark, ZoneId timezone, int maxArticleChars,
                   AnalysisSpec analysis) {
        this(name, inputs, format, output, period, top, extractor, spark, timezone, maxArticleChars, analysis, null,
                null);
    }

    /** A spec with the analysis keys {@code analysis} and the mentions store {@code mentionsStore}. */
    public JobSpec(String name, List<JobInput> inputs, InputFormat format, String output, PeriodUnit period, int top,
                   String extractor, Map<String, String> spark, ZoneId timezone, int maxArticleChars,
                   AnalysisSpec analysis, String mentionsStore) {
        this(name, inputs, format, output, period, top, extractor, spark, timezone, maxArticleChars, analysis,
                mentionsStore, null);
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
            if (!KEYS.contains(String.valueOf(key)) && !AnalysisSpec.KEYS.contains(String.valueOf(key))) {
                throw new JobSpecException("unknown key '" + key + "'; known keys: " + knownKeys());
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
        ZoneId timezone = map.containsKey("timezone") ? timezone(string(map, "timezone")) : null;
        int maxChars = map.containsKey("max_article_chars") ? positive(map, "max_article_chars")
                : ReadOptions.DEFAULT_MAX_ARTICLE_CHARS;
        String store = map.containsKey("mentions_store") ? string(map, "mentions_store") : null;
        return new JobSpec(name, JobInputs.parse(map.get("inputs")), format, output, period, top, extractor,
                sparkSettings(map.get("spark")), timezone, maxChars, AnalysisSpec.fromMap(map), store,
                chartSize(map.get("charts")));
    }

    /** How {@code input} is read: its own format (or the spec's), fields and date pattern, the job's zone and limit. */
    public ReadOptions readOptions(JobInput input) {
        return new ReadOptions(input.format() == null ? format : input.format(), input.fields(), input.dateFormat(),
                timezone, maxArticleChars);
    }

    /**
     * This spec with command-line overrides applied; null arguments keep the spec's value. Input paths replace the
     * spec's inputs and are read with format {@code auto} and auto-detected fields.
     */
    public JobSpec withOverrides(List<String> inputPaths, String outputDir, PeriodUnit periodUnit, Integer topN) {
        List<JobInput> in = inputPaths == null || inputPaths.isEmpty() ? inputs
                : inputPaths.stream().map(p -> new JobInput(p, InputFormat.AUTO, null, null, false)).toList();
        return new JobSpec(name, in, format, outputDir == null ? output : outputDir,
                periodUnit == null ? period : periodUnit, topN == null ? top : topN, extractor, spark, timezone,
                maxArticleChars, analysis, mentionsStore, charts);
    }

    /** The spec as plain values, for the manifest. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        List<Object> in = new ArrayList<>();
        for (JobInput i : inputs) in.add(i.describe());
        m.put("inputs", in);
        m.put("format", format.name().toLowerCase(Locale.ROOT));
        m.put("output", output);
        m.put("period", period.specName());
        m.put("top", top);
        m.put("extractor", extractor);
        m.put("spark", spark);
        if (timezone != null) m.put("timezone", timezone.getId());
        m.put("max_article_chars", maxArticleChars);
        m.putAll(analysis.describe());
        if (mentionsStore != null) m.put("mentions_store", mentionsStore);
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("width", charts.width());
        size.put("height", charts.height());
        m.put("charts", size);
        return m;
    }

    private static java.util.SortedSet<String> knownKeys() {
        java.util.SortedSet<String> all = new java.util.TreeSet<>(KEYS);
        all.addAll(AnalysisSpec.KEYS);
        return all;
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

    private static ChartSize chartSize(Object value) {
        if (value == null) return ChartSize.DEFAULT;
        String usage = "charts must be a mapping {width: W, height: H} in pixels, each from " + ChartSize.MIN + " to "
                + ChartSize.MAX;
        if (!(value instanceof Map<?, ?> m)) throw new JobSpecException(usage + " (got " + value + ")");
        for (Object key : m.keySet()) {
            if (!"width".equals(key) && !"height".equals(key)) {
                throw new JobSpecException("charts: unknown key '" + key + "'; " + usage);
            }
        }
        Object width = m.containsKey("width") ? m.get("width") : ChartSize.DEFAULT.width();
        Object height = m.containsKey("height") ? m.get("height") : ChartSize.DEFAULT.height();
        if (!(width instanceof Integer w) || !(height instanceof Integer h)) {
            throw new JobSpecException(usage + " (got width " + width + ", height " + height + ")");
        }
        try {
            return new ChartSize(w, h);
        } catch (IllegalArgumentException e) {
            throw new JobSpecException("charts: " + e.getMessage());
        }
    }

    private static String string(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v instanceof String s || v instanceof Number || v instanceof Boolean) return String.valueOf(v).strip();
        throw new JobSpecException(key + " must be a single value (got " + v + ")");
    }

    private static ZoneId timezone(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new JobSpecException("timezone '" + value + "' is not a time zone; give a region such as"
                    + " Europe/Paris, UTC, or an offset in quotes such as \"+02:00\"");
        }
    }

    private static int positive(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v instanceof Integer i && i > 0) return i;
        throw new JobSpecException(key + " must be a whole number from 1 to " + Integer.MAX_VALUE + " (got '" + v
                + "')");
    }

    private static int integer(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v instanceof Integer i) return i;
        throw new JobSpecException(key + " must be a whole number (got '" + v + "')");
    }
}
