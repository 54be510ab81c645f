package org.carbonsim.core.equilibrium;

import java.util.List;

/**
 * The least-cost problem over a scenario's years: each year's one-year problem, and the rules that
 * link the years. Year {@code t} brings {@code years.get(t).capTonnes()} new allowances; the first
 * year's {@code bankedTonnes} is the stock held before the run starts; later years' {@code
 * bankedTonnes} are ignored when banking is allowed, because the reference chooses its own bank.
 * When banking is forbidden each year is its own problem, exactly as given. Immutable.
 *
 * @param years each year's one-year problem, in order (at least one)
 * @param banking whether allowances left after surrender carry into the next year
 * @param borrowingShare largest share of a year's emissions that may be covered from the next year's
 *     allowances (0..1); never from beyond the last year
 * @param discountRate interest rate per year at which a banked allowance must appreciate, fraction
 *     (0.05 = 5%/yr)
 */
public record IntertemporalInput(
        List<EquilibriumInput> years, boolean banking, double borrowingShare, double discountRate) {
    public IntertemporalInput {
        years = List.copyOf(years);
        if (years.isEmpty()) {
            throw new IllegalArgumentException("need at least one year");
        }
        if (!(borrowingShare >= 0 && borrowingShare <= 1)) {
            throw new IllegalArgumentException("borrowingShare must be in [0, 1], got " + borrowingShare);
        }
        if (!(discountRate >= 0 && discountRate <= 1)) {
            throw new IllegalArgumentException("discountRate must be in [0, 1] per year, got " + discountRate);
        }
    }
}
