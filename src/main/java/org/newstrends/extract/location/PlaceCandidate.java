package org.newstrends.extract.location;

import java.util.List;
import org.newstrends.extract.lexicon.Gazetteer;
import org.newstrends.extract.lexicon.PlaceWords;

/** A gazetteer match (of a text's tokens or of a tagger's span) before the decision whether and how it counts. */
final class PlaceCandidate {
    final int fieldIndex;
    final int start;
    final int end;
    final String surface;
    final List<Gazetteer.Entry> entries;
    final int tokenIndex;
    final int tokenCount;
    final boolean sentenceStart;
    final boolean possessive;
    boolean hyphenPart;
    /** A tagger's LOC span (not a MISC demonym). */
    boolean taggedPlace;
    boolean smallCity;
    PlaceWords.Kind doubt;
    boolean accepted;

    PlaceCandidate(int fieldIndex, int start, int end, String surface, List<Gazetteer.Entry> entries,
              int tokenIndex, int tokenCount, boolean sentenceStart, boolean possessive) {
        this.fieldIndex = fieldIndex;
        this.start = start;
        this.end = end;
        this.surface = surface;
        this.entries = entries;
        this.tokenIndex = tokenIndex;
        this.tokenCount = tokenCount;
        this.sentenceStart = sentenceStart;
        this.possessive = possessive;
    }
}
