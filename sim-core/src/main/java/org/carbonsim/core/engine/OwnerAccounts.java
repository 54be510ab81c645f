package org.carbonsim.core.engine;

import java.util.Arrays;

/**
 * The registry account of each market-session owner, by owner id (0, 1, 2, ... in the order the
 * session added them): settlement looks both sides of every trade up here, so the ids are kept as
 * plain {@code int}s rather than boxed. Not thread-safe.
 */
final class OwnerAccounts {
    private int[] accounts = new int[64];
    private int size;

    /** Gives the next owner id {@code account}. */
    void add(int account) {
        if (size == accounts.length) {
            accounts = Arrays.copyOf(accounts, 2 * size);
        }
        accounts[size++] = account;
    }

    /** The account of {@code owner}. */
    int get(int owner) {
        if (owner < 0 || owner >= size) {
            throw new IndexOutOfBoundsException("no owner " + owner + " among " + size);
        }
        return accounts[owner];
    }

    /** The number of owners. */
    int size() {
        return size;
    }
}
