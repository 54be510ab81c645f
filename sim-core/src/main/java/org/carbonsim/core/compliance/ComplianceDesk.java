package org.carbonsim.core.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;

/**
 * Runs the compliance deadline. Enterprises are settled in the order given (the engine passes them
 * by id): every enterprise buys its credits first, then each surrenders and is settled. For each:
 *
 * <ol>
 *   <li><b>Offsets.</b> Caps and eligibility by the scenario's {@link OffsetRule}, the same rule the
 *       traders plan with and the reference equilibrium counts; when the enterprises due together
 *       have rooms on a programme beyond its supply, each gets the same share of its room
 *       ({@link OffsetRationing}). Programs are taken cheapest marginal price first; a program's
 *       price is {@code priceFenPerTonne} + {@code priceSlopeFenPerMt} × tonnes already sold this year
 *       ÷ 10⁶; its supply is fresh each year from {@code minVintageYear} on and does not carry over.
 *       Credits are bought only when useful: first, while their marginal price is below what the
 *       enterprises take a banked allowance to be worth (the year's average price unless the caller
 *       says otherwise) and banking is not forbidden (so freed allowances keep a use), to replace
 *       allowances; then, whatever the price, to cover a shortfall the allowances held cannot. What the
 *       enterprises leave of their shares goes, once all have bought, to those still short, each up to
 *       its whole cap, rationed by their claims when they exceed it ({@link #shareLeftover}).
 *   <li><b>Allowances.</b> Vintages up to the year are surrendered, oldest first; in a {@link
 *       ComplianceCycle} of several years, year by year, each from the vintages the cycle lets it use.
 *   <li><b>Borrowing.</b> Up to {@code borrowingShare} × obligation (rounded down) of what is still
 *       missing is met from next year's vintage, issued now and owed back as a registry debt.
 *   <li><b>Penalty.</b> The rest is the shortfall: the fine (fen, rounded down) is paid out of the
 *       enterprise's cash, and the deduction tonnes become a registry debt netted from its next
 *       issuance.
 *   <li><b>Banking.</b> Non-bankable lots up to the year are cancelled; of the rest, what the banking
 *       rule allows (Capped: with the year's net sales) is banked and the remainder cancelled.
 * </ol>
 *
 * Keeps offset sales of the current year between calls. Not thread-safe.
 */
public final class ComplianceDesk {
    private final ComplianceRules rules;
    private final OffsetRule offsetRule;
    private final Function<String, CreditMarket> markets;
    private final Map<String, Long> soldThisYear = new HashMap<>();
    /** Per programme id: each enterprise's share of what is left of its supply, by the dues' order, t. */
    private final Map<String, long[]> supplyShares = new HashMap<>();
    /** Per programme id: each enterprise's share of the credits on offer at the bank value, t. */
    private final Map<String, long[]> bankValueShares = new HashMap<>();

    private int lastYear = Integer.MIN_VALUE;

    /** A desk for {@code rules} that buys every programme's credits on its curve; ids must be unique. */
    public ComplianceDesk(ComplianceRules rules) {
        this(rules, id -> CreditMarket.CURVE);
    }

    /**
     * A desk for {@code rules} that buys the credits of the programme with id {@code p} in {@code
     * markets.apply(p)}; offset program ids must be unique.
     */
    public ComplianceDesk(ComplianceRules rules, Function<String, CreditMarket> markets) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.markets = Objects.requireNonNull(markets, "markets");
        this.offsetRule = new OffsetRule(rules);
        Set<String> ids = new HashSet<>();
        for (OffsetProgram program : rules.offsets()) {
            if (!ids.add(program.id())) {
                throw new IllegalArgumentException("offset program id " + program.id() + " is used twice");
            }
        }
    }

    /**
     * Settles {@code year} for {@code dues} against {@code registry}, with {@code averagePriceFen} the
     * year's average allowance price (for fines and the offset-versus-allowance choice).
     */
    public ComplianceYear settle(int year, List<ComplianceDue> dues, Registry registry, long averagePriceFen) {
        return settle(year, dues, registry, averagePriceFen, averagePriceFen);
    }

    /**
     * Settles {@code year} for {@code dues} against {@code registry}, with {@code averagePriceFen} the
     * year's average allowance price (for fines) and {@code bankValueFen} what the enterprises take a
     * banked allowance to be worth: credits replace allowances that would be banked only while they
     * cost less than that.
     */
    public ComplianceYear settle(
            int year, List<ComplianceDue> dues, Registry registry, long averagePriceFen, long bankValueFen) {
        List<CycleDue> cycleDues = new ArrayList<>(dues.size());
        for (ComplianceDue due : dues) {
            cycleDues.add(CycleDue.of(due, year));
        }
        ComplianceCycle annual = ComplianceCycle.annual(year, rules.banking(), rules.borrowingShare());
        return settleCycle(annual, cycleDues, registry, averagePriceFen, bankValueFen);
    }

    /**
     * Settles {@code cycle} at its deadline for {@code dues}, with {@code averagePriceFen} the last
     * year's average allowance price (for fines) and {@code bankValueFen} what the enterprises take a
     * banked allowance to be worth. Offsets are eligible, capped and priced as in the cycle's last
     * year, their caps taken on the cycle's totals; they meet the earliest years' obligations first,
     * then each year in order surrenders allowances of vintages up to {@link
     * ComplianceCycle#newestVintageFor}; borrowing, the penalty and banking then apply to the cycle as
     * a whole.
     */
    public ComplianceYear settleCycle(
            ComplianceCycle cycle, List<CycleDue> dues, Registry registry, long averagePriceFen, long bankValueFen) {
        return settleCycle(cycle, dues, registry, averagePriceFen, bankValueFen, 0);
    }

    /**
     * {@link #settleCycle(ComplianceCycle, List, Registry, long, long)} where a flat programme priced
     * exactly at the bank value replaces allowances that would be banked with up to {@code
     * atValueShare} of each enterprise's cap on it (a share in [0, 1]; 0: none, as a credit that costs
     * what the allowance it frees is worth gains nothing). Enterprises that foresee a least-cost path
     * banking out of a year whose price is that programme's own use this share: the path uses the
     * programme in part, and what it does not need for the year's gap it banks.
     */
    public ComplianceYear settleCycle(
            ComplianceCycle cycle,
            List<CycleDue> dues,
            Registry registry,
            long averagePriceFen,
            long bankValueFen,
            double atValueShare) {
        if (atValueShare < 0 || atValueShare > 1) {
            throw new IllegalArgumentException("atValueShare must be in [0, 1], got " + atValueShare);
        }
        if (averagePriceFen < 0) {
            throw new IllegalArgumentException("averagePriceFen must be >= 0, got " + averagePriceFen);
        }
        if (bankValueFen < 0) {
            throw new IllegalArgumentException("bankValueFen must be >= 0, got " + bankValueFen);
        }
        int year = cycle.lastYear();
        if (year < lastYear) {
            throw new IllegalStateException("compliance for " + year + " after " + lastYear);
        }
        if (year != lastYear) {
            soldThisYear.clear();
            lastYear = year;
        }
        shareOut(year, dues, bankValueFen);
        // only added to, never iterated: sized for every due at once
        Set<String> seen = new HashSet<>((int) Math.min(1L << 30, dues.size() * 4L / 3 + 1));
        for (CycleDue due : dues) {
            if (!seen.add(due.enterpriseId())) {
                throw new IllegalArgumentException("enterprise " + due.enterpriseId() + " is due twice in " + year);
            }
            for (YearObligation owed : due.years()) {
                if (!cycle.contains(owed.year())) {
                    throw new IllegalArgumentException(due.enterpriseId() + " owes for " + owed.year()
                            + ", outside the cycle " + cycle.firstYear() + "-" + cycle.lastYear());
                }
            }
        }
        List<Purchase> purchases = new ArrayList<>(dues.size());
        for (int i = 0; i < dues.size(); i++) {
            purchases.add(buyOwnShare(cycle, dues.get(i), i, registry, averagePriceFen, bankValueFen, atValueShare));
        }
        shareLeftover(year, dues, purchases, registry, averagePriceFen);
        List<ComplianceOutcome> outcomes = new ArrayList<>(dues.size());
        for (int i = 0; i < dues.size(); i++) {
            outcomes.add(settleOne(cycle, dues.get(i), purchases.get(i), registry, averagePriceFen));
        }
        return new ComplianceYear(year, outcomes);
    }

    /** The marginal price of {@code program}'s next credit this year, fen. */
    public long offsetPriceFen(OffsetProgram program) {
        return OffsetRationing.marginalPriceFen(program, soldThisYear.getOrDefault(program.id(), 0L));
    }

    /**
     * Shares the credits of the programmes eligible in {@code year} among {@code dues}' enterprises by
     * the offset rule ({@link OffsetRationing}): what is left of each supply, and the credits on offer
     * when an allowance is worth {@code bankValueFen}, each programme by the enterprises' rooms on it,
     * cheapest first.
     */
    private void shareOut(int year, List<CycleDue> dues, long bankValueFen) {
        List<OffsetProgram> programs = offsetRule.eligible(year);
        long[][] caps = new long[programs.size()][dues.size()];
        long[] totals = new long[dues.size()];
        long[] sold = new long[programs.size()];
        // each due's cycle totals, summed over its years once rather than once per programme
        long[] allocations = new long[dues.size()];
        long[] emissions = new long[dues.size()];
        for (int i = 0; i < dues.size(); i++) {
            allocations[i] = dues.get(i).allocationTonnes();
            emissions[i] = dues.get(i).emissionsTonnes();
        }
        for (int p = 0; p < programs.size(); p++) {
            sold[p] = soldThisYear.getOrDefault(programs.get(p).id(), 0L);
            for (int i = 0; i < dues.size(); i++) {
                caps[p][i] = offsetRule.programCapTonnes(programs.get(p), allocations[i], emissions[i]);
            }
        }
        for (int i = 0; i < dues.size(); i++) {
            totals[i] = offsetRule.totalCapTonnes(allocations[i], emissions[i]);
        }
        long[][] ofSupply = OffsetRationing.atPrice(programs, sold, caps, totals, Double.POSITIVE_INFINITY);
        long[][] atValue = OffsetRationing.atPrice(programs, sold, caps, totals, bankValueFen);
        supplyShares.clear();
        bankValueShares.clear();
        for (int p = 0; p < programs.size(); p++) {
            supplyShares.put(programs.get(p).id(), ofSupply[p]);
            bankValueShares.put(programs.get(p).id(), atValue[p]);
        }
    }

    /** What {@code tonnes} more credits cost when {@code sold} were already sold this year, fen (rounded down). */
    public static long offsetCostFen(OffsetProgram program, long sold, long tonnes) {
        double slopePart = program.priceSlopeFenPerMt() * (tonnes * (double) sold + tonnes * (tonnes - 1) / 2.0) / 1e6;
        return Math.addExact(Math.multiplyExact(tonnes, program.priceFenPerTonne()), (long) Math.floor(slopePart));
    }

    /**
     * The credits {@code due}'s enterprise buys of its own (rationed) share: while they cost less than a
     * banked allowance is worth and banking keeps the allowances they free, then for the gap its
     * allowances leave while they cost less than the tonnes short they replace.
     */
    private Purchase buyOwnShare(
            ComplianceCycle cycle,
            CycleDue due,
            int index,
            Registry registry,
            long averagePriceFen,
            long bankValueFen,
            double atValueShare) {
        int year = cycle.lastYear();
        long obligation = due.obligationTonnes();
        Purchase purchase = new Purchase(offsetRule.totalCapTonnes(due.allocationTonnes(), due.emissionsTonnes()));
        if (cycle.banks()) {
            buyOffsets(year, due, index, purchase, OffsetPass.below(obligation, bankValueFen, true));
            if (atValueShare > 0) {
                buyOffsets(year, due, index, purchase, OffsetPass.atValue(obligation, bankValueFen, atValueShare));
            }
        }
        long need = gapTonnes(due, purchase, registry, year);
        if (need > 0) {
            long shortFen = rules.penalty().costPerTonneShortFen(need, averagePriceFen);
            buyOffsets(year, due, index, purchase, OffsetPass.below(purchase.usedTonnes + need, shortFen, false));
        }
        return purchase;
    }

    /** What {@code due}'s enterprise still misses after its credits and the allowances it holds, t. */
    private static long gapTonnes(CycleDue due, Purchase purchase, Registry registry, int year) {
        return due.obligationTonnes() - purchase.usedTonnes - registry.holdingTonnes(due.account(), year);
    }

    /**
     * Passes the credits the enterprises left of their shares to those still short, so that no credit
     * goes unsold while a firm that may use it is fined. Programmes are taken cheapest first (by id
     * among equal prices); on each, every enterprise still short claims what it would buy for its gap,
     * up to its whole cap on the programme and within its total cap, while the credits cost less than
     * the tonnes short they replace. When the claims exceed what is left, each gets the same share of
     * its claim in whole tonnes, by the rule that shares the supply ({@link
     * OffsetRationing#proportional}); each enterprise buys only while the curve's marginal price stays
     * below its own limit.
     */
    private void shareLeftover(
            int year, List<CycleDue> dues, List<Purchase> purchases, Registry registry, long averagePriceFen) {
        for (OffsetProgram program : cheapestFirst(year)) {
            long left = program.supplyTonnesPerYear() - soldThisYear.getOrDefault(program.id(), 0L);
            if (left <= 0) {
                continue;
            }
            long[] claims = new long[dues.size()];
            long[] limitsFen = new long[dues.size()];
            long claimed = 0;
            long sold = soldThisYear.getOrDefault(program.id(), 0L);
            for (int i = 0; i < dues.size(); i++) {
                CycleDue due = dues.get(i);
                Purchase purchase = purchases.get(i);
                long gap = gapTonnes(due, purchase, registry, year);
                if (gap <= 0) {
                    continue;
                }
                limitsFen[i] = rules.penalty().costPerTonneShortFen(gap, averagePriceFen);
                long cap = offsetRule.programCapTonnes(program, due.allocationTonnes(), due.emissionsTonnes())
                        - purchase.tonnesOf(program);
                long claim = Math.min(Math.min(gap, cap), purchase.totalCapTonnes - purchase.usedTonnes);
                claims[i] = Math.max(0, Math.min(claim, affordable(program, sold, limitsFen[i])));
                claimed = Math.addExact(claimed, claims[i]);
            }
            long[] shares = claimed <= left ? claims : OffsetRationing.proportional(left, claims);
            buyUpTo(program, shares, limitsFen, purchases);
        }
    }

    /**
     * Buys for each enterprise {@code i} up to {@code tonnes[i]} of {@code program} in the order
     * given, within what is left of the supply and while the curve's marginal price stays below its
     * {@code limitsFen[i]}; lowers {@code tonnes[i]} to what it bought.
     */
    private void buyUpTo(OffsetProgram program, long[] tonnes, long[] limitsFen, List<Purchase> purchases) {
        for (int i = 0; i < tonnes.length; i++) {
            long now = soldThisYear.getOrDefault(program.id(), 0L);
            long want = Math.min(
                    Math.min(tonnes[i], program.supplyTonnesPerYear() - now), affordable(program, now, limitsFen[i]));
            tonnes[i] = Math.max(0, want);
            if (want > 0) {
                buy(program, now, want, purchases.get(i));
            }
        }
    }

    private ComplianceOutcome settleOne(
            ComplianceCycle cycle, CycleDue due, Purchase purchase, Registry registry, long averagePriceFen) {
        int year = cycle.lastYear();
        int account = due.account();
        long obligation = due.obligationTonnes();
        registry.pay(account, purchase.costFen, CashReason.OFFSET_PURCHASE);

        long offsetsLeft = purchase.usedTonnes;
        long surrendered = 0;
        long remaining = 0;
        for (YearObligation owed : due.years()) {
            long fromOffsets = Math.min(offsetsLeft, owed.obligationTonnes());
            offsetsLeft -= fromOffsets;
            long wanted = owed.obligationTonnes() - fromOffsets;
            long given = registry.surrender(account, wanted, cycle.newestVintageFor(owed.year()));
            surrendered += given;
            remaining += wanted - given;
        }
        long borrowed = Math.min(remaining, (long) Math.floor(cycle.borrowingShare() * obligation));
        if (borrowed > 0) {
            registry.issue(account, borrowed, year + 1, true, TransferReason.BORROWING);
            registry.surrender(account, borrowed, year + 1);
            registry.addDebt(account, borrowed);
        }
        long shortfall = remaining - borrowed;
        long fine = shortfall > 0 ? rules.penalty().fineFen(shortfall, averagePriceFen) : 0;
        long deduction = shortfall > 0 ? rules.penalty().deductionTonnes(shortfall) : 0;
        registry.pay(account, fine, CashReason.PENALTY);
        if (deduction > 0) {
            registry.addDebt(account, deduction);
        }

        long nonBankable = registry.nonBankableTonnes(account, year);
        long left = registry.holdingTonnes(account, year);
        long banked = cycle.banking().bankableTonnes(left - nonBankable, due.netSalesTonnes());
        long cancelled = left - banked;
        if (cancelled > 0) {
            registry.cancel(account, cancelled, year, TransferReason.BANKING_CANCELLATION);
        }
        return new ComplianceOutcome(
                due.enterpriseId(),
                obligation,
                surrendered,
                purchase.offsets,
                purchase.costFen,
                borrowed,
                shortfall,
                fine,
                deduction,
                banked,
                cancelled);
    }

    /**
     * Buys credits of the eligible programmes {@code pass} takes, cheapest first (by id among equal
     * prices), until its target is used: of each programme at most its share of what is left of the
     * supply ({@link #shareOut}), and, when the pass has a price limit, only credits whose marginal
     * price is below it. With {@code pass.atBankValue()}, each enterprise takes of a programme at most
     * its share of the credits on offer at the bank value, and at most {@code pass.shareLimit()} of its
     * cap on it, as the traders plan ({@code engine.OffsetPlan}): on a rising curve the enterprises
     * settled first would otherwise take their whole caps and leave the later ones short of the
     * credits they planned, to buy them above the allowance price. One loop serves every pass so that
     * caps, supply and the enterprise's total cap bind each purchase the same way.
     */
    private void buyOffsets(int year, CycleDue due, int index, Purchase purchase, OffsetPass pass) {
        for (OffsetProgram program : cheapestFirst(year)) {
            if (!pass.takes().test(program)) {
                continue;
            }
            long sold = soldThisYear.getOrDefault(program.id(), 0L);
            long ownShare = (pass.atBankValue() ? bankValueShares : supplyShares).get(program.id())[index];
            if (pass.shareLimit() < 1) {
                ownShare = Math.min(ownShare, (long) Math.floor(pass.shareLimit()
                        * offsetRule.programCapTonnes(program, due.allocationTonnes(), due.emissionsTonnes())));
            }
            long programCap = ownShare - purchase.tonnesOf(program);
            long supply = program.supplyTonnesPerYear() - sold;
            long used = purchase.usedTonnes;
            long want = Math.min(
                    Math.min(pass.targetTonnes() - used, purchase.totalCapTonnes - used), Math.min(programCap, supply));
            if (pass.priceLimitFen().isPresent()) {
                want = Math.min(
                        want, affordable(program, sold, pass.priceLimitFen().getAsLong()));
            }
            if (want <= 0) {
                continue;
            }
            buy(program, sold, want, purchase);
        }
    }

    /** The programmes eligible in {@code year}, cheapest marginal price first, by id among equal prices. */
    private List<OffsetProgram> cheapestFirst(int year) {
        List<OffsetProgram> programs = offsetRule.eligible(year);
        programs.sort((a, b) -> {
            int byPrice = Long.compare(offsetPriceFen(a), offsetPriceFen(b));
            return byPrice != 0 ? byPrice : a.id().compareTo(b.id());
        });
        return programs;
    }

    /**
     * Buys {@code want} credits of {@code program}, {@code sold} of which the market has sold this year,
     * for {@code purchase}.
     */
    private void buy(OffsetProgram program, long sold, long want, Purchase purchase) {
        purchase.add(program, want, markets.apply(program.id()).buyFen(program, sold, want));
        soldThisYear.put(program.id(), sold + want);
    }

    /** How many more credits have a marginal price strictly below {@code priceLimitFen}. */
    private static long affordable(OffsetProgram program, long sold, long priceLimitFen) {
        long below =
                OffsetRationing.creditsBelow(program.priceFenPerTonne(), program.priceSlopeFenPerMt(), priceLimitFen);
        return below == Long.MAX_VALUE ? below : Math.max(0, below - sold);
    }

    /**
     * One pass of offset buying for an enterprise: up to {@code targetTonnes} used in all, of the
     * programmes {@code takes} accepts, at most {@code shareLimit} of the enterprise's cap on each,
     * and, when {@code priceLimitFen} is present, only credits whose marginal price is below it; with
     * {@code atBankValue}, of each programme at most the enterprise's share of the credits on offer at
     * the bank value, else its share of the supply.
     */
    private record OffsetPass(
            long targetTonnes,
            Predicate<OffsetProgram> takes,
            double shareLimit,
            OptionalLong priceLimitFen,
            boolean atBankValue) {
        /**
         * Every programme, each up to its whole (rationed) cap, while its credits cost less than
         * {@code priceLimitFen}.
         */
        static OffsetPass below(long targetTonnes, long priceLimitFen, boolean atBankValue) {
            return new OffsetPass(targetTonnes, program -> true, 1.0, OptionalLong.of(priceLimitFen), atBankValue);
        }

        /**
         * Only flat programmes priced exactly at {@code valueFen}, each up to {@code share} of the
         * cap: such a credit costs what the allowance it frees is worth, so no price limit applies.
         */
        static OffsetPass atValue(long targetTonnes, long valueFen, double share) {
            return new OffsetPass(
                    targetTonnes,
                    program -> program.priceSlopeFenPerMt() == 0 && program.priceFenPerTonne() == valueFen,
                    share,
                    OptionalLong.empty(),
                    true);
        }
    }

    /** The credits one enterprise buys at a deadline, by programme, and what they cost. */
    private static final class Purchase {
        /** By programme id in order, so the outcome's sorted copy of it is built at once, not entry by entry. */
        private final Map<String, Long> offsets = new TreeMap<>();

        private final long totalCapTonnes;
        private long usedTonnes;
        private long costFen;

        Purchase(long totalCapTonnes) {
            this.totalCapTonnes = totalCapTonnes;
        }

        long tonnesOf(OffsetProgram program) {
            return offsets.getOrDefault(program.id(), 0L);
        }

        void add(OffsetProgram program, long tonnes, long fen) {
            costFen = Math.addExact(costFen, fen);
            offsets.merge(program.id(), tonnes, Long::sum);
            usedTonnes += tonnes;
        }
    }
}
