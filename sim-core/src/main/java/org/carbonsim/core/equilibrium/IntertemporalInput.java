package org.carbonsim.core.equilibrium;

import java.util.ArrayList;
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
 *     allowances (0..1) where the year is a cycle of its own
 * @param discountRate interest rate per year at which a banked allowance must appreciate, fraction
 *     (0.05 = 5%/yr)
 * @param cycles each year's tie to its compliance cycle, one per year; never borrowing from beyond
 *     the last year
 */
public record IntertemporalInput(
        List<EquilibriumInput> years,
        boolean banking,
        double borrowingShare,
        double discountRate,
        List<CycleLink> cycles) {
    /** A problem in which every year is a cycle of its own with {@code borrowingShare}. */
    public IntertemporalInput(
            List<EquilibriumInput> years, boolean banking, double borrowingShare, double discountRate) {
        this(years, banking, borrowingShare, discountRate, annualCycles(years.size(), borrowingShare));
    }

    private static List<CycleLink> annualCycles(int years, double borrowingShare) {
        List<CycleLink> links = new ArrayList<>(years);
        for (int t = 0; t < years; t++) {
            links.add(CycleLink.annual(t, borrowingShare));
        }
        return links;
    }

    public IntertemporalInput {
        years = List.copyOf(years);
        cycles = List.copyOf(cycles);
        if (cycles.size() != years.size()) {
            throw new IllegalArgumentException(
                    "need one cycle link per year: " + cycles.size() + " for " + years.size() + " years");
        }
        for (int t = 0; t < cycles.size(); t++) {
            if (cycles.get(t).cycleStart() > t) {
                throw new IllegalArgumentException("year " + t + "'s cycle starts after it");
            }
        }
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
