package org.carbonsim.core.equilibrium;

import java.util.List;
import java.util.Objects;

/**
 * The reference equilibrium of one year: the competitive price, each firm's least-cost abatement,
 * the offsets used, any gap left unmet at the ceiling, and the least-cost abatement cost against
 * which a simulated outcome's cost is measured. Tonnes close the gap exactly: when the gap is
 * positive and the floor does not bind, {@code totalAbatementTonnes + offsetsUsedTonnes +
 * unmetTonnes == gapTonnes}. Immutable.
 *
 * @param regime which case set the price
 * @param exactPriceFen the price, fen per tonne, within 0.01 fen of the clearing price
 * @param priceFen {@code exactPriceFen} rounded to whole fen
 * @param gapTonnes business-as-usual emissions minus allowances available, t (negative: surplus)
 * @param firms abatement per firm, in input order
 * @param totalAbatementTonnes sum of the firms' abatement, t
 * @param offsetsUsedTonnes offset credits used, t
 * @param unmetTonnes gap left when abatement and offsets up to the ceiling fall short, t
 * @param leastCostFen abatement cost summed over firms, fen (offset purchases excluded)
 * @param offsetCostFen cost of the offsets used at their price, fen
 */
public record EquilibriumResult(
        Regime regime,
        double exactPriceFen,
        long priceFen,
        long gapTonnes,
        List<FirmAbatement> firms,
        long totalAbatementTonnes,
        long offsetsUsedTonnes,
        long unmetTonnes,
        long leastCostFen,
        long offsetCostFen) {

    /** Which case set the price. */
    public enum Regime {
        /** Allowances cover business-as-usual emissions and there is no floor: the price is 0. */
        SURPLUS,
        /** Abatement and offsets close the gap at a price between the floor and the ceiling. */
        CLEARED,
        /** The floor is above the clearing price; firms abate where their MAC is at or below it. */
        FLOOR,
        /** Abatement and offsets up to the ceiling cannot close the gap; the rest is unmet. */
        CEILING
    }

    public EquilibriumResult {
        Objects.requireNonNull(regime, "regime");
        firms = List.copyOf(firms);
        if (!(exactPriceFen >= 0) || totalAbatementTonnes < 0 || offsetsUsedTonnes < 0 || unmetTonnes < 0) {
            throw new IllegalArgumentException("price and tonnes must be >= 0");
        }
        if (leastCostFen < 0 || offsetCostFen < 0) {
            throw new IllegalArgumentException("costs must be >= 0 (fen)");
        }
    }

    /**
     * Efficiency of a realised outcome: least-cost abatement cost ÷ realised abatement cost. It is 1
     * when both are 0, and positive infinity when the realised cost is 0 but the least cost is not
     * (the realised outcome abated nothing and left the gap to offsets, penalties or banked surplus).
     *
     * @param realisedCostFen abatement cost the simulated firms actually incurred, fen
     */
    public double efficiency(long realisedCostFen) {
        if (realisedCostFen < 0) {
            throw new IllegalArgumentException("realisedCostFen must be >= 0, got " + realisedCostFen);
        }
        if (realisedCostFen == 0) {
            return leastCostFen == 0 ? 1.0 : Double.POSITIVE_INFINITY;
        }
        return (double) leastCostFen / realisedCostFen;
    }
}
