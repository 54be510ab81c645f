package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.carbonsim.core.equilibrium.EquilibriumResult.Regime;
import org.carbonsim.core.model.AbatementCurve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the banking-aware reference on hand-worked linear examples (one firm of 1,000 t whose MAC
 * rises 1 fen per tonne abated, so it abates {@code p} tonnes at price {@code p} fen and pays
 * {@code a²/2} fen) and against an independent minimisation over the bank on seeded random problems.
 */
class IntertemporalSolverTest {
    private static final long NO_CEILING = Long.MAX_VALUE;

    /** A year of the hand-worked examples: one firm, 1,000 t BAU, MAC = tonnes abated (fen/t). */
    private static EquilibriumInput year(long issuedTonnes, long ceilingFen) {
        CoveredFirm firm = new CoveredFirm("A", 1_000, new AbatementCurve.Linear(1_000, 1.0));
        return new EquilibriumInput(List.of(firm), issuedTonnes, 0, OffsetSupply.NONE, 0, ceilingFen);
    }

    @Test
    void twoYearsFollowHotellingAndShareTheSecondYearsGap() {
        // Gap 0 then 200 t, r = 5%: p + 1.05 p = 200, so p0 = 97.561 and p1 = 102.439 fen.
        IntertemporalResult result = IntertemporalSolver.solve(
                new IntertemporalInput(List.of(year(1_000, NO_CEILING), year(800, NO_CEILING)), true, 0, 0.05));

        assertEquals(200 / 2.05, result.years().get(0).exactPriceFen(), 1e-3);
        assertEquals(1.05 * 200 / 2.05, result.years().get(1).exactPriceFen(), 1e-3);
        assertEquals(98, result.years().get(0).totalAbatementTonnes());
        assertEquals(102, result.years().get(1).totalAbatementTonnes());
        assertEquals(List.of(98L, 0L), result.bankAfterTonnes());
        // a^2 / 2: 98^2 / 2 = 4,802 and 102^2 / 2 = 5,202 fen.
        assertEquals(4_802, result.years().get(0).leastCostFen());
        assertEquals(5_202, result.years().get(1).leastCostFen());
        // The one-year reference sees no gap in the first year and prices the second at 200 fen.
        assertEquals(
                Regime.SURPLUS, EquilibriumSolver.solve(year(1_000, NO_CEILING)).regime());
        assertEquals(200, EquilibriumSolver.solve(year(800, NO_CEILING)).priceFen());
    }

    /**
     * A flat offset programme at the first year's price: year 0 has a 200 t gap and credits at 100 fen
     * up to 150 t, year 1 a 130 t gap and no credits, r = 10%. Just below 100 fen year 0 has no credits
     * and falls short, but that jump is not where the bank binds: at 100 fen year 0 abates 100 t, year 1
     * at 110 fen abates 110 t and needs 20 t banked, so year 0 uses 120 of its 150 t of credits. Closing
     * year 0's bank at 0 instead (100 t of credits) would price year 1 at 130 fen, above 110: a tonne
     * banked would be worth more than the credit it costs (ForesightLeadTimeMarketsPropertyTest seed 382).
     */
    @Test
    void aFlatProgrammeAtTheFirstYearsPriceIsUsedInPartAndTheRestBanked() {
        CoveredFirm firm = new CoveredFirm("A", 1_000, new AbatementCurve.Linear(1_000, 1.0));
        EquilibriumInput first =
                new EquilibriumInput(List.of(firm), 800, 0, FlatOffsets.of(1_000_000, 100, 150), 0, NO_CEILING);
        IntertemporalResult result =
                IntertemporalSolver.solve(new IntertemporalInput(List.of(first, year(870, NO_CEILING)), true, 0, 0.10));

        assertEquals(100, result.years().get(0).exactPriceFen(), 1e-3);
        assertEquals(110, result.years().get(1).exactPriceFen(), 1e-3);
        assertEquals(List.of(20L, 0L), result.bankAfterTonnes());
        assertEquals(100, result.years().get(0).totalAbatementTonnes());
        assertEquals(120, result.years().get(0).offsetsUsedTonnes());
        assertEquals(110, result.years().get(1).totalAbatementTonnes());
    }

    /**
     * A cycle whose banking is forbidden ends the path at its deadline: year 0's 100 t surplus is
     * cancelled there, and years 1-2 (gaps 100 and 200 t, r = 10%) share their 300 t from an empty bank:
     * p1 + 1.1 p1 = 300, so p1 = 142.857 and p2 = 157.143 fen. With banking allowed in year 0 the
     * surplus would be carried instead: p0 + 1.1 p0 + 1.21 p0 = 200, p0 = 60.423 fen.
     */
    @Test
    void aCycleThatForbidsBankingEndsThePathAndTheNextStartsWithAnEmptyBank() {
        List<EquilibriumInput> years = List.of(year(1_100, NO_CEILING), year(900, NO_CEILING), year(800, NO_CEILING));
        List<CycleLink> forbiddenFirst =
                List.of(new CycleLink(0, true, 0, false), CycleLink.annual(1, 0), CycleLink.annual(2, 0));

        IntertemporalResult result =
                IntertemporalSolver.solve(new IntertemporalInput(years, true, 0, 0.1, forbiddenFirst));

        assertEquals(0.0, result.years().get(0).exactPriceFen());
        assertEquals(Regime.SURPLUS, result.years().get(0).regime());
        assertEquals(300 / 2.1, result.years().get(1).exactPriceFen(), 1e-3);
        assertEquals(1.1 * 300 / 2.1, result.years().get(2).exactPriceFen(), 1e-3);
        // 143 + 157 t abated; 100 t left after year 0 (cancelled), 43 t carried from year 1 to 2
        assertEquals(143, result.years().get(1).totalAbatementTonnes());
        assertEquals(157, result.years().get(2).totalAbatementTonnes());
        assertEquals(List.of(100L, 43L, 0L), result.bankAfterTonnes());

        IntertemporalResult carried = IntertemporalSolver.solve(new IntertemporalInput(years, true, 0, 0.1));
        assertEquals(200 / 3.31, carried.years().get(0).exactPriceFen(), 1e-3);
    }

    @Test
    void anEmptyBankSplitsThePathAndThePriceRestarts() {
        // Gaps 0, 300, 0 t at r = 10%: years 0-1 share 300 t (p + 1.1 p = 300, p0 = 142.857), the
        // bank is empty after year 1, and year 2 needs nothing: its price is 0.
        IntertemporalResult result = IntertemporalSolver.solve(new IntertemporalInput(
                List.of(year(1_000, NO_CEILING), year(700, NO_CEILING), year(1_000, NO_CEILING)), true, 0, 0.1));

        assertEquals(300 / 2.1, result.years().get(0).exactPriceFen(), 1e-3);
        assertEquals(1.1 * 300 / 2.1, result.years().get(1).exactPriceFen(), 1e-3);
        assertEquals(0.0, result.years().get(2).exactPriceFen());
        assertEquals(Regime.SURPLUS, result.years().get(2).regime());
        assertEquals(List.of(143L, 0L, 0L), result.bankAfterTonnes());
    }

    @Test
    void withoutBorrowingAnEarlyGapCannotBeSpreadForward() {
        // Gaps 300, 0, 0 t at r = 0: the bank would have to be negative, so year 0 closes alone.
        IntertemporalResult result = IntertemporalSolver.solve(new IntertemporalInput(
                List.of(year(700, NO_CEILING), year(1_000, NO_CEILING), year(1_000, NO_CEILING)), true, 0, 0));

        assertEquals(300, result.years().get(0).priceFen());
        assertEquals(0, result.years().get(1).priceFen());
        assertEquals(List.of(0L, 0L, 0L), result.bankAfterTonnes());
    }

    @Test
    void borrowingSpreadsAnEarlyGapEvenly() {
        // Same gaps with half of each year's emissions borrowable: 3 p = 300, p = 100 fen every year;
        // the bank is -200 t then -100 t, within -0.5 × 900 t, and 0 after the last year.
        IntertemporalResult result = IntertemporalSolver.solve(new IntertemporalInput(
                List.of(year(700, NO_CEILING), year(1_000, NO_CEILING), year(1_000, NO_CEILING)), true, 0.5, 0));

        for (int t = 0; t < 3; t++) {
            assertEquals(100.0, result.years().get(t).exactPriceFen(), 1e-3, "year " + t);
            assertEquals(100, result.years().get(t).totalAbatementTonnes(), "year " + t);
        }
        assertEquals(List.of(-200L, -100L, 0L), result.bankAfterTonnes());
    }

    @Test
    void aCeilingCapsThePriceAndLeavesTheRestUnmet() {
        // Gaps 0 and 1,000 t with a 400 fen penalty at r = 0: both years abate 400 t at 400 fen, the
        // first banks its 400 t, and 200 t are left to the penalty in the second.
        IntertemporalResult result =
                IntertemporalSolver.solve(new IntertemporalInput(List.of(year(1_000, 400), year(0, 400)), true, 0, 0));

        assertEquals(400, result.years().get(0).priceFen());
        assertEquals(400, result.years().get(1).priceFen());
        assertEquals(400, result.years().get(0).totalAbatementTonnes());
        assertEquals(400, result.years().get(1).totalAbatementTonnes());
        assertEquals(200, result.years().get(1).unmetTonnes());
        assertEquals(Regime.CEILING, result.years().get(1).regime());
        assertEquals(List.of(400L, 0L), result.bankAfterTonnes());
    }

    @Test
    void withBankingForbiddenEachYearIsItsOneYearReference() {
        List<EquilibriumInput> years = List.of(year(1_000, NO_CEILING), year(800, NO_CEILING));
        IntertemporalResult result = IntertemporalSolver.solve(new IntertemporalInput(years, false, 0, 0.05));

        for (int t = 0; t < years.size(); t++) {
            assertEquals(EquilibriumSolver.solve(years.get(t)), result.years().get(t), "year " + t);
        }
    }

    @Test
    void aStockHeldBeforeTheFirstYearIsSpentAlongThePath() {
        // 300 t held at the start, gaps 200 and 200 t, r = 0: 2 p = 100, p = 50 fen both years.
        EquilibriumInput first =
                new EquilibriumInput(year(800, NO_CEILING).firms(), 800, 300, OffsetSupply.NONE, 0, NO_CEILING);
        IntertemporalResult result =
                IntertemporalSolver.solve(new IntertemporalInput(List.of(first, year(800, NO_CEILING)), true, 0, 0));

        assertEquals(50.0, result.years().get(0).exactPriceFen(), 1e-3);
        assertEquals(50.0, result.years().get(1).exactPriceFen(), 1e-3);
        assertEquals(List.of(150L, 0L), result.bankAfterTonnes());
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 80);
    }

    /** One random year: 1-4 firms with linear or quadratic curves, a gap from a surplus to 60% of potential. */
    private static EquilibriumInput randomYear(Random random) {
        int n = 1 + random.nextInt(4);
        List<CoveredFirm> firms = new ArrayList<>();
        double potential = 0;
        long bau = 0;
        for (int i = 0; i < n; i++) {
            long firmBau = 1_000 + random.nextInt(99_001);
            double share = 0.1 + 0.8 * random.nextDouble();
            long maxCost = 1_000 + random.nextInt(19_001);
            AbatementCurve curve = random.nextBoolean()
                    ? new AbatementCurve.Linear(maxCost, share)
                    : new AbatementCurve.Quadratic(maxCost, share);
            firms.add(new CoveredFirm("F" + i, firmBau, curve));
            potential += share * firmBau;
            bau += firmBau;
        }
        long gap = (long) ((random.nextDouble() * 0.8 - 0.2) * potential);
        return new EquilibriumInput(firms, bau - gap, 0, OffsetSupply.NONE, 0, NO_CEILING);
    }

    /**
     * The oracle, written without {@link EquilibriumSolver}: the least cost of abating {@code tonnes}
     * in a year, at the price where the firms' shares at price sum to it, found by bisection; infinite
     * beyond the firms' potential.
     */
    private static double[] oneYearCostAndPrice(EquilibriumInput year, double tonnes) {
        if (tonnes <= 0) {
            return new double[] {0, 0};
        }
        double potential = 0;
        for (CoveredFirm firm : year.firms()) {
            potential += firm.curve().maxShare() * firm.bauTonnes();
        }
        if (tonnes > potential) {
            // Beyond every firm's potential: not a path the oracle may choose.
            return new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        double lo = 0;
        double hi = 1e6;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            double supplied = 0;
            for (CoveredFirm firm : year.firms()) {
                supplied += firm.curve().shareAtPrice(mid) * firm.bauTonnes();
            }
            if (supplied >= tonnes) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double cost = 0;
        for (CoveredFirm firm : year.firms()) {
            cost += firm.curve().costFenPerBauTonne(firm.curve().shareAtPrice(hi)) * firm.bauTonnes();
        }
        return new double[] {cost, hi};
    }

    /**
     * Least discounted cost over banks {@code b1..b(T-1)} ≥ 0 by nested ternary search (the cost is
     * convex in the banks): year t abates max(0, gap + b(t+1) - b(t)), the last bank is 0 and any
     * excess in a year is simply not used.
     */
    private static double bruteForce(List<EquilibriumInput> years, double r, double[] banks, int t) {
        int n = years.size();
        if (t == n) {
            double total = 0;
            for (int y = 0; y < n; y++) {
                double after = y + 1 < n ? banks[y + 1] : 0;
                double asked = Math.max(0, years.get(y).gapTonnes() + after - banks[y]);
                total += oneYearCostAndPrice(years.get(y), asked)[0] / Math.pow(1 + r, y);
            }
            return total;
        }
        double lo = 0;
        double hi = 0;
        for (EquilibriumInput year : years) {
            hi += year.totalBauTonnes();
        }
        for (int i = 0; i < 80; i++) {
            double m1 = lo + (hi - lo) / 3;
            double m2 = hi - (hi - lo) / 3;
            banks[t] = m1;
            double f1 = bruteForce(years, r, banks, t + 1);
            banks[t] = m2;
            double f2 = bruteForce(years, r, banks, t + 1);
            if (f1 <= f2) {
                hi = m2;
            } else {
                lo = m1;
            }
        }
        banks[t] = (lo + hi) / 2;
        return bruteForce(years, r, banks, t + 1);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void pathCostsNoMoreThanAnIndependentMinimisationAndFollowsHotelling(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(3);
        List<EquilibriumInput> years = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            years.add(randomYear(random));
        }
        double r = random.nextInt(4) * 0.03;
        IntertemporalResult result = IntertemporalSolver.solve(new IntertemporalInput(years, true, 0, r));

        double[] banks = new double[n];
        double oracle = bruteForce(years, r, banks, 1);
        double solved = result.discountedCostFen(r);
        double slack = 1e-3 * oracle + 10 * n;
        assertTrue(
                Math.abs(solved - oracle) <= slack,
                "seed=" + seed + ": path costs " + solved + " fen, the independent minimum " + oracle + " fen");
        for (int t = 0; t < n; t++) {
            long bank = result.bankAfterTonnes().get(t);
            assertTrue(bank >= -1, "seed=" + seed + ": bank after year " + t + " is " + bank + " t");
            EquilibriumResult y = result.years().get(t);
            double expectedPrice = oneYearCostAndPrice(years.get(t), y.totalAbatementTonnes())[1];
            assertEquals(
                    expectedPrice,
                    y.exactPriceFen(),
                    0.01 * expectedPrice + 2,
                    "seed=" + seed + ": year " + t + " price against the MAC of its abatement");
            if (t + 1 < n && bank > 10) {
                double next = result.years().get(t + 1).exactPriceFen();
                assertEquals(
                        y.exactPriceFen() * (1 + r),
                        next,
                        1e-3 * next + 0.01,
                        "seed=" + seed + ": Hotelling between years " + t + " and " + (t + 1));
            }
        }
    }
}
