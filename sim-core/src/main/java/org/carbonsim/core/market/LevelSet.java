package org.carbonsim.core.market;

import java.util.Arrays;

/**
 * The non-empty price levels of one side of the book, as a three-level bitmap: a word of 64 levels,
 * a block of {@value #BLOCK_WORDS} words with a summary word of its non-zero words, and a top bitmap
 * of the non-empty blocks. Finding the next or previous level reads at most a few words of each
 * level, however far away it is: an emptied side or a gap of thousands of ticks (a ladder runs to a
 * hundred times the initial price) costs the same as a neighbour.
 *
 * <p>Only the top bitmap and a reference per block cover the whole ladder (about 5 KB for five
 * million levels); a block's words are taken when a level in it is added and handed back to a spare
 * pool when its last level is removed, so the words cost the blocks in use, not the ladder. Allocates
 * nothing once the pool holds as many blocks as have been in use at once. Not thread-safe.
 */
final class LevelSet {
    /** Words per block, as many as the bits of its summary word. */
    private static final int BLOCK_WORDS = 64;

    /** The summary word's place in a block, after its words. */
    private static final int SUMMARY = BLOCK_WORDS;
    /** Blocks the spare pool starts with room for; it doubles when more are in use at once. */
    private static final int INITIAL_SPARE_CAPACITY = 4;

    private final int levels;
    /** Bit {@code b} set when block {@code b} holds a level. */
    private final long[] top;
    /** Each block's words and summary, or {@link #empty} while it holds no level. */
    private final long[][] blocks;
    /**
     * What every block without a level reads: all zero and never written, so a search reads an absent
     * block as it reads an empty one. One per set, so no state is shared between books.
     */
    private final long[] empty = new long[BLOCK_WORDS + 1];

    private long[][] spare = new long[INITIAL_SPARE_CAPACITY][];
    private int spareCount;

    /** An empty set over levels {@code [0, levels)}. */
    LevelSet(int levels) {
        if (levels <= 0) {
            throw new IllegalArgumentException("levels must be > 0, got " + levels);
        }
        this.levels = levels;
        int words = (levels + 63) >>> 6;
        this.blocks = new long[(words + BLOCK_WORDS - 1) / BLOCK_WORDS][];
        Arrays.fill(blocks, empty);
        this.top = new long[(blocks.length + 63) >>> 6];
    }

    void add(int level) {
        int word = level >>> 6;
        int block = word >>> 6;
        long[] bits = blocks[block];
        if (bits == empty) {
            bits = takeBlock(block);
        }
        bits[word & 63] |= 1L << level;
        bits[SUMMARY] |= 1L << word;
    }

    /** Takes {@code level} out; a level not in the set is left out. */
    void remove(int level) {
        int word = level >>> 6;
        int block = word >>> 6;
        long[] bits = blocks[block];
        if (bits == empty) {
            return;
        }
        long left = bits[word & 63] & ~(1L << level);
        bits[word & 63] = left;
        if (left == 0) {
            long words = bits[SUMMARY] & ~(1L << word);
            bits[SUMMARY] = words;
            if (words == 0) {
                giveBlock(block, bits);
            }
        }
    }

    /** The lowest level at or above {@code from}, or the number of levels when there is none. */
    int next(int from) {
        if (from >= levels) {
            return levels;
        }
        int word = from >>> 6;
        int block = word >>> 6;
        long[] bits = blocks[block];
        long here = bits[word & 63] & (-1L << from);
        if (here != 0) {
            return (word << 6) + Long.numberOfTrailingZeros(here);
        }
        long later = bits[SUMMARY] & (-2L << word);
        if (later == 0) {
            block = nextBlock(block + 1);
            if (block < 0) {
                return levels;
            }
            bits = blocks[block];
            later = bits[SUMMARY];
        }
        int index = Long.numberOfTrailingZeros(later);
        return (((block << 6) + index) << 6) + Long.numberOfTrailingZeros(bits[index]);
    }

    /** The highest level at or below {@code from}, or -1 when there is none. */
    int previous(int from) {
        if (from < 0) {
            return -1;
        }
        int word = from >>> 6;
        int block = word >>> 6;
        long[] bits = blocks[block];
        long here = bits[word & 63] & (-1L >>> (63 - (from & 63)));
        if (here != 0) {
            return (word << 6) + 63 - Long.numberOfLeadingZeros(here);
        }
        long earlier = bits[SUMMARY] & ((1L << word) - 1);
        if (earlier == 0) {
            block = previousBlock(block - 1);
            if (block < 0) {
                return -1;
            }
            bits = blocks[block];
            earlier = bits[SUMMARY];
        }
        int index = 63 - Long.numberOfLeadingZeros(earlier);
        return (((block << 6) + index) << 6) + 63 - Long.numberOfLeadingZeros(bits[index]);
    }

    /** The first block holding a level at or after {@code from}, or -1. */
    private int nextBlock(int from) {
        if (from >= blocks.length) {
            return -1;
        }
        int index = from >>> 6;
        long bits = top[index] & (-1L << from);
        while (bits == 0) {
            if (++index == top.length) {
                return -1;
            }
            bits = top[index];
        }
        return (index << 6) + Long.numberOfTrailingZeros(bits);
    }

    /** The last block holding a level at or before {@code from}, or -1. */
    private int previousBlock(int from) {
        if (from < 0) {
            return -1;
        }
        int index = from >>> 6;
        long bits = top[index] & (-1L >>> (63 - (from & 63)));
        while (bits == 0) {
            if (index-- == 0) {
                return -1;
            }
            bits = top[index];
        }
        return (index << 6) + 63 - Long.numberOfLeadingZeros(bits);
    }

    /** Puts a clear block from the pool (made when the pool is empty) in place of {@code block}'s empty one. */
    private long[] takeBlock(int block) {
        long[] bits = spareCount == 0 ? new long[BLOCK_WORDS + 1] : spare[--spareCount];
        blocks[block] = bits;
        top[block >>> 6] |= 1L << block;
        return bits;
    }

    /** Hands {@code block}'s words, all zero again, back to the pool. */
    private void giveBlock(int block, long[] bits) {
        blocks[block] = empty;
        top[block >>> 6] &= ~(1L << block);
        if (spareCount == spare.length) {
            spare = Arrays.copyOf(spare, Math.multiplyExact(spareCount, 2));
        }
        spare[spareCount++] = bits;
    }
}
