package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.equilibrium.CycleLink;
import org.carbonsim.core.equilibrium.EquilibriumInput;
import org.carbonsim.core.equilibrium.EquilibriumResult;
import org.carbonsim.core.equilibrium.IntertemporalInput;
import org.carbonsim.core.equilibrium.IntertemporalResult;
import org.carbonsim.core.equilibrium.IntertemporalSolver;

/**
 * Makes the banking-aware least-cost path the headline reference of a run's years. The run collects
 * each year's one-year problem as it goes (the first year's allowances held at its start are the
 * path's opening stock; later years' holdings are the market's, so the path chooses its own bank);
 * after the last year the path is solved once under the scheme's banking, compliance cycles (each with
 * its own banking rule), borrowing and discount rate, and each year's price, least cost and efficiency
 * are taken from it. With banking forbidden in every cycle the path is the one-year reference itself. Unmet tonnes on the path cost the year's realised fine per
 * tonne short, as the market's shortfall does, so that penalties weigh alike on both sides (the
 * path's price, which is then the penalty-equivalent ceiling, when nobody was short). Immutable (stateless).
 */
final class IntertemporalReference {
    private IntertemporalReference() {}

    /**
     * The least-cost path over the run's years, from each year's one-year problem {@code inputs} (in
     * order, the first from {@code startYear}), under the scheme's banking, compliance cycles,
     * borrowing and discount rate.
     */
    static IntertemporalResult path(List<EquilibriumInput> inputs, int startYear, ComplianceRules rules) {
        List<CycleLink> cycles = CycleLinks.of(rules, startYear, inputs.size());
        boolean banking = cycles.stream().anyMatch(CycleLink::bankable);
        return IntertemporalSolver.solve(
                new IntertemporalInput(inputs, banking, rules.borrowingShare(), rules.discountRate(), cycles));
    }

    /** {@code years} with the figures of {@code path}, one year each, as their headline reference. */
    static List<YearResult> apply(List<YearResult> years, IntertemporalResult path, List<Long> finesPerTonneShort) {
        List<YearResult> withPath = new ArrayList<>(years.size());
        for (int t = 0; t < years.size(); t++) {
            EquilibriumResult year = path.years().get(t);
            withPath.add(years.get(t).withReference(year, unmetPriceFen(finesPerTonneShort.get(t), year)));
        }
        return withPath;
    }

    /**
     * What an unmet tonne costs on {@code reference}: the year's realised fine per tonne short, or the
     * reference's own (penalty-equivalent) price when nobody was short ({@code finePerTonneShortFen}
     * negative).
     */
    static long unmetPriceFen(long finePerTonneShortFen, EquilibriumResult reference) {
        return finePerTonneShortFen >= 0 ? finePerTonneShortFen : reference.priceFen();
    }
}
