package org.carbonsim.core.engine;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.carbonsim.core.equilibrium.LeastCostAbatement;

/**
 * Sums over the years of a run. Tonnes and fen; {@code vwapFen} is total turnover ÷ total volume
 * (0 when nothing traded) and {@code complianceRate} the mean of the yearly rates. Immutable.
 *
 * @param cap sum of caps, t
 * @param allocated sum of final free allocations, t
 * @param auctioned sum of auction sales, t
 * @param emissions sum of verified emissions, t
 * @param abatement sum of abatement, t
 * @param offsetsUsed sum of offsets surrendered, t
 * @param volume tonnes traded
 * @param turnover value traded, fen
 * @param vwapFen volume-weighted average price over the run, fen per tonne
 * @param limitHits days with a limit hit
 * @param interventions interventions triggered
 * @param complianceRate mean yearly compliance rate
 * @param penalties fines, fen
 * @param abatementCost realised abatement cost, fen
 * @param leastCostAbatementCost least-cost abatement cost, fen
 * @param realisedCost realised cost (abatement, offsets bought, fines), fen
 * @param efficiency the whole run's efficiency: the reference's costs ÷ the realised costs, summed
 *     over the years where a year's efficiency is defined; empty where it is undefined in every year.
 *     Unlike a single year's efficiency against the banking-aware path, it is at most 1 up to
 *     rounding when the market meets the same gaps.
 * @param abatementLeastCost sum of the years' least costs of their realised abatement, fen
 * @param costEffectiveness the whole run's cost-effectiveness: the years' least costs of their
 *     realised abatement ÷ their realised abatement costs, summed over the years where a year's
 *     figure is defined; empty where it is undefined in every year. At most 1 up to rounding.
 */
public record RunTotals(
        long cap,
        long allocated,
        long auctioned,
        long emissions,
        long abatement,
        long offsetsUsed,
        long volume,
        long turnover,
        long vwapFen,
        int limitHits,
        int interventions,
        double complianceRate,
        long penalties,
        long abatementCost,
        long leastCostAbatementCost,
        long realisedCost,
        OptionalDouble efficiency,
        long abatementLeastCost,
        OptionalDouble costEffectiveness) {
    public RunTotals {
        Objects.requireNonNull(efficiency, "efficiency");
        Objects.requireNonNull(costEffectiveness, "costEffectiveness");
    }

    /** The totals of {@code years}. */
    public static RunTotals of(List<YearResult> years) {
        long cap = 0;
        long allocated = 0;
        long auctioned = 0;
        long emissions = 0;
        long abatement = 0;
        long offsets = 0;
        long volume = 0;
        long turnover = 0;
        int limitHits = 0;
        int interventions = 0;
        double rate = 0;
        long penalties = 0;
        long cost = 0;
        long leastCost = 0;
        long realised = 0;
        double referenceWhereDefined = 0;
        double realisedWhereDefined = 0;
        long abatementLeastCost = 0;
        long leastCostWhereDefined = 0;
        long abatementCostWhereDefined = 0;
        for (YearResult y : years) {
            abatementLeastCost = Math.addExact(abatementLeastCost, y.abatementLeastCost());
            if (y.costEffectiveness().isPresent()) {
                leastCostWhereDefined = Math.addExact(leastCostWhereDefined, y.abatementLeastCost());
                abatementCostWhereDefined = Math.addExact(abatementCostWhereDefined, y.abatementCost());
            }
            realised = Math.addExact(realised, y.realisedCost());
            if (y.efficiency().isPresent()) {
                referenceWhereDefined += y.efficiency().getAsDouble() * y.realisedCost();
                realisedWhereDefined += y.realisedCost();
            }
            cap = Math.addExact(cap, y.cap());
            allocated = Math.addExact(allocated, y.allocated());
            auctioned = Math.addExact(auctioned, y.auctioned());
            emissions = Math.addExact(emissions, y.emissions());
            abatement = Math.addExact(abatement, y.abatement());
            offsets = Math.addExact(offsets, y.offsetsUsed());
            volume = Math.addExact(volume, y.volume());
            turnover = Math.addExact(turnover, y.turnover());
            limitHits += y.limitHits();
            interventions += y.interventions();
            rate += y.complianceRate();
            penalties = Math.addExact(penalties, y.penalties());
            cost = Math.addExact(cost, y.abatementCost());
            leastCost = Math.addExact(leastCost, y.leastCostAbatementCost());
        }
        return new RunTotals(
                cap,
                allocated,
                auctioned,
                emissions,
                abatement,
                offsets,
                volume,
                turnover,
                volume == 0 ? 0 : turnover / volume,
                limitHits,
                interventions,
                years.isEmpty() ? 1 : rate / years.size(),
                penalties,
                cost,
                leastCost,
                realised,
                realisedWhereDefined == 0
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(referenceWhereDefined / realisedWhereDefined),
                abatementLeastCost,
                LeastCostAbatement.costEffectiveness(leastCostWhereDefined, abatementCostWhereDefined));
    }
}
