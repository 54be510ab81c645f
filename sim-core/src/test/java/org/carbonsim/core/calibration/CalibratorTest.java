package org.carbonsim.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.calibration.CalibrationResult.Evaluation;
import org.carbonsim.core.calibration.CalibrationResult.Phase;
import org.carbonsim.core.montecarlo.McScenarios;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class CalibratorTest {
    /** Two firms, one 20-day year, six noise traders: a market whose price and volume move with its inputs. */
    private static final String JSON = McScenarios.twoFirmsJson("");

    private static final Calibrator.Model MODEL =
            edits -> ScenarioLoader.parse(JSON.getBytes(StandardCharsets.UTF_8), "two-firms.json", Path.of("."), edits);

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("market.initialPrice", 20, 60, 2),
            new Parameter("agents.traders[0].maxOrderTonnes", 50, 400, 0));

    private static final List<Target> TARGETS = List.of(
            new Target(Moment.VWAP, 2024, 38, 1),
            new Target(Moment.VOLUME, 2024, 30_000, 1),
            new Target(Moment.LOG_RETURN_SD, 2024, 0.02, 1));

    private static CalibrationResult calibrate(int threads, int budget) {
        return Calibrator.run(
                PARAMETERS,
                List.of(30.0, 300.0),
                TARGETS,
                MODEL,
                new Calibrator.Settings(3, threads, 7, budget, 2024, 2024),
                (done, total) -> assertTrue(done <= total, "progress within the budget: " + done + "/" + total));
    }

    @Test
    void resultIsTheSameWhateverTheThreadCountAndTheBudgetBoundsTheEvaluations() {
        CalibrationResult one = calibrate(1, 22);
        CalibrationResult two = calibrate(2, 22);
        assertEquals(one, two, "threads do not change the result");
        assertTrue(
                one.evaluations().size() <= 22,
                "evaluations: " + one.evaluations().size());
        long diagnostics = one.evaluations().stream()
                .filter(e -> e.phase() == Phase.DIAGNOSTIC)
                .count();
        assertTrue(diagnostics <= Calibrator.diagnosticEvaluations(2), "diagnostics: " + diagnostics);
        assertEquals(List.of(30.0, 300.0), one.start());
        assertEquals(one.evaluations().get(0).values(), one.start(), "the search starts at the start");
    }

    @Test
    void bestIsTheLowestSearchObjectiveAndTheTrajectoryTracksIt() {
        CalibrationResult result = calibrate(2, 22);
        double lowest = Double.POSITIVE_INFINITY;
        List<Double> at = new ArrayList<>();
        for (Evaluation e : result.evaluations()) {
            if (e.phase() == Phase.SEARCH) {
                if (e.objective() < lowest) {
                    lowest = e.objective();
                    at = e.values();
                }
                assertEquals(lowest, e.best(), 0, "best so far at evaluation " + e.index());
            }
        }
        assertEquals(lowest, result.objective(), 0);
        assertEquals(at, result.fitted());
        assertEquals(TARGETS.size(), result.moments().size());
        for (List<CalibrationResult.ProfilePoint> profile : result.profiles()) {
            assertTrue(profile.size() >= 3, "a profile around the optimum: " + profile);
        }
    }

    @Test
    void budgetBelowTheDiagnosticsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> calibrate(1, Calibrator.minimumBudget(2) - 1));
    }
}
