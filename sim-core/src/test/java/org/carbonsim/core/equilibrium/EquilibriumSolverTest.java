package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonsim.core.equilibrium.EquilibriumResult.Regime;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.TechnologyStep;
import org.junit.jupiter.api.Test;

class EquilibriumSolverTest {
    private static final long NO_CEILING = Long.MAX_VALUE;

    private static CoveredFirm linear(String id, long bau, long maxCostFen, double maxShare) {
        return new CoveredFirm(id, bau, new AbatementCurve.Linear(maxCostFen, maxShare));
    }

    private static List<Long> tonnes(EquilibriumResult result) {
        return result.firms().stream().map(FirmAbatement::abatementTonnes).toList();
    }

    private static List<Long> costs(EquilibriumResult result) {
        return result.firms().stream().map(FirmAbatement::costFen).toList();
    }

    @Test
    void twoLinearFirmsMeetAtTheClosedFormPrice() {
        // A: BAU 100,000 t, MAC rises to 10,000 fen at share 0.5 -> q_A(p) = 0.5 * p / 10,000 * 100,000 = 5p.
        // B: BAU 100,000 t, MAC rises to 40,000 fen at share 0.5 -> q_B(p) = 0.5 * p / 40,000 * 100,000 = 1.25p.
        // Cap 180,000 t: gap = 200,000 - 180,000 = 20,000 t = 6.25p -> p* = 3,200 fen/t.
        // q_A = 16,000 t, q_B = 4,000 t; both MACs equal 3,200 fen/t there.
        // Cost A = q^2 / (2 * 5) = 16,000^2 / 10 = 25,600,000 fen; B = 4,000^2 / 2.5 = 6,400,000 fen.
        EquilibriumResult result = EquilibriumSolver.solve(EquilibriumInput.of(
                List.of(linear("A", 100_000, 10_000, 0.5), linear("B", 100_000, 40_000, 0.5)), 180_000, NO_CEILING));

        assertEquals(Regime.CLEARED, result.regime());
        assertEquals(3_200.0, result.exactPriceFen(), EquilibriumSolver.PRICE_TOLERANCE_FEN);
        assertEquals(3_200, result.priceFen());
        assertEquals(20_000, result.gapTonnes());
        assertEquals(List.of(16_000L, 4_000L), tonnes(result));
        assertEquals(List.of(25_600_000L, 6_400_000L), costs(result));
        assertEquals(20_000, result.totalAbatementTonnes());
        assertEquals(32_000_000, result.leastCostFen());
        assertEquals(0, result.offsetsUsedTonnes());
        assertEquals(0, result.unmetTonnes());
    }

    /**
     * Worked by hand on {@code ForesightLeadTimeMarketsPropertyTest}'s seed 209 (F00): 216,206 t as
     * usual, a linear curve to CNY 84.91 at 48.8%. The economy counts abating 48.8% as 216,206 less the
     * emissions 216,206 × 0.512 = 110,697.472 rounded, 110,697: 105,509 t, half a tonne more than 0.488
     * × 216,206 = 105,508.528. A cap of 110,697 t leaves a gap of 105,509 t, which the firm meets at
     * its potential: the year clears at CNY 84.91, the last half tonne at that cost. Counted at the
     * unrounded share the year was half a tonne short, and its price the ceiling (the
     * penalty-equivalent) though the market met it.
     */
    @Test
    void theRoundedPotentialMeetsTheGapAtTheCurvesTopCost() {
        CoveredFirm firm = linear("F00", 216_206, 8_491, 0.488);
        assertEquals(105_509, firm.maxTonnes(), 1e-9, "the potential as the economy rounds it");
        EquilibriumResult result = EquilibriumSolver.solve(EquilibriumInput.of(List.of(firm), 110_697, 30_000));

        assertEquals(Regime.CLEARED, result.regime());
        assertEquals(8_491, result.priceFen());
        assertEquals(0, result.unmetTonnes());
        assertEquals(List.of(105_509L), tonnes(result));
        // 8,491 × 0.488 / 2 × 216,206 on the curve, and the last 0.472 t at 8,491
        assertEquals(447_940_463, result.leastCostFen(), 2);
    }

    /**
     * Worked by hand on {@code ForesightLeadTimeMarketsPropertyTest}'s seed 650, the year a step is
     * decided for: F03 (87,544 t as usual, a linear curve to CNY 39.22 at 49.9%) and F05 (193,934 t, a
     * quadratic curve to CNY 39.79 at 17.7%) at their potentials, and F04's step at CNY 69.00 (7.1% of
     * 166,041 t) for the rest. The economy rounds F03's emissions at its potential, 87,544 × 0.501 =
     * 43,859.544, to 43,860, so F03 abates 43,684 t, not 43,684.456; F05's 193,934 × 0.823 =
     * 159,607.682 to 159,608, so 34,326 t, not 34,326.318. A gap of 78,471 t leaves the step 461 t.
     * Counted unrounded, the step had 460.226 t and the largest remainder gave F03 the tonne: the
     * step was decided for 460 t, and the year ran a tonne short (with the path's bank, also counted on
     * unrounded potentials, two: two firms fined in the run's last year).
     */
    @Test
    void aStepTakesWhatThePotentialsRoundedDownLeave() {
        CoveredFirm f03 = linear("F03", 87_544, 3_922, 0.499);
        CoveredFirm f05 = new CoveredFirm("F05", 193_934, new AbatementCurve.Quadratic(3_979, 0.177));
        CoveredFirm f04 = new CoveredFirm(
                "F04", 166_041, new AbatementCurve.Steps(List.of(new TechnologyStep("step-0", 6_900, 0.071, 1))));
        assertEquals(43_684, f03.maxTonnes(), 1e-9, "F03's potential as the economy rounds it");
        assertEquals(43_684, f03.tonnesAtPrice(3_921.99), 1e-9, "no more than the rounded potential below the top");
        long bau = 87_544 + 193_934 + 166_041;
        EquilibriumResult result =
                EquilibriumSolver.solve(EquilibriumInput.of(List.of(f03, f05, f04), bau - 78_471, NO_CEILING));

        assertEquals(6_900, result.priceFen());
        assertEquals(List.of(43_684L, 34_326L, 461L), tonnes(result));
    }

    /**
     * Worked by hand on {@code ForesightLeadTimeMarketsPropertyTest}'s seed 1010, F04: 224,528 t as usual,
     * steps at CNY 11.00 (7.5%), 86.00 (3.2%) and 192.00 (13.1%). At CNY 151.00 the two cheaper steps
     * abate 10.7%: the economy rounds the emissions, 224,528 × 0.893 = 200,503.504, to 200,504, so
     * 24,024 t, not 24,024.496. No price below CNY 192.00 gets the firm the half tonne.
     */
    @Test
    void wholeStepsCountTheTonnesTheEconomyRounds() {
        CoveredFirm f04 = new CoveredFirm(
                "F04",
                224_528,
                new AbatementCurve.Steps(List.of(
                        new TechnologyStep("step-0", 8_600, 0.032, 1),
                        new TechnologyStep("step-1", 19_200, 0.131, 1),
                        new TechnologyStep("step-2", 1_100, 0.075, 1))));
        assertEquals(24_024, f04.tonnesAtPrice(15_100), 1e-9);
    }

    @Test
    void efficiencyIsReferenceCostOverRealisedCostAndUndefinedWhenInfinite() {
        EquilibriumResult result = EquilibriumSolver.solve(EquilibriumInput.of(
                List.of(linear("A", 100_000, 10_000, 0.5), linear("B", 100_000, 40_000, 0.5)), 180_000, NO_CEILING));

        // 32,000,000 / 40,000,000 = 0.8
        assertEquals(0.8, result.efficiency(40_000_000, 0).getAsDouble(), 1e-12);
        assertEquals(1.0, result.efficiency(32_000_000, 0).getAsDouble(), 1e-12);
        assertTrue(result.efficiency(0, 0).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> result.efficiency(-1, 0));
    }

    @Test
    void twoQuadraticFirmsMeetWhereTheirSquareRootSuppliesSum() {
        // A: Quadratic(10,000 fen, 0.4), BAU 100,000 -> q_A = 40,000 * sqrt(p / 10,000) = 400 sqrt(p).
        // B: Quadratic(40,000 fen, 0.4), BAU 100,000 -> q_B = 40,000 * sqrt(p / 40,000) = 200 sqrt(p).
        // Gap 200,000 - 182,000 = 18,000 = 600 sqrt(p) -> sqrt(p) = 30, p* = 900 fen/t.
        // q_A = 12,000 t (share 0.12), q_B = 6,000 t (share 0.06).
        // Cost per BAU tonne = maxCost * a^3 / (3 * maxShare^2):
        //   A: 10,000 * 0.001728 / 0.48 = 36 -> 3,600,000 fen; B: 40,000 * 0.000216 / 0.48 = 18 -> 1,800,000 fen.
        EquilibriumResult result = EquilibriumSolver.solve(EquilibriumInput.of(
                List.of(
                        new CoveredFirm("A", 100_000, new AbatementCurve.Quadratic(10_000, 0.4)),
                        new CoveredFirm("B", 100_000, new AbatementCurve.Quadratic(40_000, 0.4))),
                182_000,
                NO_CEILING));

        assertEquals(900.0, result.exactPriceFen(), EquilibriumSolver.PRICE_TOLERANCE_FEN);
        assertEquals(List.of(12_000L, 6_000L), tonnes(result));
        assertEquals(List.of(3_600_000L, 1_800_000L), costs(result));
        assertEquals(5_400_000, result.leastCostFen());
    }

    @Test
    void marginalTechnologyStepIsPartlyAdopted() {
        // A: steps 1,000 fen x 0.1 and 5,000 fen x 0.2 of 100,000 t; B: one step 3,000 fen x 0.1 of 100,000 t.
        // Supply: below 1,000 -> 0; at 1,000 -> 10,000; at 3,000 -> 20,000; at 5,000 -> 40,000 t.
        // Gap 200,000 - 170,000 = 30,000 t: first reached at p* = 5,000 fen/t, where A's second step is
        // needed for 10,000 of its 20,000 t. A abates 10,000 + 10,000 = 20,000 t, B 10,000 t.
        // Cost A = 10,000 * 1,000 + 10,000 * 5,000 = 60,000,000 fen; B = 10,000 * 3,000 = 30,000,000 fen.
        CoveredFirm a = new CoveredFirm(
                "A",
                100_000,
                new AbatementCurve.Steps(List.of(
                        new TechnologyStep("kiln upgrade", 5_000, 0.2, 0),
                        new TechnologyStep("lighting", 1_000, 0.1, 0))));
        CoveredFirm b = new CoveredFirm(
                "B", 100_000, new AbatementCurve.Steps(List.of(new TechnologyStep("heat recovery", 3_000, 0.1, 0))));

        EquilibriumResult result = EquilibriumSolver.solve(EquilibriumInput.of(List.of(a, b), 170_000, NO_CEILING));

        assertEquals(5_000.0, result.exactPriceFen(), EquilibriumSolver.PRICE_TOLERANCE_FEN);
        assertEquals(5_000, result.priceFen());
        assertEquals(List.of(20_000L, 10_000L), tonnes(result));
        assertEquals(List.of(60_000_000L, 30_000_000L), costs(result));
        assertEquals(90_000_000, result.leastCostFen());
    }

    @Test
    void offsetsAtTheirPriceSetTheAllowancePrice() {
        // A: q_A = 5p (Linear 10,000 fen at 0.5 of 100,000 t). Offsets: 50,000 t at 2,000 fen, cap 8,000 t.
        // Gap 100,000 - 85,000 = 15,000 t. Just below 2,000 supply is 5p < 10,000; at 2,000 it is
        // 10,000 + 8,000 = 18,000 >= 15,000, so p* = 2,000 and offsets fill 15,000 - 10,000 = 5,000 t.
        // Abatement cost = 10,000^2 / 10 = 10,000,000 fen; offsets 5,000 * 2,000 = 10,000,000 fen.
        EquilibriumResult result = EquilibriumSolver.solve(new EquilibriumInput(
                List.of(linear("A", 100_000, 10_000, 0.5)),
                85_000,
                0,
                FlatOffsets.of(50_000, 2_000, 8_000),
                0,
                NO_CEILING));

        assertEquals(2_000.0, result.exactPriceFen(), EquilibriumSolver.PRICE_TOLERANCE_FEN);
        assertEquals(2_000, result.priceFen());
        assertEquals(List.of(10_000L), tonnes(result));
        assertEquals(5_000, result.offsetsUsedTonnes());
        assertEquals(10_000_000, result.leastCostFen());
        assertEquals(10_000_000, result.offsetCostFen());
    }

    @Test
    void cheapOffsetsBelowTheirCapLowerThePriceAndAreAllUsed() {
        // Offsets 8,000 t at 2,000 fen; gap 20,000 t. At 2,000 supply is 18,000 < 20,000, so the
        // firm closes the remaining 12,000 t: 5p = 12,000 -> p* = 2,400 fen/t.
        EquilibriumResult result = EquilibriumSolver.solve(new EquilibriumInput(
                List.of(linear("A", 100_000, 10_000, 0.5)),
                75_000,
                5_000,
                FlatOffsets.of(50_000, 2_000, 8_000),
                0,
                NO_CEILING));

        assertEquals(2_400.0, result.exactPriceFen(), EquilibriumSolver.PRICE_TOLERANCE_FEN);
        assertEquals(List.of(12_000L), tonnes(result));
        assertEquals(8_000, result.offsetsUsedTonnes());
    }

    @Test
    void noGapGivesZeroPriceAndNoAbatement() {
        EquilibriumResult result = EquilibriumSolver.solve(
                EquilibriumInput.of(List.of(linear("A", 100_000, 10_000, 0.5)), 100_000, NO_CEILING));

        assertEquals(Regime.SURPLUS, result.regime());
        assertEquals(0.0, result.exactPriceFen());
        assertEquals(0, result.priceFen());
        assertEquals(List.of(0L), tonnes(result));
        assertEquals(0, result.leastCostFen());
        // Nothing to abate: efficiency is undefined, never 0 and never a vacuous 1.
        assertTrue(result.efficiency(0, 0).isEmpty());
        assertTrue(result.efficiency(5_000, 0).isEmpty());
    }

    @Test
    void floorAboveClearingPriceBindsAndFirmsAbateUpToIt() {
        // Surplus of 10,000 t, floor 1,000 fen: the firm abates where MAC <= 1,000: 5 * 1,000 = 5,000 t,
        // cost 5,000^2 / 10 = 2,500,000 fen.
        EquilibriumResult result = EquilibriumSolver.solve(new EquilibriumInput(
                List.of(linear("A", 100_000, 10_000, 0.5)), 110_000, 0, OffsetSupply.NONE, 1_000, NO_CEILING));

        assertEquals(Regime.FLOOR, result.regime());
        assertEquals(1_000, result.priceFen());
        assertEquals(List.of(5_000L), tonnes(result));
        assertEquals(2_500_000, result.leastCostFen());
    }

    @Test
    void gapBeyondReachAtTheCeilingIsReportedUnmet() {
        // A abates at most 0.5 * 100,000 = 50,000 t (its MAC tops out at 10,000 fen < ceiling 20,000).
        // B at 20,000 fen abates 1.25 * 20,000 = 25,000 t. Gap 100,000 t -> unmet 25,000 t, price = ceiling.
        // Cost A = 50,000^2 / 10 = 250,000,000 fen; B = 25,000^2 / 2.5 = 250,000,000 fen.
        EquilibriumResult result = EquilibriumSolver.solve(EquilibriumInput.of(
                List.of(linear("A", 100_000, 10_000, 0.5), linear("B", 100_000, 40_000, 0.5)), 100_000, 20_000));

        assertEquals(Regime.CEILING, result.regime());
        assertEquals(20_000, result.priceFen());
        assertEquals(List.of(50_000L, 25_000L), tonnes(result));
        assertEquals(25_000, result.unmetTonnes());
        assertEquals(500_000_000, result.leastCostFen());
    }

    @Test
    void bankedAllowancesShrinkTheGap() {
        // Cap 170,000 + banked 10,000 = 180,000 available: same answer as the two-firm case, p* = 3,200.
        EquilibriumResult result = EquilibriumSolver.solve(new EquilibriumInput(
                List.of(linear("A", 100_000, 10_000, 0.5), linear("B", 100_000, 40_000, 0.5)),
                170_000,
                10_000,
                OffsetSupply.NONE,
                0,
                NO_CEILING));

        assertEquals(3_200, result.priceFen());
        assertEquals(20_000, result.gapTonnes());
    }

    @Test
    void zeroCostStepsAreTakenOnlyAsFarAsNeeded() {
        // A free step of 0.3 * 100,000 = 30,000 t covers a 12,000 t gap at price 0; cost 0.
        CoveredFirm a = new CoveredFirm(
                "A", 100_000, new AbatementCurve.Steps(List.of(new TechnologyStep("housekeeping", 0, 0.3, 0))));

        EquilibriumResult result = EquilibriumSolver.solve(EquilibriumInput.of(List.of(a), 88_000, NO_CEILING));

        assertEquals(Regime.CLEARED, result.regime());
        assertEquals(0, result.priceFen());
        assertEquals(List.of(12_000L), tonnes(result));
        assertEquals(0, result.leastCostFen());
    }

    @Test
    void inputRejectsFloorAboveCeiling() {
        assertThrows(
                IllegalArgumentException.class, () -> new EquilibriumInput(List.of(), 0, 0, OffsetSupply.NONE, 10, 5));
    }
}
