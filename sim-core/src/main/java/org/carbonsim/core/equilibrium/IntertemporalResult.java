package org.carbonsim.core.equilibrium;

import java.util.List;

/**
 * The least-cost path over a scenario's years: for each year the price on the path and the year's
 * share of the least-cost abatement, offsets and unmet tonnes (as an {@link EquilibriumResult} whose
 * {@code gapTonnes} is what the path asks of that year: its business-as-usual emissions minus the
 * allowances it uses after banking), and the bank carried out of each year. Immutable.
 *
 * @param years one result per year, in order
 * @param bankAfterTonnes allowances carried out of each year on the path, t (negative: borrowed from
 *     the next year)
 */
public record IntertemporalResult(List<EquilibriumResult> years, List<Long> bankAfterTonnes) {
    public IntertemporalResult {
        years = List.copyOf(years);
        bankAfterTonnes = List.copyOf(bankAfterTonnes);
        if (years.size() != bankAfterTonnes.size()) {
            throw new IllegalArgumentException("one bank per year");
        }
    }

    /**
     * Discounted total cost of the path at {@code discountRate}, fen of the first year, with unmet
     * tonnes at each year's price (the ceiling where they occur).
     */
    public double discountedCostFen(double discountRate) {
        double total = 0;
        for (int t = 0; t < years.size(); t++) {
            EquilibriumResult year = years.get(t);
            total += year.referenceCostFen(year.priceFen()) / Math.pow(1 + discountRate, t);
        }
        return total;
    }
}
