package org.newstrends.extract.theme;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newstrends.extract.lexicon.LexiconFiles;
import org.newstrends.extract.lexicon.LexiconFormatException;
import org.newstrends.extract.lexicon.LexiconTable;

/**
 * Feature weights learned from labelled news ({@code train-themes}), read from and written to
 * {@value #FILE}: {@code kind<TAB>theme<TAB>key<TAB>weight} lines, where kind is {@code term} (key: the term
 * as {@code themes.txt} writes it, markers removed) or an actor cue kind. A listed weight replaces the curated one;
 * a feature not listed keeps its curated weight.
 */
public final class LearnedThemeWeights {

    /** Name of the learned weights shipped with the project, in {@link LexiconFiles#RESOURCE_DIR} on the class path. */
    public static final String FILE = "theme-weights.tsv";

    private static final int SHAPE_COLUMNS = 4;
    private static final String SHAPE = "kind<TAB>theme<TAB>key<TAB>weight";

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** One learned weight, with the line it came from. */
    private record Entry(String key, double weight, int line) { }

    private final String source;
    private final List<Entry> entries;

    private LearnedThemeWeights(String source, List<Entry> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    /** The learned weights shipped with the project. */
    public static LearnedThemeWeights fromResource() {
        return of(FILE, LexiconTable.resource(FILE, 0));
    }

    /**
     * Reads learned weights ({@code #} comments allowed).
     *
     * @throws TaxonomyFormatException naming {@code source} and the line of a malformed weight
     * @throws LexiconFormatException naming {@code source} and the line of a row of another width
     */
    public static LearnedThemeWeights read(Reader reader, String source) throws IOException {
        return of(source, LexiconTable.parse(source, reader, 0));
    }

    private static LearnedThemeWeights of(String source, List<LexiconTable.Row> rows) {
        List<Entry> entries = new ArrayList<>();
        for (LexiconTable.Row row : LexiconTable.exactly(rows, SHAPE_COLUMNS, SHAPE)) {
            int line = (int) row.line();
            if (!NUMBER.matcher(row.get(3)).matches()) {
                throw new TaxonomyFormatException(source, line, "bad weight '" + row.get(3) + "'");
            }
            entries.add(new Entry(ThemeModel.featureKey(row.get(0), row.get(1), row.get(2)), Double.parseDouble(row.get(3)),
                    line));
        }
        return new LearnedThemeWeights(source, entries);
    }

    /**
     * {@code model} with these weights in place of the curated ones.
     *
     * @throws TaxonomyFormatException when a line names a feature the model does not have (the weights were learned
     *     for another taxonomy: retrain them)
     */
    public ThemeModel applyTo(ThemeModel model) {
        double[] weights = model.weights();
        for (Entry entry : entries) {
            int f = model.feature(entry.key());
            if (f < 0) {
                throw new TaxonomyFormatException(source, entry.line(), "no such term or cue '"
                        + entry.key().replace('\t', ' ') + "' (learned for another taxonomy? rerun train-themes)");
            }
            weights[f] = entry.weight();
        }
        return model.withWeights(weights);
    }

    /** How many weights are listed. */
    public int size() {
        return entries.size();
    }

    /**
     * Writes the weights of {@code model} that differ from the curated ones by at least {@code minChange}, after the
     * comment lines {@code header}, in feature order with 3 decimals.
     */
    public static void write(ThemeModel model, double minChange, List<String> header, Writer out) throws IOException {
        for (String line : header) out.write("# " + line + "\n");
        for (int f = 0; f < model.features(); f++) {
            double w = Math.round(model.weight(f) * 1000.0) / 1000.0;
            if (Math.abs(w - model.curatedWeight(f)) < minChange) continue;
            out.write(model.key(f) + '\t' + String.format(Locale.ROOT, "%.3f", w) + '\n');
        }
    }
}
