package org.newstrends.report;

import java.io.Serializable;

/**
 * One written form of a top entity: the evidence of alias merging shown in {@code top_entity_aliases.csv}.
 *
 * @param kind     {@code actor}, {@code location} or {@code theme}
 * @param entity   the entity as counted
 * @param alias    a form it is written as ("Netanyahu", "U.S.", "Israeli"; for a theme a matched term)
 * @param mentions mentions in this form
 * @param articles articles with at least one mention in this form
 */
public record AliasRow(String kind, String entity, String alias, long mentions, long articles) implements Serializable {
}
