package org.carbonsim.core.equilibrium;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

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
 * @param firms abatement and offset credits per firm, in input order; from the solver, the firms'
 *     credits and their costs sum to {@code offsetsUsedTonnes} and {@code offsetCostFen}
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
     * What meeting the gap costs on this reference, fen: least-cost abatement, the offsets used at
     * their price, and the unmet tonnes at {@code unmetPriceFen} (saturating at {@link Long#MAX_VALUE}).
     *
     * @param unmetPriceFen what a tonne left unmet costs, fen per tonne
     */
    public long referenceCostFen(long unmetPriceFen) {
        if (unmetPriceFen < 0) {
            throw new IllegalArgumentException("unmetPriceFen must be >= 0, got " + unmetPriceFen);
        }
        long unmetFen = unmetTonnes == 0
                ? 0
                : unmetPriceFen > Long.MAX_VALUE / unmetTonnes ? Long.MAX_VALUE : unmetTonnes * unmetPriceFen;
        long total = leastCostFen + offsetCostFen;
        return total > Long.MAX_VALUE - unmetFen ? Long.MAX_VALUE : total + unmetFen;
    }

    /**
     * Efficiency of a realised outcome: this reference's cost ({@link #referenceCostFen}) ÷ the
     * realised cost of abatement, offsets and penalties. Priced alike (the realised penalty per tonne
     * short as {@code unmetPriceFen}), it is at most 1 up to rounding when the realised outcome meets
     * the same gap. Undefined (empty) where the year needs no costly abatement (a surplus, or a
     * reference cost of 0) and where the realised cost is 0 (the ratio would be infinite): a ratio there
     * means nothing, and 0 would read as a failed market.
     *
     * @param realisedCostFen abatement, offset and penalty cost the simulated firms incurred, fen
     * @param unmetPriceFen what a tonne left unmet costs on the reference, fen per tonne
     */
    public OptionalDouble efficiency(long realisedCostFen, long unmetPriceFen) {
        if (realisedCostFen < 0) {
            throw new IllegalArgumentException("realisedCostFen must be >= 0, got " + realisedCostFen);
        }
        long reference = referenceCostFen(unmetPriceFen);
        if (regime == Regime.SURPLUS || reference == 0 || realisedCostFen == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) reference / realisedCostFen);
    }
}
