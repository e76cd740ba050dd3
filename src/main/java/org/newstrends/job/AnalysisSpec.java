package org.newstrends.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newstrends.aggregate.AliasTable;
import org.newstrends.aggregate.DateRange;
import org.newstrends.aggregate.Duplicates;
import org.newstrends.aggregate.WatchQuery;

/**
 * The analysis keys of a job spec (DESIGN.md, "Job spec keys for analysis"), validated:
 *
 * <pre>
 * from: 2024-01-01              # optional date range, both ends inclusive
 * to: 2024-12-31
 * dedup:
 *   threshold: 0.8              # near-copy Jaccard similarity; "dedup: off" disables duplicate detection
 * aliases: config/aliases.csv   # kind,alias,canonical[,type,country]
 * watch:
 *   - name: Gaza war
 *     any: [Gaza, Hamas, '"ceasefire talks"']
 * trends:
 *   window: 1                   # periods in the current window
 *   min_articles: 5             # least support for a trend, a spike or a co-occurring pair
 * </pre>
 *
 * @param range the date range counted ({@link DateRange#ALL} when neither {@code from} nor {@code to} is given)
 * @param dedupThreshold the near-copy threshold, or null when {@code dedup: off}
 * @param aliasesPath the aliases file as written in the spec, or null
 * @param aliases the aliases table read from it ({@link AliasTable#EMPTY} without one)
 * @param watch the watch queries, in spec order
 * @param trendWindow periods per trends window
 * @param minArticles least support for trends, spikes and co-occurrence
 */
public record AnalysisSpec(DateRange range, Double dedupThreshold, String aliasesPath, AliasTable aliases,
                           List<WatchQuery> watch, int trendWindow, int minArticles) {
    /** The keys this class reads (JobSpec accepts them besides its own). */
    public static final Set<String> KEYS = Set.of("from", "to", "dedup", "aliases", "watch", "trends");
    /** The defaults: no range, dedup at 0.8, no aliases, no watch queries, window 1, support 5. */
    public static final AnalysisSpec DEFAULT = new AnalysisSpec(DateRange.ALL, Duplicates.DEFAULT_THRESHOLD, null,
            AliasTable.EMPTY, List.of(), 1, 5);

    /** Checks the values. */
    public AnalysisSpec {
        watch = List.copyOf(watch);
        if (trendWindow < 1) throw new JobSpecException("trends: window must be a whole number of at least 1 (got " + trendWindow + ")");
        if (minArticles < 1) throw new JobSpecException("trends: min_articles must be a whole number of at least 1 (got " + minArticles + ")");
    }

    /** True when duplicate detection runs. */
    public boolean dedup() {
        return dedupThreshold != null;
    }

    /**
     * Reads the analysis keys of a parsed job spec {@code doc} (other keys are left to JobSpec); relative alias
     * paths are read from the current directory. Throws {@link JobSpecException} saying what to fix.
     */
    public static AnalysisSpec fromMap(Map<?, ?> doc) {
        LocalDate from = date(doc, "from");
        LocalDate to = date(doc, "to");
        DateRange range;
        try {
            range = new DateRange(from, to);
        } catch (IllegalArgumentException e) {
            throw new JobSpecException(e.getMessage());
        }
        String aliasesPath = null;
        AliasTable aliases = AliasTable.EMPTY;
        if (doc.get("aliases") != null) {
            if (!(doc.get("aliases") instanceof String s) || s.isBlank()) {
                throw new JobSpecException("aliases must be the path of a CSV file (kind,alias,canonical[,type,country])");
            }
            aliasesPath = s.strip();
            try {
                aliases = AliasTable.load(Path.of(aliasesPath));
            } catch (IllegalArgumentException e) {
                throw new JobSpecException(e.getMessage());
            }
        }
        Map<?, ?> trends = mapping(doc, "trends", Set.of("window", "min_articles"));
        return new AnalysisSpec(range, dedup(doc.get("dedup")), aliasesPath, aliases, watch(doc.get("watch")),
                whole(trends, "window", 1), whole(trends, "min_articles", 5));
    }

    /** The analysis keys as plain values, for the manifest. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (range.from() != null) m.put("from", range.from().toString());
        if (range.to() != null) m.put("to", range.to().toString());
        m.put("dedup", dedup() ? Map.of("threshold", dedupThreshold) : "off");
        if (aliasesPath != null) m.put("aliases", aliasesPath);
        List<Object> queries = new ArrayList<>();
        for (WatchQuery q : watch) {
            List<String> terms = new ArrayList<>(q.entities());
            for (String p : q.phrases()) terms.add('"' + p + '"');
            queries.add(Map.of("name", q.name(), "any", terms));
        }
        m.put("watch", queries);
        m.put("trends", Map.of("window", trendWindow, "min_articles", minArticles));
        return m;
    }

    private static LocalDate date(Map<?, ?> doc, String key) {
        Object v = doc.get(key);
        if (v == null) return null;
        if (v instanceof java.util.Date d) return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        try {
            return LocalDate.parse(String.valueOf(v).strip());
        } catch (DateTimeParseException e) {
            throw new JobSpecException(key + " must be a date YYYY-MM-DD (got '" + v + "')");
        }
    }

    private static Double dedup(Object v) {
        if (v == null) return Duplicates.DEFAULT_THRESHOLD;
        if (Boolean.FALSE.equals(v) || "off".equals(v)) return null;
        if (!(v instanceof Map<?, ?> m)) {
            throw new JobSpecException("dedup must be 'off' or a mapping such as {threshold: 0.8} (got '" + v + "')");
        }
        for (Object k : m.keySet()) {
            if (!"threshold".equals(String.valueOf(k))) {
                throw new JobSpecException("dedup: unknown key '" + k + "' (dedup has 'threshold')");
            }
        }
        Object t = m.get("threshold");
        if (t == null) return Duplicates.DEFAULT_THRESHOLD;
        if (!(t instanceof Number n) || !(n.doubleValue() > 0 && n.doubleValue() <= 1)) {
            throw new JobSpecException("dedup: threshold must be a number above 0 and at most 1, e.g. 0.8 (got '" + t + "')");
        }
        return n.doubleValue();
    }

    private static List<WatchQuery> watch(Object v) {
        if (v == null) return List.of();
        if (!(v instanceof List<?> items)) {
            throw new JobSpecException("watch must be a list of queries such as - {name: Gaza war, any: [Gaza, Hamas]}");
        }
        List<WatchQuery> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> m)) {
                throw new JobSpecException("watch: each query is a mapping with 'name' and 'any' (got '" + item + "')");
            }
            for (Object k : m.keySet()) {
                if (!Set.of("name", "any").contains(String.valueOf(k))) {
                    throw new JobSpecException("watch: unknown key '" + k + "' (a query has 'name' and 'any')");
                }
            }
            Object name = m.get("name");
            if (!(name instanceof String s) || s.isBlank()) throw new JobSpecException("watch: every query needs a 'name'");
            Object any = m.get("any");
            List<?> terms = any instanceof List<?> l ? l : any == null ? List.of() : List.of(any);
            List<String> texts = new ArrayList<>();
            for (Object t : terms) {
                if (!(t instanceof String || t instanceof Number)) {
                    throw new JobSpecException("watch: query '" + s + "' has a term that is not text: " + t);
                }
                texts.add(String.valueOf(t));
            }
            if (!names.add(s.strip())) throw new JobSpecException("watch: two queries are named '" + s.strip() + "'; rename one");
            try {
                out.add(WatchQuery.of(s, texts));
            } catch (IllegalArgumentException e) {
                throw new JobSpecException(e.getMessage());
            }
        }
        return out;
    }

    private static Map<?, ?> mapping(Map<?, ?> doc, String key, Set<String> known) {
        Object v = doc.get(key);
        if (v == null) return Map.of();
        if (!(v instanceof Map<?, ?> m)) throw new JobSpecException(key + " must be a mapping with keys " + new java.util.TreeSet<>(known));
        for (Object k : m.keySet()) {
            if (!known.contains(String.valueOf(k))) {
                throw new JobSpecException(key + ": unknown key '" + k + "'; known keys: " + new java.util.TreeSet<>(known));
            }
        }
        return m;
    }

    private static int whole(Map<?, ?> m, String key, int fallback) {
        Object v = m.get(key);
        if (v == null) return fallback;
        if (v instanceof Integer i) return i;
        throw new JobSpecException("trends: " + key + " must be a whole number (got '" + v + "')");
    }
}
