package org.newstrends.extract.tagger;

import org.newstrends.extract.text.NameType;

/**
 * The BILOU tags the tagger chooses from: O, then Begin, Inside, Last and Unit for each {@link NameType}.
 * Tag {@code 1 + 4 * type + position}, position 0 B, 1 I, 2 L, 3 U.
 */
final class Tags {

    static final int OUTSIDE = 0;
    static final int COUNT = 1 + 4 * NameType.values().length;
    /** Index of the "sentence start" row in the transition table. */
    static final int START = COUNT;

    private static final NameType[] TYPES = NameType.values();
    private static final boolean[][] ALLOWED = new boolean[COUNT + 1][COUNT];

    /** For each tag, the tags that may precede it inside a sentence, in ascending order. */
    static final int[][] PREDECESSORS = new int[COUNT][];

    static {
        for (int prev = 0; prev <= COUNT; prev++) {
            for (int cur = 0; cur < COUNT; cur++) ALLOWED[prev][cur] = allowed(prev, cur);
        }
        for (int cur = 0; cur < COUNT; cur++) {
            int n = 0;
            for (int prev = 0; prev < COUNT; prev++) if (ALLOWED[prev][cur]) n++;
            PREDECESSORS[cur] = new int[n];
            n = 0;
            for (int prev = 0; prev < COUNT; prev++) if (ALLOWED[prev][cur]) PREDECESSORS[cur][n++] = prev;
        }
    }

    private Tags() { }

    static int tag(NameType type, int position) {
        return 1 + 4 * type.ordinal() + position;
    }

    /** The type of a tag other than O. */
    static NameType type(int tag) {
        return TYPES[(tag - 1) / 4];
    }

    /** 0 B, 1 I, 2 L, 3 U; -1 for O. */
    static int position(int tag) {
        return tag == OUTSIDE ? -1 : (tag - 1) % 4;
    }

    /** True when a name may end at this tag (O, L or U). */
    static boolean closes(int tag) {
        int p = position(tag);
        return p == -1 || p == 2 || p == 3;
    }

    /** True when {@code cur} may follow {@code prev} ({@link #START} for the first token). */
    static boolean follows(int prev, int cur) {
        return ALLOWED[prev][cur];
    }

    private static boolean allowed(int prev, int cur) {
        int pp = prev == START ? -1 : position(prev);
        int cp = position(cur);
        boolean open = pp == 0 || pp == 1;
        if (!open) return cp == -1 || cp == 0 || cp == 3;
        return (cp == 1 || cp == 2) && type(cur) == type(prev);
    }

    /** The BILOU tags of a name of {@code length} tokens. */
    static int at(NameType type, int index, int length) {
        if (length == 1) return tag(type, 3);
        if (index == 0) return tag(type, 0);
        if (index == length - 1) return tag(type, 2);
        return tag(type, 1);
    }

    static String name(int tag) {
        if (tag == OUTSIDE) return "O";
        return "BILU".charAt(position(tag)) + "-" + type(tag);
    }
}
