package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carbonsim.core.agents.AbatementPlanner;
import org.carbonsim.core.equilibrium.CoveredFirm;
import org.carbonsim.core.equilibrium.EquilibriumInput;
import org.carbonsim.core.equilibrium.EquilibriumSolver;
import org.carbonsim.core.model.AbatementCurve;

/**
 * What the years a technology step would abate in look like when it is decided, at a verification: for
 * each lead time L, the least-cost answer of the year L years on, as the firms foresee it. An
 * investment pays off if it abates where that year's price is, not where this year's close is: a year
 * whose price is high because the firms' investments are not yet built (the run's first year, say)
 * says little about the price once they are. The year is foreseen as the rules make it on expected
 * data ({@link ForeseenYear}), with the offset credits its enterprises could surrender then (their caps
 * on that year's allocation, not this year's) and this year's price bounds, and each enterprise on the
 * curve it can have by then ({@link AbatementPlanner#curveAvailableIn}): steps in effect by then abate
 * whatever the price, steps that cannot be ready by then do not count. Firms that foresee the
 * least-cost path ({@link Foresight}) foresee the year with the bank that path carries into it and
 * out of it, so its price is the path's: a bank carried in lowers the price the steps must meet, and
 * a step built for the year alone would abate tonnes the bank already covers. Other firms foresee it
 * with nothing banked into or out of it. Immutable once built.
 */
final class InvestmentOutlook {
    /** The outlook that foresees no year: where no enterprise has an investment to decide, or none is foreseen. */
    static final InvestmentOutlook NONE = new InvestmentOutlook(Map.of());

    private final Map<Integer, Map<String, Foreseen>> byLead;

    /** One enterprise's abatement in a foreseen year's least-cost answer, of its expected emissions, t. */
    record Foreseen(long abatedTonnes, long bauTonnes) {}

    private InvestmentOutlook(Map<Integer, Map<String, Foreseen>> byLead) {
        this.byLead = byLead;
    }

    /**
     * The outlook at the verification of {@code year} for the lead times {@code leads}, of the
     * enterprises {@code investing} (those with an investment to decide: no other reads it), from the
     * year's own reference problem {@code thisYear} (its price bounds) and the {@code later} years
     * foreseen; a lead time that reaches past them has none. {@code pathBanks} is what the foreseen
     * least-cost path carries out of this year and each later year, t ({@link
     * Foresight.ForeseenBank#pathBanksTonnes}), empty where the firms do not foresee it. Every covered
     * firm takes part in a foreseen year's least-cost answer, and only its tonnes are read ({@link
     * EquilibriumSolver#abatementTonnes}).
     */
    static InvestmentOutlook of(
            int year,
            List<Integer> leads,
            Set<String> investing,
            EquilibriumInput thisYear,
            List<ForeseenYear> later,
            List<Long> pathBanks,
            AbatementPlanner planner) {
        Map<Integer, Map<String, Foreseen>> byLead = new HashMap<>();
        for (int lead : leads) {
            int target = year + lead;
            Optional<ForeseenYear> foreseen =
                    later.stream().filter(y -> y.year() == target).findFirst();
            if (foreseen.isEmpty()) {
                continue;
            }
            List<CoveredFirm> firms = new ArrayList<>(foreseen.get().firms().size());
            for (CoveredFirm firm : foreseen.get().firms()) {
                AbatementCurve available = planner.curveAvailableIn(firm.id(), firm.curve(), year, target);
                // a continuous curve, or steps with nothing decided, are available as they are
                firms.add(available == firm.curve() ? firm : new CoveredFirm(firm.id(), firm.bauTonnes(), available));
            }
            // the path's bank into the year less its bank out of it: both 0 where none is foreseen
            long bankIn = lead - 1 < pathBanks.size() ? pathBanks.get(lead - 1) : 0;
            long bankOut = lead < pathBanks.size() ? pathBanks.get(lead) : 0;
            EquilibriumInput input = new EquilibriumInput(
                    firms,
                    Math.max(0, foreseen.get().issuedTonnes() + bankIn - bankOut),
                    0,
                    foreseen.get().offsets(),
                    thisYear.floorFen(),
                    thisYear.ceilingFen());
            // looked up by id only: sized for the investing firms at once
            Map<String, Foreseen> answer = new HashMap<>(YearPlans.capacityFor(investing.size()));
            long[] abated = EquilibriumSolver.abatementTonnes(input);
            for (int i = 0; i < firms.size(); i++) {
                CoveredFirm firm = firms.get(i);
                if (investing.contains(firm.id())) {
                    answer.put(firm.id(), new Foreseen(abated[i], firm.bauTonnes()));
                }
            }
            byLead.put(lead, answer);
        }
        return new InvestmentOutlook(byLead);
    }

    /** Whether the year {@code lead} years on is foreseen. */
    boolean foresees(int lead) {
        return byLead.containsKey(lead);
    }

    /**
     * The abatement of an enterprise with an investment to decide in the year {@code lead} years on,
     * if it is foreseen and the enterprise covered then; empty where it is not covered (no price makes
     * a step pay then).
     */
    Optional<Foreseen> firm(int lead, String enterpriseId) {
        return Optional.ofNullable(byLead.getOrDefault(lead, Map.of()).get(enterpriseId));
    }
}
