package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.compliance.CapBase;
import org.carbonsim.core.compliance.OffsetProgram;
import org.carbonsim.core.compliance.OffsetRationing;
import org.carbonsim.core.compliance.OffsetRule;
import org.carbonsim.core.equilibrium.FirmOffsetCaps;
import org.carbonsim.core.equilibrium.OffsetSupply;
import org.carbonsim.core.equilibrium.OffsetTranche;

/**
 * The covered enterprises' offset credits for a year under the scenario's {@link OffsetRule}: what
 * the reference equilibrium counts and what each enterprise plans to surrender. At an allowance price
 * p each enterprise plans its share of the credits on offer at p, by the rule the compliance desk
 * sells by ({@link OffsetRationing}): a sloped programme's credits whose marginal price is below p, a
 * flat one's from its price up, shared cheapest programme first by the enterprises' rooms (their caps
 * on the programme within what their caps on all programmes leave), in whole tonnes, so that a plan
 * counts exactly the credits the desk sells.
 * A firm that plans credits needs that many fewer allowances, so the allowance price settles where
 * abatement and credits together close the gap, as in the least-cost answer with offsets. Immutable
 * but for the shares it keeps, which only save work; safe to read from several threads.
 */
final class OffsetPlan {
    static final OffsetPlan NONE =
            new OffsetPlan(OffsetSupply.NONE, List.of(), Map.of(), new long[0][], new long[0], new long[0], -1, 1);

    /** The most sets of credits on offer whose shares a plan keeps at once. */
    private static final int PREFIXES_KEPT = 4_096;

    private final OffsetSupply supply;
    private final List<OffsetProgram> programs;
    /** Per enterprise id: its index in {@link #caps}' rows. */
    private final Map<String, Integer> index;
    /** Per programme, per enterprise: its cap on the programme, t. */
    private final long[][] caps;
    /** Per enterprise: its cap on all programmes together, t. */
    private final long[] totalCaps;
    /** Per programme: the enterprises' caps on it added up, t. */
    private final long[] capsOnProgram;
    /** The price of the flat programmes the foreseen path uses in part ({@link #onPath}), fen; else -1. */
    private final long marginalPriceFen;
    /** The share of their caps on those programmes the path uses, in [0, 1]; 1 where none is marginal. */
    private final double marginalShare;
    /** {@link #flatStepPricesFen()}, worked out once: every enterprise's cost reads it each year. */
    private final long[] flatStepPricesFen;
    /** The programmes' indices, cheapest first credit first, by id among equal prices, as the desk takes them. */
    private final int[] order;
    /**
     * The shares of the programmes before the dearest one on offer ({@link Prefix}), keyed by that
     * programme's place in {@link #order} and the credits the ones before it offer: every
     * enterprise's plan reads the same, and a flat programme offers the same at every price above its
     * own.
     */
    private final Map<List<Long>, Prefix> prefixes = new ConcurrentHashMap<>();

    /**
     * Per place in {@link #order}, the prefix read last with that programme the dearest on offer: the
     * traders read their plans at prices about the market's, where the programmes before it nearly
     * always offer the same, so it is found without building a key.
     */
    private final AtomicReferenceArray<LastPrefix> lastPrefixes;

    /**
     * Every enterprise's credits of the programmes before the dearest one on offer, by their place
     * in {@link #order} ({@code [k][i]}, t), and what each enterprise's cap on all programmes leaves
     * after them, t. Not to be written to.
     */
    private record Prefix(long[][] shares, long[] totalLeftTonnes, Map<Long, long[]> lastShares) {
        Prefix(long[][] shares, long[] totalLeftTonnes) {
            this(shares, totalLeftTonnes, new ConcurrentHashMap<>());
        }

        /**
         * Every enterprise's credits of the dearest programme on offer when it offers {@code
         * offeredTonnes} and its caps are {@code capsTonnes}, t ({@link OffsetRationing#shareOne} after
         * this prefix): worked out once for all the enterprises that read their plans at that price.
         */
        long[] lastShares(long offeredTonnes, long[] capsTonnes) {
            long[] kept = lastShares.get(offeredTonnes);
            if (kept == null) {
                if (lastShares.size() >= PREFIXES_KEPT) {
                    lastShares.clear();
                }
                kept = OffsetRationing.shareOne(offeredTonnes, capsTonnes, totalLeftTonnes.clone());
                lastShares.put(offeredTonnes, kept);
            }
            return kept;
        }
    }

    /**
     * Where every programme is flat: every enterprise's shares ({@link #sharesAt}) at the dearest
     * programme price at or below the price read, the only prices at which they change; in slot 0
     * below them all (price -1), in slot {@code p + 1} at programme {@code p}'s price, the first
     * programme of that price. Null until read. An array by slot rather than a map by price: every
     * enterprise's cost reads its plan at several prices as a year opens and at verification.
     */
    private final AtomicReferenceArray<long[][]> flatShares;

    private OffsetPlan(
            OffsetSupply supply,
            List<OffsetProgram> programs,
            Map<String, Integer> index,
            long[][] caps,
            long[] totalCaps,
            long[] capsOnProgram,
            long marginalPriceFen,
            double marginalShare) {
        this.supply = supply;
        this.programs = programs;
        this.index = index;
        this.caps = caps;
        this.totalCaps = totalCaps;
        this.capsOnProgram = capsOnProgram;
        this.marginalPriceFen = marginalPriceFen;
        this.marginalShare = marginalShare;
        this.flatStepPricesFen = stepPricesFen(supply, marginalPriceFen);
        long[] pricesFen = new long[programs.size()];
        List<String> ids = new ArrayList<>(programs.size());
        for (int p = 0; p < pricesFen.length; p++) {
            pricesFen[p] = programs.get(p).priceFenPerTonne();
            ids.add(programs.get(p).id());
        }
        this.order = OffsetRationing.cheapestFirst(pricesFen, ids);
        this.lastPrefixes = new AtomicReferenceArray<>(order.length);
        this.flatShares = new AtomicReferenceArray<>(programs.size() + 1);
    }

    /**
     * The same plan for enterprises that foresee the least-cost path, which uses {@code path}'s credits
     * this year. Where the path's price is a flat programme's own price, the path uses that programme's
     * credits only in part, and at that allowance price each enterprise plans, of each such programme,
     * the share of its cap the path uses (what the path's credits leave after the cheaper programmes',
     * over all the caps on the programmes at that price); above it, every credit on offer as before. An
     * enterprise that planned its whole share at that price would need no allowance that others hold
     * beyond their own needs, and they, valuing an allowance at the year's price, would bank it (worth
     * next year's price discounted, or nothing after the last year) or let it lapse while credits were
     * bought at the full price: the cost the path avoids. The plan itself where no programme is
     * marginal on the path.
     */
    OffsetPlan onPath(CreditsOnPath path) {
        if (this == NONE || path.priceFen() < 0) {
            return this;
        }
        double cheaper = 0;
        long marginalCaps = 0;
        long[][] atPath = sharesAt(path.priceFen());
        for (int p = 0; p < programs.size(); p++) {
            if (isMarginal(p, path.priceFen())) {
                marginalCaps = Math.addExact(marginalCaps, capsOnProgram[p]);
            } else {
                for (long tonnes : atPath[p]) {
                    cheaper += tonnes;
                }
            }
        }
        if (marginalCaps == 0) {
            return this;
        }
        double share = Math.max(0, Math.min(1, (path.creditsTonnes() - cheaper) / marginalCaps));
        return new OffsetPlan(supply, programs, index, caps, totalCaps, capsOnProgram, path.priceFen(), share);
    }

    /**
     * The share of each enterprise's cap on the flat programmes priced at {@code valueFen} that the
     * foreseen path uses, where the path uses them in part at that price ({@link #onPath}); else 0.
     */
    double pathShareAt(long valueFen) {
        return marginalPriceFen >= 0 && marginalPriceFen == valueFen ? marginalShare : 0;
    }

    /**
     * The plan for {@code year} of enterprises with the given allocations and emissions (expected at
     * the start of the year, verified after verification), keyed by enterprise id.
     */
    static OffsetPlan of(
            OffsetRule rule, int year, Map<String, Long> allocationTonnes, Map<String, Long> emissionsTonnes) {
        Objects.requireNonNull(rule, "rule");
        if (rule.eligible(year).isEmpty()) {
            return NONE;
        }
        List<OffsetProgram> programs = rule.eligible(year);
        Map<String, Integer> index = new HashMap<>(YearPlans.capacityFor(allocationTonnes.size()));
        long[][] caps = new long[programs.size()][allocationTonnes.size()];
        long[] totalCaps = new long[allocationTonnes.size()];
        long[] capsOnProgram = new long[programs.size()];
        int i = 0;
        for (Map.Entry<String, Long> firm : allocationTonnes.entrySet()) {
            String id = firm.getKey();
            long allocation = firm.getValue();
            long firmEmissions = emissionsTonnes.getOrDefault(id, 0L);
            index.put(id, i);
            for (int p = 0; p < programs.size(); p++) {
                caps[p][i] = rule.programCapTonnes(programs.get(p), allocation, firmEmissions);
                capsOnProgram[p] = Math.addExact(capsOnProgram[p], caps[p][i]);
            }
            totalCaps[i] = rule.totalCapTonnes(allocation, firmEmissions);
            i++;
        }
        return new OffsetPlan(
                referenceSupply(rule, year, allocationTonnes), programs, index, caps, totalCaps, capsOnProgram, -1, 1);
    }

    /**
     * The credits as the reference equilibrium sees them: per eligible programme, the caps that rest
     * on allocation summed over the enterprises in tonnes, and a cap on emissions as a share the
     * solver applies to the emissions left at each price; and each enterprise's own caps on
     * allocation ({@link FirmOffsetCaps}), by which the solver shares the credits out. Every cap on
     * allocation is the rule's own ({@link OffsetRule#programCapTonnes}, {@link
     * OffsetRule#totalCapTonnes}), so the reference and the desk count the same whole tonnes.
     */
    static OffsetSupply referenceSupply(OffsetRule rule, int year, Map<String, Long> allocationTonnes) {
        return referenceSupply(rule, year, allocationTonnes.size(), firm -> allocationTonnes.forEach(firm::accept));
    }

    /**
     * {@link #referenceSupply(OffsetRule, int, Map)} over the allocation of {@code lines}, which come in
     * enterprise-id order (as an {@link org.carbonsim.core.allocation.AllocationTable}'s do) and so give what the allocations by id
     * in a sorted map give, without the map.
     */
    static OffsetSupply referenceSupply(OffsetRule rule, int year, List<AllocationLine> lines) {
        return referenceSupply(rule, year, lines.size(), firm -> {
            for (AllocationLine line : lines) {
                firm.accept(line.enterpriseId(), line.allocationTonnes());
            }
        });
    }

    /**
     * {@link #referenceSupply(OffsetRule, int, Map)} of the {@code count} enterprises {@code allocations}
     * hands to its consumer, each id with its allocation, t, in id order.
     */
    private static OffsetSupply referenceSupply(
            OffsetRule rule, int year, int count, Consumer<ObjLongConsumer<String>> allocations) {
        List<OffsetProgram> programs = rule.eligible(year);
        if (programs.isEmpty()) {
            return OffsetSupply.NONE;
        }
        List<FirmOffsetCaps> firms = new ArrayList<>(count);
        long[] caps = new long[programs.size()];
        long[] totalCap = new long[1];
        allocations.accept((id, allocation) ->
                totalCap[0] = Math.addExact(totalCap[0], addCaps(rule, programs, id, allocation, caps, firms)));
        return referenceSupply(rule, programs, caps, totalCap[0], firms);
    }

    /**
     * Adds to {@code firms} the caps of enterprise {@code id} allocated {@code allocation}, adds its
     * cap on each programme to {@code caps}, and returns its cap on all programmes.
     */
    private static long addCaps(
            OffsetRule rule,
            List<OffsetProgram> programs,
            String id,
            long allocation,
            long[] caps,
            List<FirmOffsetCaps> firms) {
        // an immutable list, which the caps keep as it is rather than copy it
        Long[] own = new Long[programs.size()];
        for (int p = 0; p < programs.size(); p++) {
            long cap = programs.get(p).capBase() == CapBase.ALLOCATION
                    ? rule.programCapTonnes(programs.get(p), allocation, 0)
                    : 0;
            own[p] = cap;
            caps[p] = Math.addExact(caps[p], cap);
        }
        long total = rule.totalCapTonnes(allocation, 0);
        firms.add(new FirmOffsetCaps(id, List.of(own), total));
        return total;
    }

    /** The reference supply of {@code programs} from the enterprises' caps summed. */
    private static OffsetSupply referenceSupply(
            OffsetRule rule, List<OffsetProgram> programs, long[] caps, long totalCap, List<FirmOffsetCaps> firms) {
        List<OffsetTranche> tranches = new ArrayList<>();
        for (int p = 0; p < programs.size(); p++) {
            OffsetProgram program = programs.get(p);
            tranches.add(new OffsetTranche(
                    program.id(),
                    program.supplyTonnesPerYear(),
                    program.priceFenPerTonne(),
                    program.priceSlopeFenPerMt(),
                    caps[p],
                    program.capBase() == CapBase.ALLOCATION ? 0 : program.capShare()));
        }
        return new OffsetSupply(tranches, totalCap, rule.totalCapEmissionsShare(), firms);
    }

    /** The credits the reference equilibrium counts. */
    OffsetSupply supply() {
        return supply;
    }

    /**
     * The credits {@code enterpriseId} plans to surrender when allowances cost {@code allowancePriceFen},
     * t: its share of each programme's credits on offer at that price, by the offset rule the desk
     * sells by ({@link OffsetRationing#atPrice}: shared by the enterprises' rooms, cheapest programme
     * first, within its cap on all programmes). At the price where the foreseen path uses a flat
     * programme in part ({@link #onPath}), no more of its cap on it than the share the path uses.
     */
    long plannedTonnes(String enterpriseId, long allowancePriceFen) {
        return forEnterprise(enterpriseId).plannedTonnes(allowancePriceFen);
    }

    /** The plan of {@code enterpriseId} alone, to be read at many prices. */
    EnterprisePlan forEnterprise(String enterpriseId) {
        return new EnterprisePlan(this, index.getOrDefault(enterpriseId, -1));
    }

    /** Every enterprise's credits of each programme on offer at {@code allowancePriceFen}, {@code [p][i]}, t. */
    private long[][] sharesAt(long allowancePriceFen) {
        return OffsetRationing.atPrice(programs, new long[programs.size()], caps, totalCaps, allowancePriceFen);
    }

    /**
     * Enterprise {@code i}'s credits at {@code allowancePriceFen}, t: its row of {@link #sharesAt},
     * the programmes before the dearest one on offer read from {@link #prefixes} and that one from
     * the prefix's shares of it at what it offers ({@link Prefix#lastShares}), and at the price where the
     * foreseen path uses a flat programme in part no more of its cap on it than the path's share.
     */
    private long plannedTonnes(int i, long allowancePriceFen) {
        if (flatStepPricesFen != null) {
            long step = -1;
            int slot = 0;
            for (int p = 0; p < programs.size(); p++) {
                long priceFen = programs.get(p).priceFenPerTonne();
                if (priceFen <= allowancePriceFen && priceFen > step) {
                    step = priceFen;
                    slot = p + 1;
                }
            }
            long[][] shares = flatShares.get(slot);
            if (shares == null) {
                // worked out once: a thread that loses the race reads the winner's, equal, shares
                shares = sharesAt(step);
                if (!flatShares.compareAndSet(slot, null, shares)) {
                    shares = flatShares.get(slot);
                }
            }
            long planned = 0;
            for (int p = 0; p < shares.length; p++) {
                planned = Math.addExact(planned, marginalCapped(p, shares[p][i], i, allowancePriceFen));
            }
            return planned;
        }
        long[] offered = new long[programs.size()];
        for (int p = 0; p < offered.length; p++) {
            OffsetProgram program = programs.get(p);
            offered[p] = OffsetRationing.creditsOnOffer(
                    program.priceFenPerTonne(),
                    program.priceSlopeFenPerMt(),
                    program.supplyTonnesPerYear(),
                    allowancePriceFen);
        }
        int last = order.length - 1;
        while (last >= 0 && offered[order[last]] == 0) {
            last--;
        }
        if (last < 0) {
            return 0;
        }
        Prefix prefix = prefix(offered, last);
        long planned = 0;
        for (int k = 0; k <= last; k++) {
            int p = order[k];
            long tonnes = k < last ? prefix.shares()[k][i] : prefix.lastShares(offered[p], caps[p])[i];
            planned = Math.addExact(planned, marginalCapped(p, tonnes, i, allowancePriceFen));
        }
        return planned;
    }

    /**
     * Enterprise {@code i}'s {@code tonnes} of programme {@code p} at {@code allowancePriceFen}, at
     * the price where the foreseen path uses that flat programme in part no more of its cap than the
     * path's share.
     */
    private long marginalCapped(int p, long tonnes, int i, long allowancePriceFen) {
        return allowancePriceFen == marginalPriceFen && isMarginal(p, allowancePriceFen)
                ? Math.min(tonnes, (long) Math.floor(marginalShare * caps[p][i]))
                : tonnes;
    }

    /** The {@link Prefix} of the programmes before {@code order[last]} when they offer {@code offered}. */
    private Prefix prefix(long[] offered, int last) {
        LastPrefix recent = lastPrefixes.get(last);
        if (recent != null && recent.holds(offered, last, order)) {
            return recent.prefix();
        }
        List<Long> key = new ArrayList<>(last + 1);
        key.add((long) last);
        for (int k = 0; k < last; k++) {
            key.add(offered[order[k]]);
        }
        Prefix kept = prefixes.get(key);
        if (kept == null) {
            long[] left = totalCaps.clone();
            long[][] shares = new long[last][];
            for (int k = 0; k < last; k++) {
                shares[k] = OffsetRationing.shareOne(offered[order[k]], caps[order[k]], left);
            }
            if (prefixes.size() >= PREFIXES_KEPT) {
                prefixes.clear();
            }
            kept = new Prefix(shares, left);
            prefixes.put(key, kept);
        }
        long[] offeredBefore = new long[last];
        for (int k = 0; k < last; k++) {
            offeredBefore[k] = offered[order[k]];
        }
        lastPrefixes.set(last, new LastPrefix(last, offeredBefore, kept));
        return kept;
    }

    /**
     * The {@link Prefix} read last, with what it was read for: the programme on offer last and the
     * credits the ones before it offer, in {@link #order}. Not to be written to.
     */
    private record LastPrefix(int last, long[] offeredBefore, Prefix prefix) {
        /** Whether this is the prefix of {@code order[last]} when the programmes offer {@code offered}. */
        boolean holds(long[] offered, int last, int[] order) {
            if (last != this.last) {
                return false;
            }
            for (int k = 0; k < last; k++) {
                if (offered[order[k]] != offeredBefore[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether programme {@code p} is flat and priced at {@code priceFen}. */
    private boolean isMarginal(int p, long priceFen) {
        OffsetProgram program = programs.get(p);
        return program.priceSlopeFenPerMt() == 0 && program.priceFenPerTonne() == priceFen;
    }

    /**
     * {@link #plannedTonnes(String, long)} of one enterprise: its row of the plan's shares at each
     * price read. Immutable.
     */
    static final class EnterprisePlan {
        private final OffsetPlan plan;
        private final int index;

        private EnterprisePlan(OffsetPlan plan, int index) {
            this.plan = plan;
            this.index = index;
        }

        /** The credits the enterprise plans to surrender when allowances cost {@code allowancePriceFen}, t. */
        long plannedTonnes(long allowancePriceFen) {
            return index < 0 ? 0 : plan.plannedTonnes(index, allowancePriceFen);
        }
    }

    /** The cap of {@code enterpriseId} on all programmes together, t. */
    long totalCapOf(String enterpriseId) {
        Integer i = index.get(enterpriseId);
        return i == null ? 0 : totalCaps[i];
    }

    /**
     * The allowance prices at which what an enterprise plans can change, ascending, when every
     * programme is flat (its credits all offered at one price, and a fen above the price at which the
     * foreseen path uses some in part), or {@code null} when one rises along a curve and the plan
     * changes at every whole-fen price up its slope. The plan's own array, worked out once: not to be
     * written to.
     */
    long[] flatStepPricesFen() {
        return flatStepPricesFen;
    }

    /** {@link #flatStepPricesFen()} of {@code supply}, with the path's marginal price {@code marginalPriceFen} (-1 for none). */
    private static long[] stepPricesFen(OffsetSupply supply, long marginalPriceFen) {
        TreeSet<Long> prices = new TreeSet<>();
        for (OffsetTranche tranche : supply.tranches()) {
            if (tranche.slopeFenPerMt() > 0) {
                return null;
            }
            prices.add(tranche.priceFen());
        }
        if (marginalPriceFen >= 0) {
            prices.add(marginalPriceFen + 1);
        }
        return prices.stream().mapToLong(Long::longValue).toArray();
    }
}
