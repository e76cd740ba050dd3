package org.newstrends.extract.actor;

import java.util.List;

/**
 * A curated organisation: the name it is counted under, the other names it goes by, and the country it
 * belongs to (ISO 3166-1 alpha-2, null for international bodies).
 */
public record Organization(String canonical, List<String> aliases, String country) { }
