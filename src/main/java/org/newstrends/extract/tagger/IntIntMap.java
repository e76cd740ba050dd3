package org.newstrends.extract.tagger;

import java.util.Arrays;

/** A small int-to-int hash map (0 means absent) that clears cheaply, for the memory of one article. */
final class IntIntMap {

    private int[] keys = new int[64];
    private int[] values = new int[64];
    private boolean[] used = new boolean[64];
    private int size;

    int get(int key) {
        int mask = keys.length - 1;
        int i = TokenHash.mix(key, 17) & mask;
        while (used[i]) {
            if (keys[i] == key) return values[i];
            i = (i + 1) & mask;
        }
        return 0;
    }

    void put(int key, int value) {
        if ((size + 1) * 2 > keys.length) grow();
        int mask = keys.length - 1;
        int i = TokenHash.mix(key, 17) & mask;
        while (used[i] && keys[i] != key) i = (i + 1) & mask;
        if (!used[i]) {
            used[i] = true;
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    void clear() {
        if (size == 0) return;
        if (keys.length > 4096) {
            keys = new int[64];
            values = new int[64];
            used = new boolean[64];
        } else {
            Arrays.fill(used, false);
        }
        size = 0;
    }

    private void grow() {
        int[] k = keys;
        int[] v = values;
        boolean[] u = used;
        keys = new int[k.length * 2];
        values = new int[k.length * 2];
        used = new boolean[k.length * 2];
        size = 0;
        for (int i = 0; i < k.length; i++) {
            if (u[i]) put(k[i], v[i]);
        }
    }
}
