package org.newstrends.extract.text;

import java.util.List;

/**
 * Finds typed names in the fields of one article (title first). The resolution step of the extractor
 * then turns the spans into canonical actors and places. Implementations are thread-safe and load
 * their model once per JVM.
 */
public interface SpanTagger {

    /** The names of the given fields, in field then offset order, never overlapping. */
    List<EntitySpan> tag(List<FieldText> fields);
}
