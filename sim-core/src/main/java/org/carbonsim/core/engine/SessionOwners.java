package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * Who is who in the market session: the owner id under which each enterprise in the session trades,
 * the registry account of every owner (enterprises and trader groups alike, by owner id in the order
 * the session added them) and the owners of the trader groups. Settlement looks the accounts of both
 * sides of every trade up here, so owner ids stay plain {@code int}s on that path. Not thread-safe.
 */
final class SessionOwners {
    /** Enterprise id → owner id; a hash map, whose order {@link #forEachEnterprise} follows. */
    private final Map<String, Integer> enterpriseOwners = new HashMap<>();

    private final OwnerAccounts accounts = new OwnerAccounts();
    private final List<Integer> traderOwners = new ArrayList<>();
    private final List<Integer> traderOwnersView = Collections.unmodifiableList(traderOwners);

    /** Records {@code enterpriseId}, just added to the session as {@code owner}, trading from {@code account}. */
    void addEnterprise(String enterpriseId, int owner, int account) {
        addAccount(owner, account);
        enterpriseOwners.put(enterpriseId, owner);
    }

    /** Records {@code owner}, one of a trader group just added to the session, trading from {@code account}. */
    void addTrader(int owner, int account) {
        addAccount(owner, account);
        traderOwners.add(owner);
    }

    private void addAccount(int owner, int account) {
        if (owner != accounts.size()) {
            throw new IllegalStateException("owner " + owner + " added after " + accounts.size() + " owners");
        }
        accounts.add(account);
    }

    /** Whether {@code enterpriseId} has been added to the session (it stays once added). */
    boolean inSession(String enterpriseId) {
        return enterpriseOwners.containsKey(enterpriseId);
    }

    /** The owner id of {@code enterpriseId} in the session. */
    int ownerOf(String enterpriseId) {
        Integer owner = enterpriseOwners.get(enterpriseId);
        if (owner == null) {
            throw new IllegalArgumentException(enterpriseId + " is not in the market session");
        }
        return owner;
    }

    /** The owner id of {@code enterpriseId} in the session, or {@code absent} when it is not in it. */
    int ownerOf(String enterpriseId, int absent) {
        return enterpriseOwners.getOrDefault(enterpriseId, absent);
    }

    /** The registry account of {@code owner}. */
    int accountOf(int owner) {
        return accounts.get(owner);
    }

    /** The number of owners, trader groups' and enterprises'; owner ids run from 0 below it. */
    int count() {
        return accounts.size();
    }

    /** The owners of the trader groups, in the order they were added; a read-only view. */
    List<Integer> traderOwners() {
        return traderOwnersView;
    }

    /** Gives {@code action} each enterprise in the session with its owner id, in the hash map's order. */
    void forEachEnterprise(ObjIntConsumer<String> action) {
        for (Map.Entry<String, Integer> entry : enterpriseOwners.entrySet()) {
            action.accept(entry.getKey(), entry.getValue());
        }
    }
}
