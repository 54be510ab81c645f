package org.carbonsim.core.finance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;

/**
 * A forward market on a seeded random-walk spot: an arbitrageur, speculators and hedging firms with
 * allowances and cash in one registry, for the property tests.
 */
final class ForwardMarketHarness {
    static final int TRADING_DAYS = 242;
    static final int START_YEAR = 2024;

    final Registry registry = new Registry(START_YEAR, 0);
    final int clearing = registry.openAccount(AccountKind.CLEARING_HOUSE, "clearing");
    final ForwardExchange exchange;
    final List<Integer> members = new ArrayList<>();
    final SplittableRandom spotRandom;
    long spotTicks = 4_000;
    long issuedTonnes;

    ForwardMarketHarness(long seed, ForwardRules rules, long speculatorCashFen) {
        exchange = new ForwardExchange(rules, registry, clearing, 1, TRADING_DAYS, new SplittableRandom(seed));
        spotRandom = new SplittableRandom(seed ^ 0x5DEECE66DL);
        rules.arbitrageur().ifPresent(arb -> {
            int account = open(AccountKind.TRADER, "arbitrageur", arb.holdingsTonnes(), arb.cashFen());
            exchange.setArbitrageur(account);
        });
        for (int i = 0; i < rules.speculators().count(); i++) {
            exchange.addSpeculator(open(AccountKind.TRADER, "speculator-" + i, 0, speculatorCashFen));
        }
        for (int i = 0; i < 6; i++) {
            int firm = open(AccountKind.ENTERPRISE, "firm-" + i, 20_000, 2_000_000_00L);
            exchange.admit(firm);
        }
    }

    int open(AccountKind kind, String name, long tonnes, long cashFen) {
        int account = registry.openAccount(kind, name);
        if (tonnes > 0) {
            registry.issue(account, tonnes, START_YEAR, true, TransferReason.ISSUANCE);
            issuedTonnes += tonnes;
        }
        registry.receive(account, cashFen, CashReason.DEPOSIT);
        members.add(account);
        return account;
    }

    /** Opens {@code year} with half the firms hedging a purchase and half a sale of a random size. */
    void openYear(int year) {
        exchange.openYear(year);
        for (int account : members) {
            if (registry.kind(account) == AccountKind.ENTERPRISE) {
                long tonnes = 100 * (1 + spotRandom.nextInt(50));
                exchange.hedge(account, account % 2 == 0 ? tonnes : -tonnes);
            }
        }
    }

    /** Moves the spot by up to ±{@code maxMoveBasisPoints} and trades the forward day. */
    void day(int day, int maxMoveBasisPoints) {
        long move = spotTicks * (spotRandom.nextInt(2 * maxMoveBasisPoints + 1) - maxMoveBasisPoints) / 10_000;
        spotTicks = Math.max(100, spotTicks + move);
        exchange.trade(day, spotTicks);
    }

    static ForwardRules rules(int limitBasisPoints, Optional<ForwardRules.Arbitrageur> arbitrageur, int speculators) {
        return new ForwardRules(
                List.of(3, 6, 9, 12),
                100,
                limitBasisPoints,
                1_000,
                800,
                1,
                500,
                500,
                new ForwardRules.Hedging(5_000, 12, 100),
                new ForwardRules.Speculators(speculators, 0, 20, 0.4, 20, 5),
                arbitrageur);
    }
}
