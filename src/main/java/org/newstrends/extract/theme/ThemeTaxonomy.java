package org.newstrends.extract.theme;

import org.newstrends.extract.text.Surface;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newstrends.extract.text.Token;
import org.newstrends.extract.text.Tokenizer;

/**
 * A theme taxonomy read from the project's line format (see {@code docs/themes.md}): themes with their
 * category, threshold and description, each followed by its weighted terms.
 *
 * <pre>
 * # comment
 * theme DIPLOMACY POLITICS 3 Relations between governments: talks, summits, envoys, treaties.
 * 3   bilateral talks
 * 2   diplomat
 * 1.5 negotiate* with
 * -2  trade union
 * </pre>
 *
 * <p>A term is one or more words matched as a token sequence, case-insensitively; a plain word also
 * matches its plural, a word marked {@code *} also its verb forms, a word marked {@code =} only itself
 * (see {@link Inflections}). Any fault fails the load with the file, line and problem.
 */
public final class ThemeTaxonomy {

    /** Name of the taxonomy shipped with the project, on the classpath. */
    public static final String RESOURCE = "/org/newstrends/lexicon/themes.txt";

    private static final Pattern THEME_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final double MAX_ABS_WEIGHT = 10.0;

    private final String source;
    private final List<ThemeDefinition> themes;
    private final List<ThemeTerm> terms;
    private final TermMatcher matcher;

    private ThemeTaxonomy(String source, List<ThemeDefinition> themes, List<ThemeTerm> terms) {
        this.source = source;
        this.themes = List.copyOf(themes);
        this.terms = List.copyOf(terms);
        this.matcher = new TermMatcher(this.terms, this.themes, source);
    }

    /** Where the taxonomy was read from, as error messages name it. */
    public String source() {
        return source;
    }

    /** The themes in file order. */
    public List<ThemeDefinition> themes() {
        return themes;
    }

    /** The terms of all themes in file order. */
    List<ThemeTerm> terms() {
        return terms;
    }

    /** The matcher over all terms, built (and checked for overlapping terms) at load. */
    TermMatcher matcher() {
        return matcher;
    }

    /** Loads the taxonomy shipped with the project. */
    public static ThemeTaxonomy fromResource() {
        InputStream in = ThemeTaxonomy.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("theme taxonomy resource missing: " + RESOURCE);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(reader, "themes.txt");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Loads a taxonomy file (UTF-8). */
    public static ThemeTaxonomy load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader, file.toString());
        }
    }

    /**
     * Reads a taxonomy from {@code reader}; {@code source} names it in error messages.
     *
     * @throws TaxonomyFormatException when a line is malformed, two terms of one theme match the same
     *     words, or the taxonomy is empty
     */
    public static ThemeTaxonomy load(Reader reader, String source) throws IOException {
        Parser parser = new Parser(source);
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            parser.line(line, number);
        }
        return parser.finish();
    }

    private static final class Parser {
        private final String source;
        private final List<ThemeDefinition> themes = new ArrayList<>();
        private final List<ThemeTerm> terms = new ArrayList<>();
        private final Map<String, Integer> themeLines = new HashMap<>();
        private final Map<String, Integer> termLinesOfTheme = new HashMap<>();
        private int themeLine;
        private boolean positiveTermSeen;

        Parser(String source) {
            this.source = source;
        }

        void line(String raw, int number) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) return;
            String[] fields = line.split("\\s+", 2);
            if (fields[0].equals("theme")) {
                theme(fields.length > 1 ? fields[1] : "", number);
            } else {
                term(fields[0], fields.length > 1 ? fields[1].strip() : "", number);
            }
        }

        private void theme(String rest, int number) {
            closeTheme();
            String[] f = rest.split("\\s+", 4);
            if (f.length < 4) {
                throw fault(number, "a theme line needs: theme CODE CATEGORY THRESHOLD DESCRIPTION");
            }
            String code = f[0];
            if (!THEME_CODE.matcher(code).matches()) {
                throw fault(number, "bad theme code '" + code + "' (upper-case letters, digits and _)");
            }
            Integer earlier = themeLines.putIfAbsent(code, number);
            if (earlier != null) throw fault(number, "theme " + code + " already defined on line " + earlier);
            ThemeCategory category;
            try {
                category = ThemeCategory.valueOf(f[1]);
            } catch (IllegalArgumentException e) {
                throw fault(number, "unknown category '" + f[1] + "' (expected one of "
                        + Arrays.toString(ThemeCategory.values()) + ")");
            }
            double threshold = number(f[2], number, "threshold");
            if (threshold <= 0) throw fault(number, "threshold must be positive, got " + f[2]);
            themes.add(new ThemeDefinition(code, category, threshold, f[3].strip()));
            themeLine = number;
            positiveTermSeen = false;
            termLinesOfTheme.clear();
        }

        private void term(String weightText, String text, int number) {
            if (themes.isEmpty()) throw fault(number, "term before the first theme line");
            double weight = number(weightText, number, "weight");
            if (weight == 0 || Math.abs(weight) > MAX_ABS_WEIGHT) {
                throw fault(number, "weight must be non-zero and within ±" + MAX_ABS_WEIGHT + ", got " + weightText);
            }
            if (text.isEmpty()) throw fault(number, "weight without a term");
            List<List<String>> wordForms = new ArrayList<>();
            StringBuilder written = new StringBuilder();
            List<Token> tokens = Tokenizer.tokenize(text);
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                char marker = ' ';
                if (i + 1 < tokens.size() && isMarker(tokens.get(i + 1)) && tokens.get(i + 1).start() == token.end()) {
                    marker = tokens.get(i + 1).text().charAt(0);
                }
                if (isMarker(token)) {
                    throw fault(number, "marker '" + token.text() + "' must follow a word directly in '" + text + "'");
                }
                String word = Surface.withoutPossessive(Surface.lowerKey(token.text()));
                wordForms.add(Inflections.forms(word, marker));
                if (written.length() > 0) written.append(' ');
                written.append(word);
                if (marker != ' ') i++;
            }
            String key = wordForms.toString();
            Integer earlier = termLinesOfTheme.putIfAbsent(key, number);
            if (earlier != null) {
                throw fault(number, "term '" + written + "' already listed for " + currentCode() + " on line " + earlier);
            }
            if (weight > 0) positiveTermSeen = true;
            terms.add(new ThemeTerm(themes.size() - 1, weight, written.toString(), List.copyOf(wordForms), number));
        }

        private static boolean isMarker(Token token) {
            return token.text().equals("*") || token.text().equals("=");
        }

        private void closeTheme() {
            if (!themes.isEmpty() && !positiveTermSeen) {
                throw fault(themeLine, "theme " + currentCode() + " has no term with a positive weight");
            }
        }

        ThemeTaxonomy finish() {
            if (themes.isEmpty()) throw new TaxonomyFormatException(source, "no theme defined");
            closeTheme();
            return new ThemeTaxonomy(source, themes, terms);
        }

        private String currentCode() {
            return themes.get(themes.size() - 1).code();
        }

        private double number(String text, int line, String what) {
            if (!NUMBER.matcher(text).matches()) {
                throw fault(line, "bad " + what + " '" + text + "' (a number such as 2 or -1.5 is expected)");
            }
            return Double.parseDouble(text);
        }

        private TaxonomyFormatException fault(int line, String problem) {
            return new TaxonomyFormatException(source, line, problem);
        }
    }
}
