package org.newstrends.extract.actor;

import java.util.HashMap;
import java.util.Map;
import org.newstrends.extract.text.Surface;

/**
 * The people of one article named with two or more words, indexed by what later mentions use: the
 * last name, the first name (when only one person has it), first-and-last name, and word tails.
 */
final class PersonIndex {
    private final Map<String, String> bySurname = new HashMap<>();
    private final Map<String, String> byFirstLast = new HashMap<>();
    private final Map<String, String> byTail = new HashMap<>();
    private final Map<String, String> byFirstName = new HashMap<>();

    /** Registers a full name; returns the canonical name of its entity (the first full form met). */
    String register(String surface) {
        String[] parts = surface.split(" ");
        String first = parts[0];
        String last = parts[parts.length - 1];
        String firstLast = first + " " + last;
        String canonical = byFirstLast.get(firstLast);
        if (canonical == null) canonical = byTail.get(surface);
        if (canonical == null) canonical = surface;
        byFirstLast.putIfAbsent(firstLast, canonical);
        for (int k = surface.indexOf(' '); k > 0; k = surface.indexOf(' ', k + 1)) {
            String tail = surface.substring(k + 1);
            if (tail.indexOf(' ') > 0) byTail.putIfAbsent(tail, canonical);
        }
        bySurname.putIfAbsent(last, canonical);
        bySurname.putIfAbsent(Surface.upperKey(last), canonical);
        String other = byFirstName.putIfAbsent(first, canonical);
        if (other != null && !other.equals(canonical)) byFirstName.put(first, "");
        return canonical;
    }

    /** The person whose last name is {@code word} (as written, or in capitals), or null. */
    String bySurname(String word) {
        return bySurname.get(word);
    }

    /** The one person whose first name is {@code word}, or null (none, or several). */
    String byFirstName(String word) {
        String name = byFirstName.get(word);
        return name == null || name.isEmpty() ? null : name;
    }

    /** True when {@code word} opens the name of a person of the article ("JD" of "JD Vance"). */
    boolean isFirstName(String word) {
        return byFirstName.containsKey(word);
    }
}
