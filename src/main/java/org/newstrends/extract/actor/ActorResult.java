package org.newstrends.extract.actor;

import java.util.List;
import java.util.Map;
import org.newstrends.extract.text.Mention;

/**
 * The actors of one article: their mentions (field then offset order) and, per field name, the
 * {@code [start, end)} spans they claim, which the location recogniser must skip.
 */
public record ActorResult(List<Mention> mentions, Map<String, List<int[]>> claimed) { }
