package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.carbonsim.core.compliance.CapBase;
import org.carbonsim.core.compliance.OffsetProgram;
import org.carbonsim.core.compliance.OffsetRule;
import org.carbonsim.core.equilibrium.OffsetSupply;
import org.carbonsim.core.equilibrium.OffsetTranche;

/**
 * The covered enterprises' offset credits for a year under the scenario's {@link OffsetRule}: what
 * the reference equilibrium counts and what each enterprise plans to surrender. At an allowance price
 * p the enterprises together use the credits the reference would use at p ({@link
 * OffsetSupply#tonnesAtPrice}: every credit no dearer than p, within the caps and the supply), and
 * each plans the same share of its own cap, which is how the compliance desk rations scarce credits.
 * A firm that plans credits needs that many fewer allowances, so the allowance price settles where
 * abatement and credits together close the gap, as in the least-cost answer with offsets. Immutable.
 */
final class OffsetPlan {
    static final OffsetPlan NONE = new OffsetPlan(OffsetSupply.NONE, Map.of(), 0, 0);

    private final OffsetSupply supply;
    private final Map<String, Long> capTonnes;
    private final long totalCapTonnes;
    private final long emissionsTonnes;

    private OffsetPlan(OffsetSupply supply, Map<String, Long> capTonnes, long totalCapTonnes, long emissionsTonnes) {
        this.supply = supply;
        this.capTonnes = capTonnes;
        this.totalCapTonnes = totalCapTonnes;
        this.emissionsTonnes = emissionsTonnes;
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
        Map<String, Long> caps = new TreeMap<>();
        long totalCap = 0;
        long emissions = 0;
        for (Map.Entry<String, Long> entry : allocationTonnes.entrySet()) {
            long firmEmissions = emissionsTonnes.getOrDefault(entry.getKey(), 0L);
            long cap = rule.capTonnes(year, entry.getValue(), firmEmissions);
            caps.put(entry.getKey(), cap);
            totalCap = Math.addExact(totalCap, cap);
            emissions = Math.addExact(emissions, firmEmissions);
        }
        return new OffsetPlan(referenceSupply(rule, year, allocationTonnes), caps, totalCap, emissions);
    }

    /**
     * The credits as the reference equilibrium sees them: per eligible programme, the caps that rest
     * on allocation summed over the enterprises in tonnes, and a cap on emissions as a share the
     * solver applies to the emissions left at each price.
     */
    static OffsetSupply referenceSupply(OffsetRule rule, int year, Map<String, Long> allocationTonnes) {
        List<OffsetTranche> tranches = new ArrayList<>();
        for (OffsetProgram program : rule.eligible(year)) {
            boolean onAllocation = program.capBase() == CapBase.ALLOCATION;
            long cap = 0;
            if (onAllocation) {
                for (long allocation : allocationTonnes.values()) {
                    cap = Math.addExact(cap, rule.programCapTonnes(program, allocation, 0));
                }
            }
            tranches.add(new OffsetTranche(
                    program.id(),
                    program.supplyTonnesPerYear(),
                    program.priceFenPerTonne(),
                    program.priceSlopeFenPerMt(),
                    cap,
                    onAllocation ? 0 : program.capShare()));
        }
        if (tranches.isEmpty()) {
            return OffsetSupply.NONE;
        }
        long totalCap = 0;
        for (long allocation : allocationTonnes.values()) {
            totalCap = Math.addExact(totalCap, rule.totalCapTonnes(allocation, 0));
        }
        return new OffsetSupply(tranches, totalCap, rule.totalCapEmissionsShare());
    }

    /** The credits the reference equilibrium counts. */
    OffsetSupply supply() {
        return supply;
    }

    /**
     * The credits {@code enterpriseId} plans to surrender when allowances cost {@code allowancePriceFen}:
     * its cap times {@link #filledShare}, rounded down, t.
     */
    long plannedTonnes(String enterpriseId, long allowancePriceFen) {
        return plannedTonnes(enterpriseId, filledShare(allowancePriceFen));
    }

    /** The credits {@code enterpriseId} plans when {@code filledShare} of every cap is filled, t. */
    long plannedTonnes(String enterpriseId, double filledShare) {
        return (long) Math.floor(capTonnes.getOrDefault(enterpriseId, 0L) * filledShare);
    }

    /** The share of all caps that the credits no dearer than {@code allowancePriceFen} fill, in [0, 1]. */
    double filledShare(long allowancePriceFen) {
        if (totalCapTonnes == 0) {
            return 0;
        }
        double used = supply.tonnesAtPrice(allowancePriceFen, emissionsTonnes);
        return used >= totalCapTonnes - 1e-6 ? 1 : used / totalCapTonnes;
    }

    /** Whether any enterprise may surrender credits this year. */
    boolean any() {
        return totalCapTonnes > 0;
    }
}
