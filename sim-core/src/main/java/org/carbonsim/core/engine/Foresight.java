package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.carbonsim.core.equilibrium.CoveredFirm;
import org.carbonsim.core.equilibrium.CycleLink;
import org.carbonsim.core.equilibrium.EquilibriumInput;
import org.carbonsim.core.equilibrium.IntertemporalInput;
import org.carbonsim.core.equilibrium.IntertemporalResult;
import org.carbonsim.core.equilibrium.IntertemporalSolver;

/**
 * The bank value of enterprises that foresee the least-cost path ({@code
 * agents.compliance.bankValue: FORESIGHT}). When a year opens, the engine knows that year's problem
 * exactly; the later years of the scenario are foreseen as the same covered enterprises with their
 * expected business-as-usual emissions of those years (no shocks), the allowances issued scaled by
 * the ratio of those years' caps to this year's, and this year's offsets and price bounds. The
 * least-cost path over them, with banking and the scenario's compliance cycles, borrowing and discount rate, prices next
 * year; a banked allowance is worth that price discounted a year, and the path's bank after this year
 * is what the enterprises foresee carrying into the next. Stateless.
 */
final class Foresight {
    private Foresight() {}

    /**
     * What the enterprises foresee of the bank after this year: what an allowance banked this year is
     * worth, fen per tonne, and how many the least-cost path banks, t. Immutable.
     *
     * @param valueFen the worth of an allowance banked this year, fen per tonne (0 in the last year)
     * @param bankAfterTonnes the allowances the path carries out of this year, t (0 in the last year)
     */
    record ForeseenBank(long valueFen, long bankAfterTonnes) {
        /** Nothing to carry: the last year foreseen. */
        static final ForeseenBank NONE = new ForeseenBank(0, 0);
    }

    /**
     * The bank after this year on the least-cost path the enterprises foresee ({@link ForeseenBank}).
     *
     * @param thisYear this year's problem, with the allowances held when it opens
     * @param laterYears the later years of the scenario, in order
     * @param capRatio each later year's cap over this year's
     * @param expectedBau an enterprise's expected business-as-usual emissions in a later year, t
     * @param cycles the compliance cycles of this year and the later years ({@link CycleLinks})
     */
    static ForeseenBank bank(
            EquilibriumInput thisYear,
            List<Integer> laterYears,
            List<Double> capRatio,
            BiFunction<String, Integer, Long> expectedBau,
            List<CycleLink> cycles,
            double discountRate) {
        if (laterYears.isEmpty()) {
            return ForeseenBank.NONE;
        }
        List<EquilibriumInput> years = new ArrayList<>();
        years.add(thisYear);
        for (int i = 0; i < laterYears.size(); i++) {
            int year = laterYears.get(i);
            List<CoveredFirm> firms = new ArrayList<>();
            for (CoveredFirm firm : thisYear.firms()) {
                firms.add(new CoveredFirm(firm.id(), expectedBau.apply(firm.id(), year), firm.curve()));
            }
            long issued = Math.round(thisYear.capTonnes() * capRatio.get(i));
            years.add(new EquilibriumInput(
                    firms, issued, 0, thisYear.offsets(), thisYear.floorFen(), thisYear.ceilingFen()));
        }
        IntertemporalResult path = IntertemporalSolver.solve(
                new IntertemporalInput(years, true, cycles.get(0).borrowingShare(), discountRate, cycles));
        double next = path.years().get(1).exactPriceFen();
        return new ForeseenBank(
                Math.round(next / (1 + discountRate)), path.bankAfterTonnes().get(0));
    }
}
