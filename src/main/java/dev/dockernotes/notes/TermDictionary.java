package dev.dockernotes.notes;

import java.util.Arrays;

/**
 * The distinct words of an index, each numbered from 0 in the order first added. The characters of
 * all words sit in one array and an open-addressing table finds a word's number, so a word costs
 * its characters and about a dozen bytes, not a String, a map entry and a boxed number.
 */
final class TermDictionary {
    private char[] chars = new char[1024];
    private int charCount;
    /** Word i is chars[starts[i], starts[i + 1]). */
    private int[] starts = new int[65];
    private int size;
    /** Word number + 1 at each slot, 0 for empty; at most half full. */
    private int[] table = new int[128];

    int size() {
        return size;
    }

    /** The word's number, or -1 when it is not in the dictionary. */
    int id(CharSequence word) {
        int mask = table.length - 1;
        for (int slot = hash(word) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if (equals(entry - 1, word)) {
                return entry - 1;
            }
        }
    }

    /** The number of the word {@code text[from, to)}, or -1: {@link #id(CharSequence)} without a copy of the word. */
    int id(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        int mask = table.length - 1;
        int length = to - from;
        for (int slot = (h ^ (h >>> 16) ^ (h >>> 7)) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            int start = starts[entry - 1];
            if (starts[entry] - start == length && sameChars(start, text, from, length)) {
                return entry - 1;
            }
        }
    }

    /** The word's number, adding it when it is new. */
    int add(CharSequence word) {
        int mask = table.length - 1;
        int slot = hash(word) & mask;
        while (table[slot] != 0) {
            if (equals(table[slot] - 1, word)) {
                return table[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        int id = size;
        int length = word.length();
        if (charCount + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(charCount + length, chars.length + (chars.length >> 1)));
        }
        for (int i = 0; i < length; i++) {
            chars[charCount + i] = word.charAt(i);
        }
        charCount += length;
        if (size + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1));
        }
        starts[size + 1] = charCount;
        size++;
        table[slot] = id + 1;
        if (size * 2 > table.length) {
            rehash(table.length * 2);
        }
        return id;
    }

    int length(int id) {
        return starts[id + 1] - starts[id];
    }

    String word(int id) {
        return new String(chars, starts[id], length(id));
    }

    /** Word {@code id} as characters, without copying them. */
    CharSequence chars(int id) {
        return new Slice(starts[id], starts[id + 1]);
    }

    /** Gives back the room kept for words not yet added. */
    void trim() {
        chars = Arrays.copyOf(chars, charCount);
        starts = Arrays.copyOf(starts, size + 1);
    }

    private boolean sameChars(int start, String text, int from, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private boolean equals(int id, CharSequence word) {
        int start = starts[id];
        int length = starts[id + 1] - start;
        if (length != word.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void rehash(int capacity) {
        int[] bigger = new int[capacity];
        int mask = capacity - 1;
        for (int id = 0; id < size; id++) {
            int slot = hash(chars(id)) & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id + 1;
        }
        table = bigger;
    }

    private static int hash(CharSequence word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            h = 31 * h + word.charAt(i);
        }
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private final class Slice implements CharSequence {
        private final int from;
        private final int to;

        Slice(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return chars[from + index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Slice(from + start, from + end);
        }

        @Override
        public String toString() {
            return new String(chars, from, to - from);
        }
    }
}
