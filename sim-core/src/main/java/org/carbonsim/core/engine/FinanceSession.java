package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.carbonsim.core.finance.CashFirm;
import org.carbonsim.core.finance.FinanceRules;
import org.carbonsim.core.finance.FinancingYear;
import org.carbonsim.core.finance.ForwardExchange;
import org.carbonsim.core.finance.ForwardRules;
import org.carbonsim.core.finance.ForwardYear;
import org.carbonsim.core.finance.PledgeDesk;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;

/**
 * The scenario's {@code finance} block in a run: the forward market (after each day's spot close),
 * the pledge desk and the cash-constrained firms (before each day's trading: their income, deals
 * maturing, and financing for a firm whose cash does not pay for its shortfall at the day's upper
 * limit). Its random generator is its own, seeded from the run's seed, so a scenario without forwards
 * draws exactly what it drew before. Not thread-safe.
 */
final class FinanceSession {
    /** Mixes the run's seed into the forward market's own seed. */
    private static final long SEED_MIX = 0x9E3779B97F4A7C15L;

    private final FinanceRules rules;
    private final Registry registry;
    private final int tradingDays;
    private final ForwardExchange exchange;
    private final PledgeDesk desk;
    private final Map<Integer, CashFirm> cashFirms = new HashMap<>();
    private final List<Integer> cashAccounts = new ArrayList<>();
    /** The registry accounts of {@link #cashFirms}, as bits: asked at every trade. */
    private final BitSet cashLimitedAccounts = new BitSet();

    private final List<FinanceYearResult> years = new ArrayList<>();
    /** Allowances given to the arbitrageur from outside the cap, t. */
    private long startTonnes;

    FinanceSession(
            FinanceRules rules,
            Registry registry,
            long seed,
            long tickFen,
            int tradingDays,
            int startYear,
            BiFunction<AccountKind, String, Integer> openAccount) {
        this.rules = rules;
        this.registry = registry;
        this.tradingDays = tradingDays;
        if (rules.forwards().isPresent()) {
            ForwardRules forwards = rules.forwards().get();
            int clearing = openAccount.apply(AccountKind.CLEARING_HOUSE, "clearing house");
            exchange = new ForwardExchange(
                    forwards, registry, clearing, tickFen, tradingDays, new SplittableRandom(seed * SEED_MIX + 1));
            forwards.arbitrageur().ifPresent(arb -> {
                int account = openAccount.apply(AccountKind.TRADER, "forward arbitrageur");
                if (arb.holdingsTonnes() > 0) {
                    registry.issue(account, arb.holdingsTonnes(), startYear, true, TransferReason.ISSUANCE);
                    startTonnes = arb.holdingsTonnes();
                }
                registry.receive(account, arb.cashFen(), CashReason.DEPOSIT);
                exchange.setArbitrageur(account);
            });
            for (int i = 0; i < forwards.speculators().count(); i++) {
                int account = openAccount.apply(AccountKind.TRADER, "forward speculator-" + (i + 1));
                registry.receive(account, forwards.speculators().cashFen(), CashReason.DEPOSIT);
                exchange.addSpeculator(account);
            }
        } else {
            exchange = null;
        }
        desk = rules.pledges()
                .map(p -> new PledgeDesk(p, registry, openAccount.apply(AccountKind.LENDER, "lender"), tradingDays))
                .orElse(null);
    }

    /** Allowances the finance block put into accounts from outside the cap (the arbitrageur's stock), t. */
    long startTonnes() {
        return startTonnes;
    }

    /**
     * Registers the enterprise {@code id} of {@code sectorId} with registry {@code account} when it
     * first appears; returns whether its cash is constrained (it then gets its starting cash now).
     */
    boolean admitEnterprise(String id, String sectorId, int account) {
        if (cashLimited(account)) {
            return true;
        }
        for (CashFirm firm : rules.cashFirms()) {
            if (firm.names(id, sectorId)) {
                cashFirms.put(account, firm);
                cashAccounts.add(account);
                cashLimitedAccounts.set(account);
                registry.receive(account, firm.cashFen(), CashReason.DEPOSIT);
                return true;
            }
        }
        return false;
    }

    /** Whether registry {@code account} belongs to a cash-constrained firm. */
    boolean cashLimited(int account) {
        return account >= 0 && cashLimitedAccounts.get(account);
    }

    /** Opens {@code year}: lists its forward contracts. */
    void openYear(int year) {
        if (exchange != null) {
            exchange.openYear(year);
        }
    }

    /** Sets a compliance firm's hedge for the year from its expected {@code shortfallTonnes} (below 0: a surplus). */
    void hedge(int account, long shortfallTonnes) {
        if (exchange == null) {
            return;
        }
        long share = exchange.rules().hedging().shareBasisPoints();
        exchange.hedge(account, shortfallTonnes * share / 10_000);
    }

    /**
     * Before {@code day}'s trading: cash firms' income, deals maturing at {@code priceFen}, and
     * financing for each cash firm whose cash does not pay for its {@code shortfall} at {@code
     * upperLimitFen}; no deal outlives {@code deadline}.
     */
    void beforeTrading(int day, int deadline, long priceFen, long upperLimitFen, Map<Integer, Long> shortfalls) {
        for (int account : cashAccounts) {
            long income = cashFirms.get(account).incomeFenOn(day, tradingDays);
            if (income > 0) {
                registry.receive(account, income, CashReason.DEPOSIT);
            }
        }
        if (desk == null) {
            return;
        }
        desk.mature(day, priceFen);
        if (day >= deadline) {
            return;
        }
        for (int account : cashAccounts) {
            long shortfall = shortfalls.getOrDefault(account, 0L);
            long missing = Math.multiplyExact(Math.max(0, shortfall), upperLimitFen) - registry.cashFen(account);
            if (missing > 0) {
                desk.finance(account, missing, priceFen, day, deadline);
            }
        }
    }

    /** After {@code day}'s spot close at {@code closeTicks}: the forward market's day. */
    void afterTrading(int day, long closeTicks) {
        if (exchange != null) {
            exchange.trade(day, closeTicks);
        }
    }

    /** What {@code account} will receive (above 0) or deliver: forwards and repos outstanding, t. */
    long expectedTonnes(int account) {
        long tonnes = exchange == null ? 0 : exchange.netPositionTonnes(account);
        return desk == null ? tonnes : tonnes + desk.repoOutTonnes(account);
    }

    /**
     * What {@link #expectedTonnes} and the holdings count for {@code account} but it may not sell:
     * pledged, sold under repurchase, or bought forward and not yet delivered, t. A forward sale is
     * already out of the count.
     */
    long encumberedTonnes(int account) {
        long bought = exchange == null ? 0 : Math.max(0, exchange.netPositionTonnes(account));
        long repo = desk == null ? 0 : desk.repoOutTonnes(account);
        return registry.lockedTonnes(account) + repo + bought;
    }

    /** Closes the year's totals. */
    void closeYear(int year) {
        years.add(new FinanceYearResult(
                year,
                exchange == null ? ForwardYear.NONE : exchange.takeYear(),
                desk == null ? FinancingYear.NONE : desk.takeYear()));
    }

    /** Cash-constrained accounts, in order of appearance. */
    List<Integer> cashAccounts() {
        return cashAccounts;
    }

    /** The run's finance result. */
    FinanceResult result() {
        return new FinanceResult(exchange == null ? List.of() : exchange.takeDays(), years);
    }
}
