package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.ComplianceTraderParams;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.model.EnterpriseYear;
import org.carbonsim.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Firms' estimates of their emissions read the same draw that verification settles, move the need by
 * the estimate's change times the share left after abatement, and grow surer as verification nears.
 */
class EmissionsEstimatesTest {
    private static final long SEED = 77;
    private static final int VERIFICATION = 100;

    private final Scenario scenario = TestScenarios.twoFirms(1, 0.05, "", "", "");

    private static ComplianceTraderParams params(double errorSd) {
        return new ComplianceTraderParams(0.01, 0.5, 0.3, 0.02, 0, 20, errorSd, 1);
    }

    private long verifiedBau(String id) {
        Economy economy = new Economy(scenario.sectors(), scenario.enterprises());
        for (EnterpriseYear y : economy.simulateYear(2024, Map.of(), new SplittableRandom(SEED))) {
            if (y.enterpriseId().equals(id)) {
                return y.bauEmissionsTonnes();
            }
        }
        throw new AssertionError("no " + id);
    }

    /**
     * Firm A's position (a need of 50,000 t, 20% abatement planned on {@code forecast}) after one
     * estimate without error on day 0, with {@code outputLinkedAllocation} t of its allocation
     * following its output.
     */
    private Position afterOneExactEstimate(long forecast, long outputLinkedAllocation) {
        Economy economy = new Economy(scenario.sectors(), scenario.enterprises());
        EmissionsEstimates estimates = new EmissionsEstimates(economy, 2024, SEED, params(0), VERIFICATION);
        Position position = new Position(0, 0, 0, 50_000, MarginalCost.constant(0), 0);
        estimates.estimate(
                0,
                List.of(new EmissionsEstimates.Firm("A", position, forecast, 0.2, outputLinkedAllocation)),
                new SplittableRandom(1));
        return position;
    }

    @Test
    void withoutErrorTheEstimateIsWhatVerificationWillFind() {
        long forecast = 100_000;
        Position position = afterOneExactEstimate(forecast, 0);
        long expected = 50_000 + Math.round((verifiedBau("A") - forecast) * 0.8);
        assertEquals(expected, position.expectedNeedTonnes(), "seed=77 need moved by the verified change × 0.8");
        assertEquals(0, position.needUncertaintyTonnes(), "seed=77 no error, no uncertainty");
        assertTrue(verifiedBau("A") != forecast, "seed=77 the shock moved A's emissions off the forecast");
    }

    @Test
    void anOutputBasedAllocationMovesWithTheEstimate() {
        // A plans 100,000 t with 20% abated and expects 60,000 t from a benchmark on its output: the
        // estimate moves its emissions by the change × 0.8 and its allocation to come by the same
        // ratio, 60,000 × (truth / 100,000 − 1), so the need moves by the difference
        long forecast = 100_000;
        Position position = afterOneExactEstimate(forecast, 60_000);
        long truth = verifiedBau("A");
        long expected = 50_000 + Math.round((truth - forecast) * 0.8 - 60_000 * ((double) truth / forecast - 1));
        assertEquals(expected, position.expectedNeedTonnes(), "seed=77 need net of the allocation's move");
        assertEquals(
                Math.round((truth - forecast) * 0.2),
                position.expectedNeedTonnes() - 50_000,
                1,
                "seed=77 an allocation of 60% of the forecast leaves a fifth of the change");
    }

    @Test
    void aLaterEstimateReplacesAnEarlierOneAndIsSurer() {
        Economy economy = new Economy(scenario.sectors(), scenario.enterprises());
        EmissionsEstimates estimates = new EmissionsEstimates(economy, 2024, SEED, params(0.05), VERIFICATION);
        Position position = new Position(0, 0, 0, 50_000, MarginalCost.constant(0), 0);
        List<EmissionsEstimates.Firm> firms = List.of(new EmissionsEstimates.Firm("A", position, 100_000, 0, 0));
        SplittableRandom random = new SplittableRandom(5);
        long truth = verifiedBau("A");
        estimates.estimate(0, firms, random);
        assertEquals(Math.round(0.05 * truth), position.needUncertaintyTonnes(), "seed=5 first estimate's sd");
        estimates.estimate(75, firms, random);
        // √(1 − 75/100) = 0.5: half the first estimate's error.
        assertEquals(Math.round(0.025 * truth), position.needUncertaintyTonnes(), "seed=5 sd at 3/4 of the way");
        long error = position.expectedNeedTonnes() - (50_000 + truth - 100_000);
        assertTrue(
                Math.abs(error) <= 3 * position.needUncertaintyTonnes(),
                "seed=5 the later estimate alone sets the need, within 3 sd: error " + error);
    }

    @Test
    void estimatesFallEveryIntervalBeforeVerificationOnly() {
        Economy economy = new Economy(scenario.sectors(), scenario.enterprises());
        EmissionsEstimates estimates = new EmissionsEstimates(economy, 2024, SEED, params(0.05), VERIFICATION);
        assertTrue(estimates.estimatesOn(0), "seed=none day 0");
        assertTrue(estimates.estimatesOn(80), "seed=none day 80");
        assertFalse(estimates.estimatesOn(81), "seed=none day 81");
        assertFalse(estimates.estimatesOn(100), "seed=none verification day");
        EmissionsEstimates none = new EmissionsEstimates(
                economy, 2024, SEED, new ComplianceTraderParams(0.01, 0.5, 0.3, 0.02), VERIFICATION);
        assertFalse(none.estimatesOn(0), "seed=none no estimates when the interval is 0");
    }

    @Test
    void aRunWithEstimatesIsDeterminedByItsSeed() {
        Scenario withEstimates = TestScenarios.twoFirms(
                2, 0.05, "", "\"compliance\": {\"estimateIntervalDays\": 5, \"estimateErrorSd\": 0.1}", "");
        RunResult first = Simulation.run(withEstimates, 4);
        assertEquals(first, Simulation.run(withEstimates, 4), "seed=4 the same seed gives an equal result");
        assertFalse(first.equals(Simulation.run(withEstimates, 5)), "seed=4 and seed=5 give the same result");
    }

    /**
     * The estimates look each firm up once per list they are given: reading the same list every day
     * moves every need exactly as reading a fresh copy of it each day, which looks every firm up anew
     * and must carry the move applied so far by id. Over seeded random firms (one unknown to the
     * economy, estimated on its forecast) and days.
     */
    @Test
    void oneListReadDailyMovesNeedsAsFreshCopiesDo() {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom draw = new SplittableRandom(seed);
            Economy economy = new Economy(scenario.sectors(), scenario.enterprises());
            EmissionsEstimates kept = new EmissionsEstimates(economy, 2024, seed, params(0.08), VERIFICATION);
            EmissionsEstimates fresh = new EmissionsEstimates(economy, 2024, seed, params(0.08), VERIFICATION);
            List<EmissionsEstimates.Firm> keptFirms = new ArrayList<>();
            List<EmissionsEstimates.Firm> freshFirms = new ArrayList<>();
            for (String id : List.of("B", "X", "A")) {
                long forecast = 50_000 + draw.nextLong(100_000);
                double share = draw.nextDouble() * 0.5;
                long linked = draw.nextBoolean() ? draw.nextLong(60_000) : 0;
                long need = draw.nextLong(80_000);
                keptFirms.add(new EmissionsEstimates.Firm(
                        id, new Position(0, 0, 0, need, MarginalCost.constant(0), 0), forecast, share, linked));
                freshFirms.add(new EmissionsEstimates.Firm(
                        id, new Position(0, 0, 0, need, MarginalCost.constant(0), 0), forecast, share, linked));
            }
            SplittableRandom keptRandom = new SplittableRandom(seed * 31);
            SplittableRandom freshRandom = new SplittableRandom(seed * 31);
            for (int day = 0; day < VERIFICATION; day += 1 + draw.nextInt(30)) {
                kept.estimate(day, keptFirms, keptRandom);
                fresh.estimate(day, new ArrayList<>(freshFirms), freshRandom);
                for (int f = 0; f < keptFirms.size(); f++) {
                    Position a = keptFirms.get(f).position();
                    Position b = freshFirms.get(f).position();
                    String what = "seed=" + seed + " day " + day + " firm "
                            + keptFirms.get(f).enterpriseId();
                    assertEquals(b.expectedNeedTonnes(), a.expectedNeedTonnes(), what + " need");
                    assertEquals(b.needUncertaintyTonnes(), a.needUncertaintyTonnes(), what + " uncertainty");
                }
            }
        }
    }
}
