package org.newstrends.extract.text;

/** Letter tests the lexicons share, e.g. to decide which names also match in all-capitals text. */
public final class Letters {
    private Letters() { }

    /** True when {@code s} holds at least one lower-case letter. */
    public static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) return true;
        }
        return false;
    }

    /** The number of letters in {@code s}. */
    public static int count(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) n++;
        }
        return n;
    }
}
