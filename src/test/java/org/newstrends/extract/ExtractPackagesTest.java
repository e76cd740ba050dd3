package org.newstrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the extraction code: the package graph derived from the compiled classes (every class a class file
 * names in its constant pool) has no cycle among the {@code extract} packages, and no main source file is longer
 * than {@value #MAX_LINES} lines.
 */
class ExtractPackagesTest {

    private static final int MAX_LINES = 600;
    private static final String ROOT = "org/newstrends/extract";
    private static final Pattern CLASS_NAME = Pattern.compile("(org/newstrends/extract(?:/[a-z0-9_]+)*)/[A-Z][\\w$]*");

    @Test
    void theExtractPackagesDependOnEachOtherWithoutACycle() throws IOException, URISyntaxException {
        Map<String, Set<String>> graph = packageGraph();
        assertTrue(graph.keySet().containsAll(Set.of("extract", "extract.text", "extract.actor", "extract.location",
                "extract.lexicon", "extract.tagger", "extract.theme", "extract.eval", "extract.train")), graph.toString());
        assertTrue(graph.get("extract").contains("extract.actor"), "the graph sees dependencies: " + graph);
        assertEquals(List.of(), cycle(graph), "a package cycle; the graph is " + graph);
    }

    @Test
    void theSharedTextTypesAreALeafAndTrainingAndEvaluationAreOnTop() throws IOException, URISyntaxException {
        Map<String, Set<String>> graph = packageGraph();
        assertEquals(Set.of(), graph.get("extract.text"), "extract.text depends on no other extract package");
        for (String runtime : List.of("extract", "extract.actor", "extract.location", "extract.lexicon", "extract.tagger",
                "extract.theme")) {
            Set<String> uses = graph.get(runtime);
            assertTrue(!uses.contains("extract.eval") && !uses.contains("extract.train"), runtime + " uses " + uses);
        }
    }

    @Test
    void noMainSourceFileIsLongerThanTheLimit() throws IOException {
        Path main = Path.of("src/main/java");
        assertTrue(Files.isDirectory(main), "run from the project root");
        List<String> long_ = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines;
                try (Stream<String> s = Files.lines(f)) {
                    lines = s.count();
                }
                if (lines > MAX_LINES) long_.add(main.relativize(f) + " (" + lines + " lines)");
            }
        }
        assertEquals(List.of(), long_, "main source files over " + MAX_LINES + " lines");
    }

    /** Package (relative to {@code org.newstrends}) to the other extract packages its classes name. */
    private static Map<String, Set<String>> packageGraph() throws IOException, URISyntaxException {
        Path classes = Path.of(ArticleExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = classes.resolve(ROOT);
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String from = name(classes.relativize(f.getParent()).toString().replace('\\', '/'));
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                try (InputStream in = Files.newInputStream(f)) {
                    for (String s : constantStrings(in)) {
                        Matcher m = CLASS_NAME.matcher(s);
                        while (m.find()) {
                            String target = name(m.group(1));
                            if (!target.equals(from)) to.add(target);
                        }
                    }
                }
            }
        }
        return graph;
    }

    private static String name(String path) {
        return path.replace('/', '.').substring("org.newstrends.".length());
    }

    /** The UTF-8 constants of a class file: class names, descriptors and signatures among them. */
    private static List<String> constantStrings(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        List<String> out = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> out.add(in.readUTF());
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                default -> throw new IOException("unknown constant tag " + tag);
            }
        }
        return out;
    }

    /** One cycle of the graph as the packages along it, or an empty list when there is none. */
    private static List<String> cycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new TreeMap<>();
        for (String start : graph.keySet()) {
            Deque<String> path = new ArrayDeque<>();
            List<String> found = visit(start, graph, state, path);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state,
                                      Deque<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) return List.of();
        if (s != null && s == 1) {
            List<String> loop = new ArrayList<>();
            boolean in = false;
            for (var it = path.descendingIterator(); it.hasNext(); ) {
                String p = it.next();
                if (p.equals(node)) in = true;
                if (in) loop.add(p);
            }
            loop.add(node);
            return loop;
        }
        state.put(node, 1);
        path.push(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            List<String> found = visit(next, graph, state, path);
            if (!found.isEmpty()) return found;
        }
        path.pop();
        state.put(node, 2);
        return List.of();
    }
}
