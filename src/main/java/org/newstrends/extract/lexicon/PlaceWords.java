package org.newstrends.extract.lexicon;

import org.newstrends.extract.text.Surface;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Place names that are also something else: common English words ("Nice", "Mobile", "Reading"),
 * first names ("Chad", "Austin", "Florence") or words never meant as a place ("March", "Police").
 * Hand-curated in {@code place-words.tsv} ({@code surface<TAB>word|name|never}); the recogniser reads
 * such a name as a place only when the context says so.
 */
public final class PlaceWords {

    /** Why a place name is doubtful. */
    public enum Kind {
        /** A common English word: a place only with clear context ("in Nice", "Nice, France"). */
        WORD,
        /** A first name: a place only with context ("in Chad", "Chad's government"). */
        NAME,
        /** Never read as a place. */
        NEVER
    }

    private final Map<String, Kind> kinds;

    /** A list from a map of surface (any case) to kind. */
    public PlaceWords(Map<String, Kind> kinds) {
        this.kinds = new HashMap<>();
        kinds.forEach((k, v) -> this.kinds.put(Surface.lowerKey(k), v));
    }

    /** The list of this JVM, loaded on first use. */
    public static PlaceWords shared() {
        return Holder.INSTANCE;
    }

    /** The kind of doubt about {@code surface} (case ignored), or null when it is a plain place name. */
    public Kind kind(String surface) {
        return surface == null ? null : kinds.get(Surface.lowerKey(surface));
    }

    /** Reads a place-words file ({@code surface<TAB>word|name|never}) from {@code in}, closing it. */
    static PlaceWords load(InputStream in) throws IOException {
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return of(LexiconTable.parse(LexiconFiles.AMBIGUOUS, reader, 2));
        }
    }

    private static PlaceWords of(List<LexiconTable.Row> rows) {
        Map<String, Kind> kinds = new HashMap<>();
        for (LexiconTable.Row row : rows) kinds.put(row.get(0), row.constant(1, Kind.class));
        return new PlaceWords(kinds);
    }

    private static final class Holder {
        static final PlaceWords INSTANCE = of(LexiconTable.resource(LexiconFiles.AMBIGUOUS, 2));
    }
}
