package org.newstrends.extract.theme;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates the inflected surface forms a taxonomy word matches, so the taxonomy lists each word once.
 *
 * <p>A plain word matches itself and its plural ("talk" → "talks", "crisis" stays, "tax" → "taxes",
 * "army" → "armies", and names such as "Emmy" → "Emmys"). A word marked {@code *} also matches verb forms ("bomb*" → "bombs", "bombed",
 * "bombing"; "ban*" → "banned", "banning"; "strike*" → "striking"). A word marked {@code =} matches only
 * itself. Words shorter than three letters and words holding digits or symbols other than a hyphen match only themselves.
 * Over-generated forms that are not English ("bombbed") are harmless: they never occur in text.
 */
final class Inflections {

    private Inflections() { }

    /** The forms of {@code word} (lower case, no marker) for the given marker ({@code ' '}, '*' or '='). */
    static List<String> forms(String word, char marker) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        if (marker == '=' || word.length() < 3 || !alphabetic(word)) return List.copyOf(forms);
        addPlural(word, forms);
        if (marker == '*') addVerbForms(word, forms);
        return List.copyOf(forms);
    }

    private static void addPlural(String word, Set<String> forms) {
        if (word.endsWith("sis")) {
            forms.add(word.substring(0, word.length() - 2) + "es");
        } else if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z")
                || word.endsWith("ch") || word.endsWith("sh")) {
            forms.add(word + "es");
        } else if (endsWithConsonantY(word)) {
            forms.add(word.substring(0, word.length() - 1) + "ies");
            forms.add(word + "s");
        } else {
            forms.add(word + "s");
        }
    }

    private static void addVerbForms(String word, Set<String> forms) {
        char last = word.charAt(word.length() - 1);
        if (last == 'e') {
            String stem = word.substring(0, word.length() - 1);
            forms.add(word + "d");
            forms.add(stem + "ing");
        } else if (endsWithConsonantY(word)) {
            String stem = word.substring(0, word.length() - 1);
            forms.add(stem + "ied");
            forms.add(word + "ing");
        } else {
            forms.add(word + "ed");
            forms.add(word + "ing");
            if (!isVowel(last) && last != 'w' && last != 'x' && last != 'y') {
                forms.add(word + last + "ed");
                forms.add(word + last + "ing");
            }
        }
    }

    private static boolean endsWithConsonantY(String word) {
        int n = word.length();
        return n >= 2 && word.charAt(n - 1) == 'y' && !isVowel(word.charAt(n - 2));
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean alphabetic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && !(c == '-' && i > 0)) return false;
        }
        return true;
    }
}
