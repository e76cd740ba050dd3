package org.newstrends.extract.actor;

import java.util.List;
import java.util.Map;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.Mention;

/**
 * The actors of one article: their mentions (field then offset order) and, per field, the
 * {@code [start, end)} spans they claim, which the location recogniser must skip.
 */
public record ActorResult(List<Mention> mentions, Map<Field, List<int[]>> claimed) { }
