package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.carbonsim.core.equilibrium.CoveredFirm;
import org.carbonsim.core.equilibrium.CycleLink;
import org.carbonsim.core.equilibrium.EquilibriumInput;
import org.carbonsim.core.equilibrium.IntertemporalInput;
import org.carbonsim.core.equilibrium.IntertemporalResult;
import org.carbonsim.core.equilibrium.IntertemporalSolver;
import org.carbonsim.core.equilibrium.OffsetSupply;
import org.carbonsim.core.model.AbatementCurve;

/**
 * The bank value of enterprises that foresee the least-cost path ({@code
 * agents.compliance.bankValue: FORESIGHT}). When a year opens, the engine knows that year's problem
 * exactly; each later year is foreseen as the coverage and allocation rules would make it on expected
 * business-as-usual data (no shocks): the enterprises covered then, the allowances issued then and
 * the offset credits they could surrender then ({@link ForeseenYear}), with this year's price bounds.
 * The least-cost path over them, with banking and the scenario's compliance cycles, borrowing and
 * discount rate, prices next year; a banked allowance is worth that price discounted a year, and the
 * path's bank after this year is what the enterprises foresee carrying into the next. Stateless.
 */
final class Foresight {
    private Foresight() {}

    /**
     * What the enterprises foresee of this year and the bank after it. Immutable.
     *
     * @param valueFen the worth of an allowance banked this year, fen per tonne: next year's price on
     *     the path discounted a year (0 in the last year foreseen)
     * @param bankAfterTonnes the allowances the path carries out of this year, t (0 in the last year)
     * @param holdFen the least an allowance is worth to them this year until verification, fen per
     *     tonne: the bank value where the path carries a bank out of the year (this year's price is then
     *     next year's discounted), and this year's own price on the path where it carries none (the
     *     year's scarcity sets it, at least the bank value), so that firms who foresee the year's
     *     clearing price do not sell below it because a tonne carried out would be worth less
     * @param pathBanksTonnes the allowances the path carries out of each year foreseen, this year first,
     *     t (negative: borrowed from the next year)
     * @param credits this year's price on the path and the offset credits the path uses this year
     */
    record ForeseenBank(
            long valueFen, long bankAfterTonnes, long holdFen, List<Long> pathBanksTonnes, CreditsOnPath credits) {
        ForeseenBank {
            pathBanksTonnes = List.copyOf(pathBanksTonnes);
        }
    }

    /**
     * The bank after this year on the least-cost path the enterprises foresee ({@link ForeseenBank}).
     *
     * @param thisYear this year's problem, with the allowances held when it opens
     * @param laterYears the later years foreseen, in order
     * @param cycles the compliance cycles of this year and the later years ({@link CycleLinks})
     * @param reserve the market stability reserve, foreseen to act on the path's banks; empty without one
     */
    static ForeseenBank bank(
            EquilibriumInput thisYear,
            List<ForeseenYear> laterYears,
            List<CycleLink> cycles,
            double discountRate,
            Optional<ForeseenReserve> reserve) {
        if (laterYears.isEmpty()) {
            IntertemporalResult alone = solve(thisYear, List.of(), List.of(), new long[0], cycles, discountRate);
            return new ForeseenBank(
                    0, 0, Math.round(alone.years().get(0).exactPriceFen()), List.of(0L), creditsIn(alone));
        }
        List<List<CoveredFirm>> firmsByYear = new ArrayList<>();
        List<OffsetSupply> offsetsByYear = new ArrayList<>();
        long[] base = new long[laterYears.size()];
        long[] auctions = new long[laterYears.size()];
        for (int i = 0; i < laterYears.size(); i++) {
            ForeseenYear later = laterYears.get(i);
            firmsByYear.add(later.firms());
            offsetsByYear.add(later.offsets());
            base[i] = later.issuedTonnes();
            auctions[i] = later.auctionTonnes();
        }
        LastPath paths =
                new LastPath(issued -> solve(thisYear, firmsByYear, offsetsByYear, issued, cycles, discountRate), base);
        IntertemporalResult path = paths.of(base);
        if (reserve.isPresent()) {
            // the reserve acting on the path's banks: issues that its answer to their own path gives back
            long[] issued = ForeseenIssues.settle(base, issues -> reserve.get()
                            .issuedTonnes(base, auctions, paths.of(issues).bankAfterTonnes()))
                    .issuedTonnes();
            path = paths.of(issued);
        }
        long valueFen = Math.round(path.years().get(1).exactPriceFen() / (1 + discountRate));
        long bankAfter = path.bankAfterTonnes().get(0);
        long holdFen = bankAfter > 0
                ? valueFen
                : Math.max(valueFen, Math.round(path.years().get(0).exactPriceFen()));
        return new ForeseenBank(valueFen, bankAfter, holdFen, path.bankAfterTonnes(), creditsIn(path));
    }

    /**
     * The path of the later years' issues, kept for the issues asked last, so that the issues the reserve
     * settles on are not solved twice. Not thread-safe.
     */
    private static final class LastPath {
        private final Function<long[], IntertemporalResult> solver;
        private long[] issuedTonnes;
        private IntertemporalResult path;

        LastPath(Function<long[], IntertemporalResult> solver, long[] issuedTonnes) {
            this.solver = solver;
            this.issuedTonnes = issuedTonnes.clone();
            this.path = solver.apply(this.issuedTonnes);
        }

        IntertemporalResult of(long[] issued) {
            if (!Arrays.equals(issued, issuedTonnes)) {
                issuedTonnes = issued.clone();
                path = solver.apply(issuedTonnes);
            }
            return path;
        }
    }

    /** The path's first year's price, rounded, and the credits it uses. */
    private static CreditsOnPath creditsIn(IntertemporalResult path) {
        return new CreditsOnPath(
                Math.round(path.years().get(0).exactPriceFen()),
                path.years().get(0).offsetsUsedTonnes());
    }

    /**
     * This year's problem with what the open cycle's earlier years still owe, {@code carriedTonnes},
     * added as emissions that no one can abate any more: their allowances are still in circulation
     * when the year opens, so the path would otherwise take them for a bank, and the cycle's
     * borrowing limit at its deadline is a share of all its years' emissions. The problem itself
     * where nothing is carried.
     */
    static EquilibriumInput owingCycle(EquilibriumInput thisYear, long carriedTonnes) {
        if (carriedTonnes == 0) {
            return thisYear;
        }
        List<CoveredFirm> firms = new ArrayList<>(thisYear.firms());
        firms.add(new CoveredFirm(CYCLE_SO_FAR, carriedTonnes, AbatementCurve.none()));
        return new EquilibriumInput(
                firms,
                thisYear.capTonnes(),
                thisYear.bankedTonnes(),
                thisYear.offsets(),
                thisYear.floorFen(),
                thisYear.ceilingFen());
    }

    /** The id under which the open cycle's earlier years' obligations enter this year's problem. */
    static final String CYCLE_SO_FAR = "(cycle so far)";

    private static IntertemporalResult solve(
            EquilibriumInput thisYear,
            List<List<CoveredFirm>> firmsByYear,
            List<OffsetSupply> offsetsByYear,
            long[] issued,
            List<CycleLink> cycles,
            double discountRate) {
        List<EquilibriumInput> years = new ArrayList<>();
        years.add(thisYear);
        for (int i = 0; i < issued.length; i++) {
            years.add(new EquilibriumInput(
                    firmsByYear.get(i),
                    Math.max(0, issued[i]),
                    0,
                    offsetsByYear.get(i),
                    thisYear.floorFen(),
                    thisYear.ceilingFen()));
        }
        return IntertemporalSolver.solve(
                new IntertemporalInput(years, true, cycles.get(0).borrowingShare(), discountRate, cycles));
    }
}
