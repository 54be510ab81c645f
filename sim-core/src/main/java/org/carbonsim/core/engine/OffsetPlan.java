package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.carbonsim.core.compliance.CapBase;
import org.carbonsim.core.compliance.OffsetProgram;
import org.carbonsim.core.compliance.OffsetRule;
import org.carbonsim.core.equilibrium.FirmOffsetCaps;
import org.carbonsim.core.equilibrium.OffsetSupply;
import org.carbonsim.core.equilibrium.OffsetTranche;

/**
 * The covered enterprises' offset credits for a year under the scenario's {@link OffsetRule}: what
 * the reference equilibrium counts and what each enterprise plans to surrender. At an allowance price
 * p each enterprise plans, of each programme, the same share of its cap as every other enterprise:
 * the credits on offer at no more than p over all the caps on the programme, which is how the
 * compliance desk rations scarce credits, and with the desk's rounding, so that a plan never counts a
 * credit the desk will not sell.
 * A firm that plans credits needs that many fewer allowances, so the allowance price settles where
 * abatement and credits together close the gap, as in the least-cost answer with offsets. Immutable.
 */
final class OffsetPlan {
    static final OffsetPlan NONE = new OffsetPlan(OffsetSupply.NONE, List.of(), Map.of(), Map.of(), new long[0], -1, 1);

    private final OffsetSupply supply;
    private final List<OffsetProgram> programs;
    /** Per enterprise: its cap on each eligible programme, in the order of {@link #programs}, t. */
    private final Map<String, long[]> programCaps;
    /** Per enterprise: its cap on all programmes together, t. */
    private final Map<String, Long> totalCaps;
    /** Per programme: the enterprises' caps on it added up, t. */
    private final long[] capsOnProgram;
    /** The price of the flat programmes the foreseen path uses in part ({@link #onPath}), fen; else -1. */
    private final long marginalPriceFen;
    /** The share of their caps on those programmes the path uses, in [0, 1]; 1 where none is marginal. */
    private final double marginalShare;
    /** {@link #flatStepPricesFen()}, worked out once: every enterprise's cost reads it each year. */
    private final long[] flatStepPricesFen;

    private OffsetPlan(
            OffsetSupply supply,
            List<OffsetProgram> programs,
            Map<String, long[]> programCaps,
            Map<String, Long> totalCaps,
            long[] capsOnProgram,
            long marginalPriceFen,
            double marginalShare) {
        this.supply = supply;
        this.programs = programs;
        this.programCaps = programCaps;
        this.totalCaps = totalCaps;
        this.capsOnProgram = capsOnProgram;
        this.marginalPriceFen = marginalPriceFen;
        this.marginalShare = marginalShare;
        this.flatStepPricesFen = stepPricesFen(supply, marginalPriceFen);
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
        for (int p = 0; p < programs.size(); p++) {
            OffsetTranche tranche = supply.tranches().get(p);
            if (tranche.slopeFenPerMt() == 0 && tranche.priceFen() == path.priceFen()) {
                marginalCaps = Math.addExact(marginalCaps, capsOnProgram[p]);
            } else {
                cheaper += Math.min(
                        capsOnProgram[p],
                        Math.min(
                                tranche.offeredAtPrice(path.priceFen()),
                                programs.get(p).supplyTonnesPerYear()));
            }
        }
        if (marginalCaps == 0) {
            return this;
        }
        double share = Math.max(0, Math.min(1, (path.creditsTonnes() - cheaper) / marginalCaps));
        return new OffsetPlan(supply, programs, programCaps, totalCaps, capsOnProgram, path.priceFen(), share);
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
        Map<String, long[]> programCaps = new HashMap<>();
        Map<String, Long> totalCaps = new HashMap<>();
        long[] capsOnProgram = new long[programs.size()];
        for (Map.Entry<String, Long> entry : allocationTonnes.entrySet()) {
            long firmEmissions = emissionsTonnes.getOrDefault(entry.getKey(), 0L);
            long[] caps = new long[programs.size()];
            for (int p = 0; p < caps.length; p++) {
                caps[p] = rule.programCapTonnes(programs.get(p), entry.getValue(), firmEmissions);
                capsOnProgram[p] = Math.addExact(capsOnProgram[p], caps[p]);
            }
            programCaps.put(entry.getKey(), caps);
            totalCaps.put(entry.getKey(), rule.totalCapTonnes(entry.getValue(), firmEmissions));
        }
        return new OffsetPlan(
                referenceSupply(rule, year, allocationTonnes), programs, programCaps, totalCaps, capsOnProgram, -1, 1);
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
        List<OffsetProgram> programs = rule.eligible(year);
        if (programs.isEmpty()) {
            return OffsetSupply.NONE;
        }
        List<OffsetTranche> tranches = new ArrayList<>();
        long[] caps = new long[programs.size()];
        List<FirmOffsetCaps> firms = new ArrayList<>(allocationTonnes.size());
        long totalCap = 0;
        for (Map.Entry<String, Long> firm : allocationTonnes.entrySet()) {
            List<Long> own = new ArrayList<>(programs.size());
            for (int p = 0; p < programs.size(); p++) {
                long cap = programs.get(p).capBase() == CapBase.ALLOCATION
                        ? rule.programCapTonnes(programs.get(p), firm.getValue(), 0)
                        : 0;
                own.add(cap);
                caps[p] = Math.addExact(caps[p], cap);
            }
            long total = rule.totalCapTonnes(firm.getValue(), 0);
            firms.add(new FirmOffsetCaps(firm.getKey(), own, total));
            totalCap = Math.addExact(totalCap, total);
        }
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
     * t: of each programme, the same share of its cap as every other enterprise's (the credits on offer
     * at no more than that price, or the supply if smaller, over all the caps on the programme), rounded
     * down as the compliance desk rounds its rationed caps, and at most its cap on all programmes. At
     * the price where the foreseen path uses a flat programme in part ({@link #onPath}), no more of its
     * cap than the share the path uses.
     */
    long plannedTonnes(String enterpriseId, long allowancePriceFen) {
        return forEnterprise(enterpriseId).plannedTonnes(allowancePriceFen);
    }

    /**
     * The plan of {@code enterpriseId} alone, to be read at many prices: a sloped programme's cost is
     * found by searching the prices, and each step reads the plan.
     */
    EnterprisePlan forEnterprise(String enterpriseId) {
        long[] caps = programCaps.get(enterpriseId);
        return new EnterprisePlan(this, caps == null ? new long[0] : caps, totalCapOf(enterpriseId));
    }

    /**
     * {@link #plannedTonnes(String, long)} of one enterprise, with what does not depend on the
     * price worked out once: the programmes it has no cap on left out, each flat programme's credits
     * computed at its price, and a sloped programme's tranche, supply and caps held in arrays.
     * Immutable.
     */
    static final class EnterprisePlan {
        private final long totalCapTonnes;
        private final long marginalPriceFen;
        /** Per flat programme with a cap: its price, fen, and the credits planned from it above it, t. */
        private final long[] flatPricesFen;

        private final long[] flatPlannedTonnes;
        /** Per flat programme: the credits planned from it at {@link #marginalPriceFen}, t. */
        private final long[] flatMarginalTonnes;
        /** Per sloped programme with a cap: its tranche in the reference supply, and its cap, t. */
        private final OffsetTranche[] slopedTranches;

        private final long[] slopedCapsTonnes;
        /** Per sloped programme: its supply as the programme states it, t. */
        private final double[] slopedProgramSupplyTonnes;
        /** Per sloped programme: the enterprises' caps on it added up, t. */
        private final double[] slopedCapsOnProgramTonnes;

        private EnterprisePlan(OffsetPlan plan, long[] caps, long totalCapTonnes) {
            this.totalCapTonnes = totalCapTonnes;
            this.marginalPriceFen = plan.marginalPriceFen;
            int flat = 0;
            int sloped = 0;
            for (int p = 0; p < caps.length; p++) {
                if (caps[p] != 0) {
                    if (plan.supply.tranches().get(p).slopeFenPerMt() == 0) {
                        flat++;
                    } else {
                        sloped++;
                    }
                }
            }
            flatPricesFen = new long[flat];
            flatPlannedTonnes = new long[flat];
            flatMarginalTonnes = new long[flat];
            slopedTranches = new OffsetTranche[sloped];
            slopedCapsTonnes = new long[sloped];
            slopedProgramSupplyTonnes = new double[sloped];
            slopedCapsOnProgramTonnes = new double[sloped];
            int f = 0;
            int s = 0;
            for (int p = 0; p < caps.length; p++) {
                if (caps[p] == 0) {
                    continue;
                }
                OffsetTranche tranche = plan.supply.tranches().get(p);
                long programSupplyTonnes = plan.programs.get(p).supplyTonnesPerYear();
                if (tranche.slopeFenPerMt() == 0) {
                    // at or above its price the tranche offers its whole supply
                    double offered = Math.min(tranche.offeredAtPrice(tranche.priceFen()), programSupplyTonnes);
                    double share = Math.min(1, offered / plan.capsOnProgram[p]);
                    flatPricesFen[f] = tranche.priceFen();
                    flatPlannedTonnes[f] = (long) Math.floor(share * caps[p]);
                    flatMarginalTonnes[f] = tranche.priceFen() == plan.marginalPriceFen
                            ? (long) Math.floor(Math.min(share, plan.marginalShare) * caps[p])
                            : flatPlannedTonnes[f];
                    f++;
                } else {
                    slopedTranches[s] = tranche;
                    slopedCapsTonnes[s] = caps[p];
                    slopedProgramSupplyTonnes[s] = programSupplyTonnes;
                    slopedCapsOnProgramTonnes[s] = plan.capsOnProgram[p];
                    s++;
                }
            }
        }

        /** The credits the enterprise plans to surrender when allowances cost {@code allowancePriceFen}, t. */
        long plannedTonnes(long allowancePriceFen) {
            long planned = 0;
            for (int i = 0; i < flatPricesFen.length; i++) {
                if (allowancePriceFen >= flatPricesFen[i]) {
                    planned = Math.addExact(
                            planned,
                            allowancePriceFen == marginalPriceFen ? flatMarginalTonnes[i] : flatPlannedTonnes[i]);
                }
            }
            for (int i = 0; i < slopedTranches.length; i++) {
                if (allowancePriceFen < slopedTranches[i].priceFen()) {
                    continue;
                }
                // the credits on offer at no more than the price, or the programme's supply if smaller
                double offered =
                        Math.min(slopedTranches[i].offeredAtPrice(allowancePriceFen), slopedProgramSupplyTonnes[i]);
                double share = Math.min(1, offered / slopedCapsOnProgramTonnes[i]);
                planned = Math.addExact(planned, (long) Math.floor(share * slopedCapsTonnes[i]));
            }
            return Math.min(planned, totalCapTonnes);
        }
    }

    /** The cap of {@code enterpriseId} on all programmes together, t. */
    long totalCapOf(String enterpriseId) {
        return totalCaps.getOrDefault(enterpriseId, 0L);
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
