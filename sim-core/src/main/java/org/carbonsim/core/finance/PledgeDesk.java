package org.carbonsim.core.finance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;

/**
 * The lender's desk: pledge loans (质押) and sales under repurchase (回购) against allowances.
 *
 * <p>A firm short of {@code missingFen} finances {@code T = ceil(missing / (price × (1 − haircut)))}
 * tonnes, at most {@code maxShare} of its available allowances, and receives {@code floor(T × price ×
 * (1 − haircut))} fen from outside (the lender's cash is not in the system). A pledge locks the tonnes
 * in the firm's own account ({@link Registry#lock}); a repo moves them to the lender's account. At
 * maturity ({@code termDays} later, never after the day given as the last) the firm owes the principal
 * and simple interest {@code ceil(principal × rate × days held / trading days)}. If its cash covers
 * that, it pays, and the pledge is released or the allowances bought back. If not, the lender keeps
 * {@code ceil(owed / price)} of a pledge's tonnes (at most all of them; the rest is released) or all of
 * a repo's, and the debt is settled. One deal per firm at a time. Not thread-safe.
 */
public final class PledgeDesk {
    private final PledgeRules rules;
    private final Registry registry;
    private final int lenderAccount;
    private final int tradingDays;
    private final List<Deal> open = new ArrayList<>();
    private long pledgedTonnes;
    private long repoTonnes;
    private long lentFen;
    private long interestFen;
    private long forfeitedTonnes;
    private int deals;

    private record Deal(int account, long tonnes, long principalFen, int startDay, int maturityDay) {}

    /**
     * A desk lending by {@code rules} through {@code registry}, whose {@code lenderAccount} receives
     * repo and forfeited allowances, in a year of {@code tradingDays}.
     */
    public PledgeDesk(PledgeRules rules, Registry registry, int lenderAccount, int tradingDays) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.lenderAccount = lenderAccount;
        if (tradingDays < 1) {
            throw new IllegalArgumentException("tradingDays must be >= 1, got " + tradingDays);
        }
        this.tradingDays = tradingDays;
    }

    /** The rules the desk lends by. */
    public PledgeRules rules() {
        return rules;
    }

    /**
     * Finances {@code missingFen} for {@code account} against its allowances valued at {@code
     * priceFen}, on {@code day}, maturing at the latest on {@code lastDay}; returns the tonnes pledged
     * or sold under repurchase (0 when the firm has a deal open, nothing to finance, or no allowances).
     */
    public long finance(int account, long missingFen, long priceFen, int day, int lastDay) {
        if (missingFen <= 0 || priceFen <= 0 || hasOpenDeal(account) || day >= lastDay) {
            return 0;
        }
        long lentPerTonneBasis = Math.multiplyExact(priceFen, 10_000L - rules.haircutBasisPoints());
        if (lentPerTonneBasis <= 0) {
            return 0;
        }
        long wanted = -Math.floorDiv(-Math.multiplyExact(missingFen, 10_000L), lentPerTonneBasis);
        long most = registry.availableTonnes(account) * rules.maxShareBasisPoints() / 10_000;
        long tonnes = Math.min(wanted, most);
        if (tonnes <= 0) {
            return 0;
        }
        long principal = Math.multiplyExact(tonnes, lentPerTonneBasis) / 10_000;
        if (rules.kind() == FinancingKind.PLEDGE) {
            if (!registry.lock(account, tonnes)) {
                throw new IllegalStateException("pledge of " + tonnes + " t not locked in account " + account);
            }
            registry.receive(account, principal, CashReason.LOAN);
            pledgedTonnes += tonnes;
        } else {
            registry.transfer(account, lenderAccount, tonnes, TransferReason.REPO);
            registry.receive(account, principal, CashReason.REPO);
            repoTonnes += tonnes;
        }
        lentFen = Math.addExact(lentFen, principal);
        deals++;
        open.add(new Deal(account, tonnes, principal, day, Math.min(lastDay, day + rules.termDays())));
        return tonnes;
    }

    /** Settles every deal maturing on or before {@code day}, allowances valued at {@code priceFen}. */
    public void mature(int day, long priceFen) {
        for (int i = 0; i < open.size(); ) {
            Deal deal = open.get(i);
            if (deal.maturityDay() <= day) {
                settle(deal, day, priceFen);
                open.remove(i);
            } else {
                i++;
            }
        }
    }

    private void settle(Deal deal, int day, long priceFen) {
        long heldDays = Math.max(1, day - deal.startDay());
        long interest = -Math.floorDiv(
                -Math.multiplyExact(Math.multiplyExact(deal.principalFen(), rules.rateBasisPoints()), heldDays),
                10_000L * tradingDays);
        long owed = Math.addExact(deal.principalFen(), interest);
        int account = deal.account();
        boolean pays = registry.cashFen(account) >= owed;
        if (rules.kind() == FinancingKind.PLEDGE) {
            registry.release(account, deal.tonnes());
            if (pays) {
                registry.pay(account, deal.principalFen(), CashReason.LOAN);
                registry.pay(account, interest, CashReason.INTEREST);
                interestFen = Math.addExact(interestFen, interest);
            } else {
                long kept = Math.min(deal.tonnes(), -Math.floorDiv(-owed, Math.max(1, priceFen)));
                registry.transfer(account, lenderAccount, kept, TransferReason.PLEDGE_FORFEIT);
                forfeitedTonnes += kept;
            }
        } else if (pays) {
            registry.pay(account, deal.principalFen(), CashReason.REPO);
            registry.pay(account, interest, CashReason.INTEREST);
            registry.transfer(lenderAccount, account, deal.tonnes(), TransferReason.REPO);
            interestFen = Math.addExact(interestFen, interest);
        } else {
            forfeitedTonnes += deal.tonnes();
        }
    }

    /** Whether {@code account} has a deal open. */
    public boolean hasOpenDeal(int account) {
        for (Deal deal : open) {
            if (deal.account() == account) {
                return true;
            }
        }
        return false;
    }

    /** Tonnes {@code account} has sold under repurchase and expects back, t. */
    public long repoOutTonnes(int account) {
        long total = 0;
        for (Deal deal : open) {
            if (deal.account() == account && rules.kind() == FinancingKind.REPO) {
                total += deal.tonnes();
            }
        }
        return total;
    }

    /** The year's totals so far, and starts the next year's. */
    public FinancingYear takeYear() {
        FinancingYear year = new FinancingYear(pledgedTonnes, repoTonnes, lentFen, interestFen, forfeitedTonnes, deals);
        pledgedTonnes = 0;
        repoTonnes = 0;
        lentFen = 0;
        interestFen = 0;
        forfeitedTonnes = 0;
        deals = 0;
        return year;
    }
}
