package org.carbonsim.core.engine;

import java.util.Objects;
import java.util.OptionalDouble;
import org.carbonsim.core.equilibrium.EquilibriumResult;

/**
 * One compliance year of a run in the summary figures of the design: the cap and what was allocated
 * and auctioned, the covered emissions, the market's volume and prices, compliance and the comparison
 * with two references. The headline reference ({@code equilibriumPrice}, {@code
 * leastCostAbatementCost}, {@code efficiency}) is the intertemporal least-cost path over the run's
 * years when banking is allowed (prices rising at the discount rate while the bank is positive), and
 * the one-year reference when it is not (the two then coincide); the one-year reference, which
 * ignores the bank, is kept under the {@code ...OneYear} names. Efficiency is the reference's cost of
 * meeting the gap (least-cost abatement, offsets at their price, unmet tonnes at the year's realised
 * fine per tonne short) ÷ the realised cost of abatement, offsets and fines, so it is at most 1 up to
 * rounding when the market meets the same gap (against the banking-aware path, only over the run: a
 * year in which the market abated less than the path, drawing on its bank, reads above 1); it is
 * empty (undefined, never 0) where the year needs no costly abatement on that reference or the
 * realised cost is 0. Cost-effectiveness is a second, ex-post figure that takes no reference's
 * supply: the least cost of the abatement the covered enterprises did (the same tonnes, spread over
 * their curves at their actual business-as-usual emissions least-cost first) ÷ what that abatement
 * cost them, so it is at most 1 up to rounding by construction; offsets and fines are left out. Tonnes,
 * fen and fen per tonne throughout. Immutable.
 *
 * @param year the compliance year
 * @param cap the cap, t
 * @param coveredEnterprises enterprises covered in the year
 * @param coveredEmissions verified emissions of the covered enterprises, t
 * @param allocated final free allocation to covered enterprises (after true-up), t
 * @param auctioned allowances sold in primary auctions, t
 * @param emissions verified emissions of every operating enterprise, t
 * @param abatement business-as-usual minus verified emissions of the covered enterprises, t
 * @param offsetsUsed offset credits surrendered, t
 * @param banked allowances carried into the next year by covered enterprises, t
 * @param volume tonnes traded on the exchange
 * @param turnover value traded on the exchange, fen
 * @param vwapFen volume-weighted average price of the year, fen per tonne (last close when nothing
 *     traded)
 * @param closeFen close of the year's last trading day, fen per tonne
 * @param limitHits trading days on which a trade printed at either edge of the price band
 * @param interventions government interventions triggered by the intervention rule
 * @param complianceRate share of covered enterprises that met their obligation in full, in [0, 1]
 * @param penalties fines, fen
 * @param equilibriumPrice headline reference price, fen per tonne
 * @param abatementCost realised abatement cost of covered enterprises, fen
 * @param leastCostAbatementCost least-cost abatement cost of the headline reference, fen
 * @param efficiency headline reference cost ÷ realised cost; empty where undefined
 * @param realisedCost realised abatement cost plus offset purchases plus fines of covered
 *     enterprises, fen: what efficiency divides by
 * @param equilibriumPriceOneYear one-year reference price (this year's cap and the allowances held at
 *     its start, no bank carried on), fen per tonne
 * @param leastCostAbatementCostOneYear least-cost abatement cost of the one-year reference, fen
 * @param efficiencyOneYear one-year reference cost ÷ realised cost; empty where undefined
 * @param abatementLeastCost least cost of the year's realised abatement: its total tonnes spread over
 *     the same enterprises' curves at their actual business-as-usual emissions least-cost first, fen
 *     ({@link org.carbonsim.core.equilibrium.LeastCostAbatement})
 * @param costEffectiveness {@code abatementLeastCost} ÷ {@code abatementCost}, at most 1 up to
 *     rounding; empty (undefined, never 0) where the abatement cost nothing
 * @param liquidity the year's liquidity scorecard
 * @param cancelled allowances the banking rule cancelled at the year's deadline in the enterprises'
 *     accounts, t
 * @param deducted tonnes withheld from the year's issuance to the enterprises for what they owed, t
 */
public record YearResult(
        int year,
        long cap,
        int coveredEnterprises,
        long coveredEmissions,
        long allocated,
        long auctioned,
        long emissions,
        long abatement,
        long offsetsUsed,
        long banked,
        long volume,
        long turnover,
        long vwapFen,
        long closeFen,
        int limitHits,
        int interventions,
        double complianceRate,
        long penalties,
        long equilibriumPrice,
        long abatementCost,
        long leastCostAbatementCost,
        OptionalDouble efficiency,
        long realisedCost,
        long equilibriumPriceOneYear,
        long leastCostAbatementCostOneYear,
        OptionalDouble efficiencyOneYear,
        long abatementLeastCost,
        OptionalDouble costEffectiveness,
        Liquidity liquidity,
        long cancelled,
        long deducted) {
    public YearResult {
        Objects.requireNonNull(liquidity, "liquidity");
        Objects.requireNonNull(costEffectiveness, "costEffectiveness");
        if (!(complianceRate >= 0 && complianceRate <= 1)) {
            throw new IllegalArgumentException("complianceRate must be in [0, 1], got " + complianceRate);
        }
        if (efficiency.isPresent() && !Double.isFinite(efficiency.getAsDouble())) {
            throw new IllegalArgumentException("efficiency must be finite when present");
        }
        if (efficiencyOneYear.isPresent() && !Double.isFinite(efficiencyOneYear.getAsDouble())) {
            throw new IllegalArgumentException("efficiencyOneYear must be finite when present");
        }
        if (costEffectiveness.isPresent() && !Double.isFinite(costEffectiveness.getAsDouble())) {
            throw new IllegalArgumentException("costEffectiveness must be finite when present");
        }
    }

    /**
     * This year with {@code reference} as its headline reference: its price, least-cost abatement cost
     * and the efficiency of the realised cost against it, with unmet tonnes at {@code unmetPriceFen}
     * (the year's realised fine per tonne short); the one-year figures and the cost-effectiveness of
     * the realised abatement, which take no reference, are kept.
     */
    public YearResult withReference(EquilibriumResult reference, long unmetPriceFen) {
        return new YearResult(
                year,
                cap,
                coveredEnterprises,
                coveredEmissions,
                allocated,
                auctioned,
                emissions,
                abatement,
                offsetsUsed,
                banked,
                volume,
                turnover,
                vwapFen,
                closeFen,
                limitHits,
                interventions,
                complianceRate,
                penalties,
                reference.priceFen(),
                abatementCost,
                reference.leastCostFen(),
                reference.efficiency(realisedCost, unmetPriceFen),
                realisedCost,
                equilibriumPriceOneYear,
                leastCostAbatementCostOneYear,
                efficiencyOneYear,
                abatementLeastCost,
                costEffectiveness,
                liquidity,
                cancelled,
                deducted);
    }
}
