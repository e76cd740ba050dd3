package org.newstrends.extract.theme;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newstrends.extract.lexicon.LexiconFiles;
import org.newstrends.extract.lexicon.LexiconFormatException;
import org.newstrends.extract.lexicon.LexiconTable;

/**
 * Organisations and people as evidence of themes, read from {@value #FILE}: an organisation by its canonical
 * name ("Labour Party" is party politics), by the last word of its name ("... FC" is football) or by a word in it
 * ("Football Association"), and a person by a stated role ("Prime Minister", "striker"). Each line gives the theme
 * the actor is evidence of and the weight it adds, as a term of {@code themes.txt} would.
 */
public final class ActorThemeCues {

    /** Name of the cue resource shipped with the project, in {@link LexiconFiles#RESOURCE_DIR} on the class path. */
    public static final String FILE = "theme-actors.tsv";

    private static final int SHAPE_COLUMNS = 4;
    private static final String SHAPE = "kind<TAB>key<TAB>theme<TAB>weight";

    /** What a cue's key is compared with. */
    public enum Kind {
        /** The canonical name of an organisation mention. */
        ORGANIZATION("organization"),
        /** The last word of an organisation's name, when no {@link #ORGANIZATION} cue names it. */
        ORG_HEAD("org-head"),
        /** Any word of an organisation's name, when no {@link #ORGANIZATION} cue names it. */
        ORG_WORD("org-word"),
        /** A role stated for the person in the article. */
        ROLE("role");

        private final String written;

        Kind(String written) {
            this.written = written;
        }

        /** The kind as the resource writes it. */
        public String written() {
            return written;
        }

        static Kind parse(String text) {
            for (Kind kind : values()) {
                if (kind.written.equals(text)) return kind;
            }
            return null;
        }
    }

    /**
     * One cue.
     *
     * @param kind what {@code key} is compared with
     * @param key the name, word or role, as written (case-sensitive)
     * @param theme the theme code it is evidence of
     * @param weight what one mention adds to the theme's score
     * @param line the line of the resource
     */
    public record Cue(Kind kind, String key, String theme, double weight, int line) { }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final List<Cue> cues;

    private ActorThemeCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    /** The cues shipped with the project. */
    public static ActorThemeCues fromResource() {
        return of(LexiconTable.resource(FILE, 0));
    }

    /** No cues: themes from terms alone. */
    public static ActorThemeCues none() {
        return new ActorThemeCues(List.of());
    }

    /**
     * Reads {@code kind<TAB>key<TAB>theme<TAB>weight} lines ({@code #} comments allowed).
     *
     * @throws TaxonomyFormatException naming {@code source} and the line of a malformed or repeated cue
     * @throws LexiconFormatException naming {@code source} and the line of a row of another width
     */
    public static ActorThemeCues read(Reader reader, String source) throws IOException {
        return of(LexiconTable.parse(source, reader, 0));
    }

    private static ActorThemeCues of(List<LexiconTable.Row> rows) {
        List<Cue> cues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LexiconTable.Row row : LexiconTable.exactly(rows, SHAPE_COLUMNS, SHAPE)) {
            String source = row.source();
            int line = (int) row.line();
            Kind kind = Kind.parse(row.get(0));
            if (kind == null) {
                throw new TaxonomyFormatException(source, line, "unknown kind '" + row.get(0)
                        + "' (organization, org-head, org-word or role)");
            }
            if (row.get(1).isEmpty()) throw new TaxonomyFormatException(source, line, "empty key");
            if (!NUMBER.matcher(row.get(3)).matches() || Double.parseDouble(row.get(3)) == 0) {
                throw new TaxonomyFormatException(source, line, "bad weight '" + row.get(3) + "' (a non-zero number)");
            }
            if (!seen.add(row.get(0) + '\t' + row.get(1) + '\t' + row.get(2))) {
                throw new TaxonomyFormatException(source, line, row.get(0) + " '" + row.get(1) + "' listed twice for "
                        + row.get(2));
            }
            cues.add(new Cue(kind, row.get(1), row.get(2), Double.parseDouble(row.get(3)), line));
        }
        return new ActorThemeCues(cues);
    }

    /** Every cue in file order. */
    public List<Cue> cues() {
        return cues;
    }
}
