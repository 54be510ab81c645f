package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.carbonsim.core.registry.Registry;

/**
 * The name of each registry account, by account id in the order the registry opened them, and the
 * allowances each bought and sold in the current year (exchange trades, auctions and the government's
 * sales to it), for the error messages of a settlement that fails and the year's enterprise rows.
 *
 * <p>The registry already counts every trade between two accounts ({@link Registry#boughtTonnes},
 * {@link Registry#soldTonnes}), so the book does not count them again at each of the run's trades: it
 * keeps what the registry had counted when the year started, and adds only what the registry does not
 * count as a trade (auctions, the government's sales and buy-backs), recorded here as it happens.
 * Not thread-safe.
 */
final class AccountBook {
    private final Registry registry;
    private final List<String> names = new ArrayList<>();
    /** What each account had bought and sold in the registry's trades when the year started, t. */
    private long[] tradesBoughtAtStart = new long[0];

    private long[] tradesSoldAtStart = new long[0];
    /** What each account bought and sold this year outside the registry's trades, t. */
    private long[] otherBoughtInYear = new long[0];

    private long[] otherSoldInYear = new long[0];

    /** A book of the accounts of {@code registry}, whose trades it reads. */
    AccountBook(Registry registry) {
        this.registry = registry;
    }

    /** Records {@code account}, just opened in the registry as {@code name}. */
    void opened(int account, String name) {
        names.add(name);
        if (account >= otherBoughtInYear.length) {
            int length = Math.max(account + 1, 2 * otherBoughtInYear.length);
            tradesBoughtAtStart = Arrays.copyOf(tradesBoughtAtStart, length);
            tradesSoldAtStart = Arrays.copyOf(tradesSoldAtStart, length);
            otherBoughtInYear = Arrays.copyOf(otherBoughtInYear, length);
            otherSoldInYear = Arrays.copyOf(otherSoldInYear, length);
        }
        tradesBoughtAtStart[account] = registry.boughtTonnes(account);
        tradesSoldAtStart[account] = registry.soldTonnes(account);
    }

    String name(int account) {
        return names.get(account);
    }

    /**
     * Records that {@code account} received {@code tonnes} in a sale the registry does not count as a
     * trade: an auction's, or the government's on the exchange or at the deadline.
     */
    void boughtOutsideTrades(int account, long tonnes) {
        otherBoughtInYear[account] += tonnes;
    }

    /** Records that {@code account} delivered {@code tonnes} in a sale the registry does not count as a trade. */
    void soldOutsideTrades(int account, long tonnes) {
        otherSoldInYear[account] += tonnes;
    }

    /** What {@code account} bought this year, t. */
    long boughtTonnes(int account) {
        return otherBoughtInYear[account] + (registry.boughtTonnes(account) - tradesBoughtAtStart[account]);
    }

    /** What {@code account} sold this year, t. */
    long soldTonnes(int account) {
        return otherSoldInYear[account] + (registry.soldTonnes(account) - tradesSoldAtStart[account]);
    }

    /** Starts a year: nothing bought or sold yet. */
    void newYear() {
        Arrays.fill(otherBoughtInYear, 0);
        Arrays.fill(otherSoldInYear, 0);
        for (int account = 0; account < names.size(); account++) {
            tradesBoughtAtStart[account] = registry.boughtTonnes(account);
            tradesSoldAtStart[account] = registry.soldTonnes(account);
        }
    }
}
