package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The name of each registry account, by account id in the order the registry opened them, and the
 * allowances each bought and sold in the current year (exchange trades, auctions and the government's
 * sales to it), for the error messages of a settlement that fails and the year's enterprise rows.
 * Not thread-safe.
 */
final class AccountBook {
    private final List<String> names = new ArrayList<>();
    private long[] boughtInYear = new long[0];
    private long[] soldInYear = new long[0];

    /** Records {@code account}, just opened in the registry as {@code name}. */
    void opened(int account, String name) {
        names.add(name);
        if (account >= boughtInYear.length) {
            int length = Math.max(account + 1, 2 * boughtInYear.length);
            boughtInYear = Arrays.copyOf(boughtInYear, length);
            soldInYear = Arrays.copyOf(soldInYear, length);
        }
    }

    String name(int account) {
        return names.get(account);
    }

    void bought(int account, long tonnes) {
        boughtInYear[account] += tonnes;
    }

    void sold(int account, long tonnes) {
        soldInYear[account] += tonnes;
    }

    /** What {@code account} bought this year, t. */
    long boughtTonnes(int account) {
        return boughtInYear[account];
    }

    /** What {@code account} sold this year, t. */
    long soldTonnes(int account) {
        return soldInYear[account];
    }

    /** Starts a year: nothing bought or sold yet. */
    void newYear() {
        Arrays.fill(boughtInYear, 0);
        Arrays.fill(soldInYear, 0);
    }
}
