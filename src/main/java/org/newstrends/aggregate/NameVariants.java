package org.newstrends.aggregate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds names that look like variants of each other (docs/measures.md, "Unresolved variants"), within one kind:
 * a surname alone and a full name with that surname (surnames compared folded, as below) ("same surname"), an initial and a first name with the same
 * surname ("initials"), names equal once folded ("spelling variant": accents, case, punctuation, doubled letters,
 * y/i, ph/f), and folded names one letter apart, of six letters or more ("one letter apart"). Candidates are
 * grouped by blocking keys (surname, folded name, folded name less one letter), never compared all with all.
 * Plain Java.
 */
public final class NameVariants {
    /** The reasons, as unresolved_variants.csv writes them. */
    public static final String SAME_SURNAME = "same surname";
    public static final String INITIALS = "initials";
    public static final String SPELLING = "spelling variant";
    public static final String ONE_LETTER = "one letter apart";

    /** The shortest folded name compared letter by letter. */
    static final int MIN_EDIT_LENGTH = 6;

    private NameVariants() { }

    /** A name of {@code kind} and the articles naming it. */
    public record Name(String kind, String entity, long articles) { }

    /** A pair: {@code entity} is the more frequent name. */
    public record Pair(String kind, String entity, String variant, long entityArticles, long variantArticles,
                       String reason) { }

    /** Every pair of variants among {@code names}, most frequent entity first, then by names. */
    public static List<Pair> find(List<Name> names) {
        Map<String, List<Name>> blocks = new HashMap<>();
        for (Name n : names) {
            for (String k : blockKeys(n.entity())) blocks.computeIfAbsent(n.kind() + '\u0000' + k, x -> new ArrayList<>()).add(n);
        }
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (List<Name> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    Name a = block.get(i);
                    Name b = block.get(j);
                    if (a.entity().equals(b.entity())) continue;
                    String reason = reason(a.entity(), b.entity());
                    if (reason == null) continue;
                    boolean aFirst = a.articles() > b.articles()
                            || (a.articles() == b.articles() && a.entity().compareTo(b.entity()) < 0);
                    Name e = aFirst ? a : b;
                    Name v = aFirst ? b : a;
                    pairs.putIfAbsent(e.kind() + '\u0000' + e.entity() + '\u0000' + v.entity(),
                            new Pair(e.kind(), e.entity(), v.entity(), e.articles(), v.articles(), reason));
                }
            }
        }
        List<Pair> out = new ArrayList<>(pairs.values());
        out.sort(Comparator.comparing(Pair::kind).thenComparing(Comparator.comparingLong(Pair::entityArticles).reversed())
                .thenComparing(Pair::entity).thenComparing(Pair::variant));
        return out;
    }

    /** Why {@code a} and {@code b} look like one name, or null. */
    public static String reason(String a, String b) {
        String[] ta = words(a);
        String[] tb = words(b);
        if (ta.length == 0 || tb.length == 0) return null;
        String lastA = skeleton(ta[ta.length - 1]);
        String lastB = skeleton(tb[tb.length - 1]);
        if (lastA.equals(lastB) && lastA.length() > 1) {
            if ((ta.length == 1) != (tb.length == 1)) return SAME_SURNAME;
            if (ta.length > 1 && tb.length > 1 && initialMatches(ta[0], tb[0])) return INITIALS;
        }
        String sa = skeleton(a);
        String sb = skeleton(b);
        if (sa.isEmpty()) return null;
        if (sa.equals(sb)) return SPELLING;
        if (Math.min(sa.length(), sb.length()) >= MIN_EDIT_LENGTH && oneEditApart(sa, sb)) return ONE_LETTER;
        return null;
    }

    /** The name folded for comparison: no accents, lower case, letters only, y as i, ph as f, no doubled letters. */
    public static String skeleton(String name) {
        String s = fold(name).replace('y', 'i').replace("ph", "f");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) out.append(s.charAt(i));
        }
        return out.toString();
    }

    private static Set<String> blockKeys(String name) {
        Set<String> keys = new TreeSet<>();
        String[] w = words(name);
        if (w.length > 0) keys.add("s:" + skeleton(w[w.length - 1]));
        String sk = skeleton(name);
        keys.add("k:" + sk);
        if (sk.length() >= MIN_EDIT_LENGTH - 1) {
            for (int i = 0; i < sk.length(); i++) keys.add("d:" + sk.substring(0, i) + sk.substring(i + 1));
        }
        return keys;
    }

    private static boolean initialMatches(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        if (fa.isEmpty() || fb.isEmpty() || fa.equals(fb)) return false;
        boolean initialA = fa.length() == 1;
        boolean initialB = fb.length() == 1;
        return (initialA || initialB) && fa.charAt(0) == fb.charAt(0);
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) return a.substring(i + 1).equals(b.substring(i + 1));
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static String[] words(String name) {
        String s = name.strip();
        return s.isEmpty() ? new String[0] : s.split("[\\s]+");
    }

    private static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }
}
