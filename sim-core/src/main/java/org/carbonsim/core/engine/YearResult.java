package org.carbonsim.core.engine;

import java.util.OptionalDouble;

/**
 * One compliance year of a run in the summary figures of the design: the cap and what was allocated
 * and auctioned, the covered emissions, the market's volume and prices, compliance and the comparison
 * with the reference equilibrium. Tonnes, fen and fen per tonne throughout. {@code efficiency} is
 * least-cost abatement cost ÷ realised abatement cost; it is empty when the realised cost is 0 and the
 * least cost is not (the ratio would be infinite: the market abated nothing and left the gap to
 * offsets, penalties or a banked surplus), and 1 when both are 0. Immutable.
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
 * @param equilibriumPrice reference equilibrium price, fen per tonne
 * @param abatementCost realised abatement cost of covered enterprises, fen
 * @param leastCostAbatementCost least-cost abatement cost of the reference equilibrium, fen
 * @param efficiency least-cost ÷ realised abatement cost; empty when that is infinite
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
        OptionalDouble efficiency) {
    public YearResult {
        if (!(complianceRate >= 0 && complianceRate <= 1)) {
            throw new IllegalArgumentException("complianceRate must be in [0, 1], got " + complianceRate);
        }
        if (efficiency.isPresent() && !Double.isFinite(efficiency.getAsDouble())) {
            throw new IllegalArgumentException("efficiency must be finite when present");
        }
    }
}
