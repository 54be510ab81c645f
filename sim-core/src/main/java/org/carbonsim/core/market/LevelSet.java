package org.carbonsim.core.market;

/**
 * The non-empty price levels of one side of the book, as a bitmap over the ladder with a summary
 * bitmap of its non-zero words. Finding the next or previous level reads at most a few words of
 * each, however far away it is: an emptied side or a gap of thousands of ticks (a ladder runs to a
 * hundred times the initial price) costs the same as a neighbour. Allocates nothing after
 * construction. Not thread-safe.
 */
final class LevelSet {
    private final int levels;
    private final long[] words;
    private final long[] summary;

    /** An empty set over levels {@code [0, levels)}. */
    LevelSet(int levels) {
        this.levels = levels;
        this.words = new long[(levels + 63) >>> 6];
        this.summary = new long[(words.length + 63) >>> 6];
    }

    void add(int level) {
        int word = level >>> 6;
        words[word] |= 1L << level;
        summary[word >>> 6] |= 1L << word;
    }

    void remove(int level) {
        int word = level >>> 6;
        long bits = words[word] & ~(1L << level);
        words[word] = bits;
        if (bits == 0) {
            summary[word >>> 6] &= ~(1L << word);
        }
    }

    /** The lowest level at or above {@code from}, or the number of levels when there is none. */
    int next(int from) {
        if (from >= levels) {
            return levels;
        }
        int word = from >>> 6;
        long bits = words[word] & (-1L << from);
        if (bits != 0) {
            return (word << 6) + Long.numberOfTrailingZeros(bits);
        }
        int nextWord = nextWord(word + 1);
        return nextWord < 0 ? levels : (nextWord << 6) + Long.numberOfTrailingZeros(words[nextWord]);
    }

    /** The highest level at or below {@code from}, or -1 when there is none. */
    int previous(int from) {
        if (from < 0) {
            return -1;
        }
        int word = from >>> 6;
        long bits = words[word] & (-1L >>> (63 - (from & 63)));
        if (bits != 0) {
            return (word << 6) + 63 - Long.numberOfLeadingZeros(bits);
        }
        int previousWord = previousWord(word - 1);
        return previousWord < 0 ? -1 : (previousWord << 6) + 63 - Long.numberOfLeadingZeros(words[previousWord]);
    }

    /** The first non-zero word at or after {@code from}, or -1. */
    private int nextWord(int from) {
        if (from >= words.length) {
            return -1;
        }
        int index = from >>> 6;
        long bits = summary[index] & (-1L << from);
        while (bits == 0) {
            if (++index == summary.length) {
                return -1;
            }
            bits = summary[index];
        }
        return (index << 6) + Long.numberOfTrailingZeros(bits);
    }

    /** The last non-zero word at or before {@code from}, or -1. */
    private int previousWord(int from) {
        if (from < 0) {
            return -1;
        }
        int index = from >>> 6;
        long bits = summary[index] & (-1L >>> (63 - (from & 63)));
        while (bits == 0) {
            if (index-- == 0) {
                return -1;
            }
            bits = summary[index];
        }
        return (index << 6) + 63 - Long.numberOfLeadingZeros(bits);
    }
}
