package org.carbonsim.core.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.TechnologyStep;
import org.junit.jupiter.api.Test;

class AbatementPlannerTest {
    private final AbatementPlanner planner = new AbatementPlanner();

    @Test
    void linearCurveAbatesPriceOverMaxCostTimesMaxShare() {
        // Linear(10,000 fen, 0.4) at 2,500 fen: share = 2,500 / 10,000 * 0.4 = 0.1 -> 5,000 t of 50,000 t.
        // Cost per BAU tonne = 10,000 * 0.1^2 / (2 * 0.4) = 125 fen -> 125 * 50,000 = 6,250,000 fen.
        AbatementDecision decision =
                planner.plan("HB-CEM-001", 2024, new AbatementCurve.Linear(10_000, 0.4), 50_000, 2_500);

        assertEquals(0.1, decision.share(), 1e-12);
        assertEquals(5_000, decision.abatementTonnes());
        assertEquals(6_250_000, decision.costFen());
        assertEquals(List.of(), decision.decidedSteps());
    }

    @Test
    void aCurveEqualToLastYearsIsTheSameCurveAndADifferentOneIsRefused() {
        planner.plan("HB-CEM-001", 2024, new AbatementCurve.Linear(10_000, 0.4), 50_000, 2_500);

        // an equal curve built anew (not the same object) plans the next year as the first did
        AbatementDecision again =
                planner.plan("HB-CEM-001", 2025, new AbatementCurve.Linear(10_000, 0.4), 50_000, 2_500);
        assertEquals(5_000, again.abatementTonnes());

        IllegalArgumentException changed = assertThrows(
                IllegalArgumentException.class,
                () -> planner.plan("HB-CEM-001", 2026, new AbatementCurve.Linear(10_000, 0.5), 50_000, 2_500));
        assertEquals("HB-CEM-001: abatement curve changed between years", changed.getMessage());
    }

    @Test
    void linearCurveStopsAtMaxShareAboveMaxCost() {
        AbatementDecision decision =
                planner.plan("HB-CEM-001", 2024, new AbatementCurve.Linear(10_000, 0.4), 50_000, 15_000);

        assertEquals(0.4, decision.share(), 1e-12);
        assertEquals(20_000, decision.abatementTonnes());
    }

    @Test
    void quadraticCurveAbatesSquareRootShare() {
        // Quadratic(10,000 fen, 0.4) at 2,500 fen: share = 0.4 * sqrt(0.25) = 0.2 -> 20,000 t of 100,000 t.
        // Cost per BAU tonne = 10,000 * 0.2^3 / (3 * 0.16) = 80 / 0.48 = 166.67 fen -> 16,666,667 fen.
        AbatementDecision decision =
                planner.plan("HB-CHEM-001", 2024, new AbatementCurve.Quadratic(10_000, 0.4), 100_000, 2_500);

        assertEquals(0.2, decision.share(), 1e-12);
        assertEquals(20_000, decision.abatementTonnes());
        assertEquals(16_666_667, decision.costFen());
    }

    @Test
    void stepWithLeadTimeOneIsDecidedAtVerificationTakesEffectNextYearAndStaysAdopted() {
        TechnologyStep retrofit = new TechnologyStep("kiln retrofit", 3_000, 0.2, 1);
        AbatementCurve curve = new AbatementCurve.Steps(List.of(retrofit));

        // 2024: an investment is not decided at the opening expectation (4,000 >= 3,000), only at
        // verification, against the price then.
        AbatementDecision y2024 = planner.plan("HB-CEM-001", 2024, curve, 100_000, 4_000);
        assertEquals(0, y2024.abatementTonnes());
        assertEquals(List.of(), planner.pendingSteps("HB-CEM-001"));
        assertEquals(List.of(), planner.commitInvestments("HB-CEM-001", 2024, 2_999), "2,999 < 3,000 fen");
        assertEquals(List.of(retrofit), planner.commitInvestments("HB-CEM-001", 2024, 3_000));
        assertEquals(List.of(), planner.commitInvestments("HB-CEM-001", 2024, 9_000), "decided once");
        assertEquals(List.of(new PendingStep(retrofit, 2024, 2025)), planner.pendingSteps("HB-CEM-001"));
        assertEquals(0, planner.settle("HB-CEM-001", 100_000).abatementTonnes());
        assertEquals(List.of(), planner.adoptedSteps("HB-CEM-001"));

        // 2025: the expectation has fallen to 1,000 but the retrofit is built: 0.2 * 100,000 = 20,000 t
        // at 3,000 fen = 60,000,000 fen, and it cannot be forgone.
        AbatementDecision y2025 = planner.plan("HB-CEM-001", 2025, curve, 100_000, 1_000);
        assertEquals(List.of(retrofit), y2025.effectiveSteps());
        assertEquals(20_000, y2025.abatementTonnes());
        assertEquals(60_000_000, y2025.costFen());
        assertEquals(0.2, planner.committedShare("HB-CEM-001"), 1e-12);
        assertEquals(0.2, planner.revise("HB-CEM-001", 0).share(), 1e-12, "committed abatement stays");
        assertEquals(List.of(retrofit), planner.adoptedSteps("HB-CEM-001"));
        assertEquals(List.of(), planner.pendingSteps("HB-CEM-001"));

        // 2026: still adopted, nothing newly effective.
        AbatementDecision y2026 = planner.plan("HB-CEM-001", 2026, curve, 100_000, 0);
        assertEquals(List.of(), y2026.effectiveSteps());
        assertEquals(20_000, y2026.abatementTonnes());
    }

    @Test
    void quickStepsFollowTheMarketWithinTheYearAndAgainTheNext() {
        TechnologyStep lighting = new TechnologyStep("lighting", 1_000, 0.05, 0);
        TechnologyStep ccs = new TechnologyStep("capture", 50_000, 0.5, 0);
        AbatementCurve curve = new AbatementCurve.Steps(List.of(ccs, lighting));

        // Planned at 2,000 fen: lighting (1,000) but not capture (50,000): 0.05 * 80,000 = 4,000 t,
        // 4,000,000 fen. Nothing is committed yet.
        AbatementDecision decision = planner.plan("HB-STL-001", 2024, curve, 80_000, 2_000);
        assertEquals(4_000, decision.abatementTonnes());
        assertEquals(4_000_000, decision.costFen());
        assertEquals(0, planner.committedShare("HB-STL-001"));

        // The market falls: the firm forgoes 60% of the lighting step (share 0.02: 1,600 t at 1,000 fen).
        AbatementDecision revised = planner.revise("HB-STL-001", 0.02);
        assertEquals(1_600, revised.abatementTonnes());
        assertEquals(1_600_000, revised.costFen());
        planner.settle("HB-STL-001", 80_000);

        // 2025 at 0 fen: the 40% of lighting taken up in 2024 is not kept. A quick step costs its price
        // per tonne in every year it abates and can be taken up again within any year, so nothing of it
        // is committed beyond the year: the whole of both steps follows the market again.
        AbatementDecision y2025 = planner.plan("HB-STL-001", 2025, curve, 80_000, 0);
        assertEquals(0, planner.committedShare("HB-STL-001"), 1e-12);
        assertEquals(0, y2025.abatementTonnes());
        assertEquals(0.05, planner.revisableCurve("HB-STL-001").shareAtPrice(1_000), 1e-12);
        assertEquals(0.55, planner.revisableCurve("HB-STL-001").maxShare(), 1e-12);
        assertEquals(List.of(), planner.adoptedSteps("HB-STL-001"));
    }

    @Test
    void stepsInEffectAreCostedEvenWhenACheaperOneIsStillPending() {
        TechnologyStep slowCheap = new TechnologyStep("fuel switch", 1_000, 0.1, 2);
        TechnologyStep quickDear = new TechnologyStep("process control", 3_000, 0.1, 0);
        AbatementCurve curve = new AbatementCurve.Steps(List.of(slowCheap, quickDear));

        // 2024: process control abates at once; the fuel switch is decided at verification (4,000 fen)
        // and abates from 2026: 10,000 t * 3,000 fen = 30,000,000 fen (the curve's cheapest-first cost
        // would wrongly say 10,000 t * 1,000 fen).
        AbatementDecision y2024 = planner.plan("HB-PAP-001", 2024, curve, 100_000, 4_000);
        assertEquals(10_000, y2024.abatementTonnes());
        assertEquals(30_000_000, y2024.costFen());
        planner.commitInvestments("HB-PAP-001", 2024, 4_000);
        assertEquals(List.of(new PendingStep(slowCheap, 2024, 2026)), planner.pendingSteps("HB-PAP-001"));
        planner.settle("HB-PAP-001", 100_000);

        // 2026: both abate: 10,000 * 1,000 + 10,000 * 3,000 = 40,000,000 fen for 20,000 t.
        planner.plan("HB-PAP-001", 2025, curve, 100_000, 4_000);
        planner.settle("HB-PAP-001", 100_000);
        AbatementDecision y2026 = planner.plan("HB-PAP-001", 2026, curve, 100_000, 4_000);
        assertEquals(List.of(slowCheap), y2026.effectiveSteps());
        assertEquals(20_000, y2026.abatementTonnes());
        assertEquals(40_000_000, y2026.costFen());
    }

    @Test
    void settleAccountsCostAtActualEmissionsOncePerYear() {
        AbatementCurve curve = new AbatementCurve.Linear(10_000, 0.4);
        // Planned on 50,000 t at 2,500 fen: share 0.1, 125 fen per BAU tonne.
        planner.plan("HB-CEM-001", 2024, curve, 50_000, 2_500);

        // Actual BAU 60,000 t: 0.1 * 60,000 = 6,000 t; 125 * 60,000 = 7,500,000 fen.
        assertEquals(new RealisedAbatement("HB-CEM-001", 2024, 6_000, 7_500_000), planner.settle("HB-CEM-001", 60_000));
        assertThrows(IllegalStateException.class, () -> planner.settle("HB-CEM-001", 60_000));

        // 2025 at 5,000 fen: share 0.2, cost per BAU tonne 10,000 * 0.04 / 0.8 = 500 fen; on 40,000 t
        // that is 20,000,000 fen; running total 27,500,000 fen.
        planner.plan("HB-CEM-001", 2025, curve, 50_000, 5_000);
        assertEquals(20_000_000, planner.settle("HB-CEM-001", 40_000).costFen());
        assertEquals(27_500_000, planner.realisedCostFen("HB-CEM-001"));
        assertEquals(27_500_000, planner.totalRealisedCostFen());
    }

    @Test
    void reviseReplacesThePlanWithTheShareTheMarketLeft() {
        // Planned at 4,000 fen on Linear(4,000 fen, 0.4): share 0.4. Revised to 0.15 once the firm has
        // sold what it need not abate: cost per BAU tonne = 4,000 * 0.15^2 / (2 * 0.4) = 112.5 fen ->
        // 112.5 * 100,000 = 11,250,000 fen, settled at the actual 100,000 t.
        AbatementCurve curve = new AbatementCurve.Linear(4_000, 0.4);
        planner.plan("A", 2024, curve, 100_000, 4_000);

        AbatementDecision revised = planner.revise("A", 0.15);

        assertEquals(0.15, revised.share(), 1e-12);
        assertEquals(15_000, revised.abatementTonnes());
        assertEquals(11_250_000, revised.costFen());
        assertEquals(11_250_000, planner.settle("A", 100_000).costFen());
    }

    @Test
    void reviseClampsToThePotentialAndRefusesSettledYears() {
        planner.plan("A", 2024, new AbatementCurve.Linear(4_000, 0.4), 100_000, 1_000);
        assertEquals(0.4, planner.revise("A", 0.9).share(), 1e-12);
        assertEquals(0, planner.revise("A", -0.1).share(), 1e-12);
        planner.settle("A", 100_000);
        assertThrows(IllegalStateException.class, () -> planner.revise("A", 0.1));
        assertThrows(IllegalStateException.class, () -> planner.revise("never-planned", 0.1));

        planner.plan(
                "B",
                2024,
                new AbatementCurve.Steps(List.of(new TechnologyStep("kiln retrofit", 3_000, 0.2, 0))),
                50_000,
                5_000);
        assertEquals(0.2, planner.revise("B", 0.9).share(), 1e-12, "a quick step's whole share at most");
        assertThrows(IllegalArgumentException.class, () -> planner.revise("B", Double.NaN));
    }

    @Test
    void rejectsYearsGoingBackwardsAndChangedCurves() {
        planner.plan("HB-CEM-001", 2025, new AbatementCurve.Linear(10_000, 0.4), 50_000, 2_500);

        assertThrows(
                IllegalArgumentException.class,
                () -> planner.plan("HB-CEM-001", 2024, new AbatementCurve.Linear(10_000, 0.4), 50_000, 2_500));
        assertThrows(
                IllegalArgumentException.class,
                () -> planner.plan("HB-CEM-001", 2026, new AbatementCurve.Linear(20_000, 0.4), 50_000, 2_500));
        assertThrows(IllegalStateException.class, () -> planner.settle("HB-UNKNOWN", 1));
    }

    @Test
    void aForeseenYearDecidesTheInvestmentsItReachesAndTheMarginalOneInPart() {
        TechnologyStep cheap = new TechnologyStep("waste heat", 2_000, 0.1, 1);
        TechnologyStep quick = new TechnologyStep("controls", 3_000, 0.05, 0);
        TechnologyStep dear = new TechnologyStep("kiln retrofit", 4_000, 0.1, 1);
        AbatementCurve curve = new AbatementCurve.Steps(List.of(dear, quick, cheap));
        planner.plan("HB-CEM-001", 2024, curve, 100_000, 0);

        // The least-cost answer of 2025 has the firm abate 22,000 t of 100,000 t along its curve then,
        // cheapest first: waste heat 10,000 t (decided whole), controls 5,000 t (a quick step, nothing to
        // decide) and 7,000 t of the retrofit's 10,000 t: 0.7 of it (share 0.07), whatever the close.
        List<TechnologyStep> decided = planner.commitInvestments("HB-CEM-001", 2024, 1, 22_000, 100_000);
        assertEquals(2, decided.size());
        assertEquals(cheap, decided.get(0));
        assertEquals("kiln retrofit", decided.get(1).name());
        assertEquals(0.07, decided.get(1).abatementShare(), 1e-12);
        TechnologyStep retrofitPart = decided.get(1);
        assertEquals(
                List.of(new PendingStep(cheap, 2024, 2025), new PendingStep(retrofitPart, 2024, 2025)),
                planner.pendingSteps("HB-CEM-001").stream()
                        .sorted(java.util.Comparator.comparingLong(p -> p.step().costFenPerTonne()))
                        .toList());
        planner.settle("HB-CEM-001", 100_000);

        // 2025 at 0 fen: 0.1 + 0.07 in effect, 10,000 * 2,000 + 7,000 * 4,000 = 48,000,000 fen for
        // 17,000 t; the retrofit's other 0.03 is still open.
        AbatementDecision y2025 = planner.plan("HB-CEM-001", 2025, curve, 100_000, 0);
        assertEquals(17_000, y2025.abatementTonnes());
        assertEquals(48_000_000, y2025.costFen());
        assertEquals(List.of(cheap, retrofitPart), y2025.effectiveSteps());

        // 2026 foreseen at 25,000 t: 17,000 in effect, 5,000 of controls and the open 3,000 t of the
        // retrofit, decided now.
        List<TechnologyStep> rest = planner.commitInvestments("HB-CEM-001", 2025, 1, 25_000, 100_000);
        assertEquals(1, rest.size());
        assertEquals(0.03, rest.get(0).abatementShare(), 1e-12);
        planner.settle("HB-CEM-001", 100_000);
        assertEquals(0.2, planner.plan("HB-CEM-001", 2026, curve, 100_000, 0).share(), 1e-12);
        assertEquals(List.of(), planner.leadTimes("HB-CEM-001"), "every investment decided");
    }

    @Test
    void theCurveAvailableInALaterYearHasWhatIsInEffectAtNoCostAndWhatCanStillBeReady() {
        TechnologyStep soon = new TechnologyStep("waste heat", 2_000, 0.1, 1);
        TechnologyStep late = new TechnologyStep("fuel switch", 1_000, 0.1, 2);
        AbatementCurve curve = new AbatementCurve.Steps(List.of(soon, late));
        planner.plan("HB-CEM-001", 2024, curve, 100_000, 0);
        planner.commitInvestments("HB-CEM-001", 2024, 1, 5_000, 100_000);

        // 2025 as 2024's verification sees it: half the waste heat in effect (0.05 at 0 fen), its other
        // half still open at 2,000 fen, the fuel switch not ready before 2026.
        AbatementCurve in2025 = planner.curveAvailableIn("HB-CEM-001", curve, 2024, 2025);
        assertEquals(0.05, in2025.shareAtPrice(0), 1e-12);
        assertEquals(0.1, in2025.shareAtPrice(2_000), 1e-12);
        assertEquals(0.1, in2025.maxShare(), 1e-12);
        // 2026: the fuel switch can be decided now and be ready.
        AbatementCurve in2026 = planner.curveAvailableIn("HB-CEM-001", curve, 2024, 2026);
        assertEquals(0.15, in2026.shareAtPrice(1_000), 1e-12);
        // an enterprise not yet planned: only what can be ready, nothing in effect
        assertEquals(
                0, planner.curveAvailableIn("HB-NEW-001", curve, 2024, 2025).shareAtPrice(1_000), 1e-12);
        assertEquals(
                0.1, planner.curveAvailableIn("HB-NEW-001", curve, 2024, 2025).maxShare(), 1e-12);
    }
}
