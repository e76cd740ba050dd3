package org.newstrends.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fills the small template language the storylines are written in, and holds one article's slot values.
 *
 * <ul>
 *   <li>{@code {name}} is replaced by the slot {@code name} (whose value is filled in turn);</li>
 *   <li>{@code {one|two|three}} is replaced by one of the alternatives, chosen at random;</li>
 *   <li>{@code {#12-40}} is replaced by a random whole number from 12 to 40 inclusive.</li>
 * </ul>
 * Alternatives may contain slots and further alternatives: {@code {Mr. {surname}|{surname}} said}.
 * A {@linkplain #person person} slot gives the full introduction ("Senator Valentina Rojas") the first
 * time it is filled and a short form ("Rojas", "Ms. Rojas") afterwards, as a wire story would.
 * An unknown slot is a programming error and fails loudly rather than leaking braces into an article.
 */
public final class Phrases {
    private static final int MAX_DEPTH = 8;

    private final SplittableRandom random;
    private final Map<String, String> slots = new TreeMap<>();
    private final Map<String, List<String>> laterForms = new TreeMap<>();
    private Set<String> introduced = new TreeSet<>();

    /** Template filling that draws its choices from {@code random}. */
    public Phrases(SplittableRandom random) {
        this.random = random;
    }

    /** Sets the slot {@code name}; the value may itself be a template. Returns this for chaining. */
    public Phrases put(String name, String value) {
        slots.put(name, value);
        return this;
    }

    /**
     * Sets the person slot {@code name}: filled with {@code introduction} the first time, then with one of
     * {@code later} (chosen at random). Returns this for chaining.
     */
    public Phrases person(String name, String introduction, String... later) {
        slots.put(name, introduction);
        laterForms.put(name, List.of(later));
        return this;
    }

    /** The people introduced so far, to {@link #restore} if a filled text is thrown away. */
    public Set<String> introducedPeople() {
        return new TreeSet<>(introduced);
    }

    /** Forgets the introductions made since {@code people} was taken with {@link #introducedPeople}. */
    public void restore(Set<String> people) {
        introduced = new TreeSet<>(people);
    }

    /** The random source the choices are drawn from. */
    public SplittableRandom random() {
        return random;
    }

    /** One of {@code options}, chosen at random. */
    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    

    /** The template with every slot, alternative and number filled in. */
    public String fill(String template) {
        return fill(template, 0);
    }

    private String fill(String template, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("slots nest too deeply in: " + template);
        }
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = matchingClose(template, i);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '{' in template: " + template);
            }
            out.append(expand(template.substring(i + 1, close), depth));
            i = close + 1;
        }
        return out.toString();
    }

    private String expand(String body, int depth) {
        if (body.startsWith("#")) {
            int dash = body.indexOf('-', 1);
            int low = Integer.parseInt(body.substring(1, dash));
            int high = Integer.parseInt(body.substring(dash + 1));
            return Integer.toString(random.nextInt(low, high + 1));
        }
        List<String> options = split(body);
        if (options.size() > 1) {
            return fill(options.get(random.nextInt(options.size())), depth + 1);
        }
        String value = slots.get(body);
        if (value == null) {
            throw new IllegalArgumentException("no slot named '" + body + "'");
        }
        List<String> later = laterForms.get(body);
        if (later != null && !introduced.add(body)) {
            return fill(later.get(random.nextInt(later.size())), depth + 1);
        }
        return fill(value, depth + 1);
    }

    private static int matchingClose(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> split(String body) {
        List<String> options = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                options.add(body.substring(from, i));
                from = i + 1;
            }
        }
        options.add(body.substring(from));
        return options;
    }
}
