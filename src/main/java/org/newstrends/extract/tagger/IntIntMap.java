package org.newstrends.extract.tagger;

import java.util.Arrays;

/**
 * A small int-to-int hash map for the memory of one article: values are never 0, and 0 means absent. Keys
 * and values sit side by side in one array, so a lookup touches one cache line; clearing is cheap.
 */
final class IntIntMap {

    private int[] slots = new int[128];
    private int size;

    int get(int key) {
        int mask = (slots.length >> 1) - 1;
        for (int i = TokenHash.mix(key, 17) & mask; ; i = (i + 1) & mask) {
            int value = slots[2 * i + 1];
            if (value == 0) return 0;
            if (slots[2 * i] == key) return value;
        }
    }

    /** Maps {@code key} to {@code value}, which must not be 0. */
    void put(int key, int value) {
        if (value == 0) throw new IllegalArgumentException("0 means absent");
        if ((size + 1) * 4 > slots.length) grow();
        int mask = (slots.length >> 1) - 1;
        int i = TokenHash.mix(key, 17) & mask;
        while (slots[2 * i + 1] != 0 && slots[2 * i] != key) i = (i + 1) & mask;
        if (slots[2 * i + 1] == 0) {
            slots[2 * i] = key;
            size++;
        }
        slots[2 * i + 1] = value;
    }

    void clear() {
        if (size == 0) return;
        if (slots.length > 8192) slots = new int[128];
        else Arrays.fill(slots, 0);
        size = 0;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) put(old[i], old[i + 1]);
        }
    }
}
