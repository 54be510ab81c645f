package org.carbonsim.core.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioException;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.carbonsim.core.scenario.Uncertainty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonteCarloTest {
    private static final String PRICE_UNCERTAINTY = "\"parameters\": [{\"path\": \"$.market.initialPrice\","
            + " \"distribution\": {\"type\": \"uniform\", \"low\": 30, \"high\": 50}}]";

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        Scenario scenario = McScenarios.twoFirms(PRICE_UNCERTAINTY);
        MonteCarloResult one = MonteCarlo.run(scenario, new MonteCarlo.Settings(30, 1, 9, Optional.empty()));
        MonteCarloResult three = MonteCarlo.run(scenario, new MonteCarlo.Settings(30, 3, 9, Optional.empty()));
        assertEquals(one, three);
        assertEquals(30, one.runs().size());
        assertEquals(
                List.of(25, 30),
                one.convergence().stream()
                        .filter(p -> p.metric() == Metric.CLOSE)
                        .map(ConvergencePoint::runs)
                        .toList());
        assertEquals(20, one.bands().size());
    }

    @Test
    void progressCountsReplicationsInOrderWhateverTheThreadCount() {
        Scenario scenario = McScenarios.twoFirms(PRICE_UNCERTAINTY);
        List<String> calls = new ArrayList<>();
        MonteCarloResult reported = MonteCarlo.run(
                scenario,
                new MonteCarlo.Settings(30, 3, 9, Optional.empty()),
                (done, total) -> calls.add(done + "/" + total));

        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            expected.add(i + "/30");
        }
        assertEquals(expected, calls);
        assertEquals(MonteCarlo.run(scenario, new MonteCarlo.Settings(30, 1, 9, Optional.empty())), reported);
    }

    @Test
    void replicationsUseDerivedSeedsAndSampledInputs() {
        Scenario scenario = McScenarios.twoFirms(PRICE_UNCERTAINTY);
        MonteCarloResult result = MonteCarlo.run(scenario, new MonteCarlo.Settings(10, 2, 3, Optional.empty()));
        Set<Double> prices = new HashSet<>();
        for (RunMetrics run : result.runs()) {
            assertEquals(Seeds.forReplication(3, run.index()), run.seed());
            double price = run.inputs().get(0);
            assertTrue(price >= 30 && price <= 50, "index=" + run.index() + " price " + price);
            prices.add(price);
        }
        assertTrue(prices.size() > 5, "prices " + prices);
        assertEquals(List.of(UncertaintySampler.INITIAL_PRICE), result.inputPaths());
    }

    @Test
    void differentBaseSeedsGiveDifferentStudies() {
        Scenario scenario = McScenarios.twoFirms("");
        MonteCarloResult a = MonteCarlo.run(scenario, new MonteCarlo.Settings(5, 2, 1, Optional.empty()));
        MonteCarloResult b = MonteCarlo.run(scenario, new MonteCarlo.Settings(5, 2, 2, Optional.empty()));
        assertNotEquals(a.runs(), b.runs());
        assertEquals(List.of(), a.inputPaths());
    }

    @Test
    void stopRuleEndsAtABatchBoundary() {
        Scenario scenario = McScenarios.twoFirms("");
        StopRule loose = new StopRule(Metric.COMPLIANCE_RATE, 1.0);
        MonteCarloResult result = MonteCarlo.run(scenario, new MonteCarlo.Settings(100, 2, 4, Optional.of(loose)));
        assertEquals(MonteCarlo.BATCH, result.runs().size());
        assertTrue(result.stoppedEarly());
        StopRule strict = new StopRule(Metric.VOLUME, 1e-9);
        MonteCarloResult full = MonteCarlo.run(scenario, new MonteCarlo.Settings(30, 2, 4, Optional.of(strict)));
        assertEquals(30, full.runs().size());
        assertFalse(full.stoppedEarly());
    }

    @Test
    void anyNumberInTheFileCanBeDrawnAndIsLoadedWithTheDraw() {
        Scenario scenario = McScenarios.twoFirms("\"parameters\": ["
                + "{\"path\": \"$.coverage.thresholds[0].emissionsTonnes\", \"distribution\": {\"type\": \"uniform\","
                + " \"low\": 5000, \"high\": 20000}},"
                + "{\"path\": \"$.enterprises[0].abatement.maxCost\", \"distribution\": {\"type\": \"triangular\","
                + " \"low\": 20, \"mode\": 40, \"high\": 80}},"
                + "{\"path\": \"$.enterprises[0].baseOutput\", \"distribution\": {\"type\": \"beta\", \"alpha\": 2,"
                + " \"beta\": 2, \"low\": 50000, \"high\": 150000}},"
                + "{\"path\": \"$.market.initialPrice\", \"distribution\": {\"type\": \"normal\", \"mean\": 40, \"sd\": 4}}],"
                + " \"correlation\": [[1, 0.5, 0, 0], [0.5, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]");
        UncertaintySampler sampler = new UncertaintySampler(scenario);
        for (int i = 0; i < 20; i++) {
            double[] draws = sampler.sample(Seeds.forReplication(2, i));
            double[] applied = new double[4];
            Scenario s = sampler.apply(scenario, draws, applied);
            assertEquals(Math.round(draws[0]), applied[0], "i=" + i + " tonnes are whole");
            assertEquals(applied[0], s.coverage().thresholds().get(0).emissionsTonnes(), "i=" + i);
            assertEquals(Math.round(draws[1] * 100) / 100.0, applied[1], 1e-9, "i=" + i + " yuan to the fen");
            assertEquals(
                    new AbatementCurve.Linear(Math.round(applied[1] * 100), 0.4),
                    s.enterprises().get(0).abatement(),
                    "i=" + i);
            assertEquals(draws[2], applied[2], "i=" + i + " output is taken as drawn");
            assertEquals(applied[2], s.enterprises().get(0).output().baseOutputUnits(), "i=" + i);
            assertEquals(100000, s.enterprises().get(1).output().baseOutputUnits(), "i=" + i);
            assertEquals(applied[3] * 100, s.market().initialPriceFen(), 1e-9, "i=" + i);
        }
        MonteCarloResult result = MonteCarlo.run(scenario, new MonteCarlo.Settings(4, 2, 1, Optional.empty()));
        assertEquals(
                List.of(
                        "$.coverage.thresholds[0].emissionsTonnes",
                        "$.enterprises[0].abatement.maxCost",
                        "$.enterprises[0].baseOutput",
                        "$.market.initialPrice"),
                result.inputPaths());
    }

    @Test
    void aDistributionWhoseDrawsTheScenarioRejectsIsNamed() {
        Scenario scenario = McScenarios.twoFirms("\"parameters\": [{\"path\": \"$.enterprises[0].baseOutput\","
                + " \"distribution\": {\"type\": \"normal\", \"mean\": 100000, \"sd\": 50000}}]");
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> MonteCarlo.run(scenario, new MonteCarlo.Settings(2, 1, 1, Optional.empty())));
        assertTrue(
                e.getMessage().contains("$.uncertainty.parameters[0].distribution: its draws reach"), e.getMessage());
        assertTrue(e.getMessage().contains("$.enterprises[0].baseOutput = -"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "$.market.initialPrice\", \"distribution\": {\"type\": \"normal\", \"mean\": 40, \"sd\": 1e308}",
                "$.enterprises[0].baseOutput\", \"distribution\": {\"type\": \"normal\", \"mean\": 9, \"sd\": 1e308}",
                "$.enterprises[0].baseOutput\", \"distribution\": {\"type\": \"logNormal\", \"mu\": 1, \"sigma\": 1e300}",
                // finite bounds whose width overflows: the quantile drew +Infinity, and the run stopped with
                // "unexpected failure: ArithmeticException: long overflow" from the price ladder
                "$.market.initialPrice\", \"distribution\": {\"type\": \"triangular\", \"low\": -1e308, \"mode\": 24,"
                        + " \"high\": 25.8}",
                "$.market.initialPrice\", \"distribution\": {\"type\": \"uniform\", \"low\": -1e308, \"high\": 1e308}",
                "$.enterprises[0].baseOutput\", \"distribution\": {\"type\": \"beta\", \"alpha\": 2, \"beta\": 2,"
                        + " \"low\": -1e308, \"high\": 1e308}"
            })
    void aDistributionTooWideToComputeWithIsNamed(String parameter) {
        Scenario scenario = McScenarios.twoFirms("\"parameters\": [{\"path\": \"" + parameter + "}]");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new UncertaintySampler(scenario));
        assertEquals(
                List.of("$.uncertainty.parameters[0].distribution: its draws reach numbers too large to compute with;"
                        + " use a narrower distribution"),
                e.problems().stream().map(Object::toString).toList());
    }

    /**
     * The initial price is applied in the records, not by loading the file again, so its highest draw
     * is checked against the loader's limits when the sampler is built: a draw of 2000 yuan at a
     * 0.01 tick overran the price ladder's int ticks in the middle of a run, and at a 1 yuan tick a
     * price of 160000 yuan with a firm of 10^9 t overflowed the money counted in fen.
     */
    @Test
    void anInitialPriceAboveTheLaddersLimitIsNamed() {
        Scenario scenario = McScenarios.twoFirms("\"parameters\": [{\"path\": \"$.market.initialPrice\","
                + " \"distribution\": {\"type\": \"uniform\", \"low\": 40, \"high\": 2000}}]");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new UncertaintySampler(scenario));
        assertEquals(
                List.of("$.uncertainty.parameters[0].distribution: its draws reach values this scenario does not"
                        + " accept (use a bounded distribution such as uniform, triangular or beta, or a narrower"
                        + " one): $.market.initialPrice = 2000: above 1677.72 CNY per t (167772 ticks at this"
                        + " tick), the most the price ladder allows"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void anInitialPriceWhoseMoneyOverflowsIsNamed() {
        String json = McScenarios.twoFirmsJson("\"parameters\": [{\"path\": \"$.market.initialPrice\","
                        + " \"distribution\": {\"type\": \"uniform\", \"low\": 40, \"high\": 160000}}]")
                .replace("\"initialPrice\": 40.00", "\"tick\": 1, \"initialPrice\": 40")
                .replaceFirst("\"baseOutput\": 100000", "\"baseOutput\": 1000000000");
        Scenario scenario = ScenarioLoader.parse(json, "two-firms.json", Path.of("."));
        ScenarioException e = assertThrows(ScenarioException.class, () -> new UncertaintySampler(scenario));
        assertEquals(1, e.problems().size(), e.getMessage());
        String problem = e.problems().get(0).toString();
        assertTrue(
                problem.startsWith("$.uncertainty.parameters[0].distribution: its draws reach values this scenario"
                        + " does not accept"),
                problem);
        assertTrue(problem.contains("$.market.initialPrice = 160000.00: $.enterprises[0]: "), problem);
        assertTrue(problem.contains("the money a run counts in fen could overflow"), problem);
    }

    /** A distribution wholly below what a clamped field accepts was clamped to one value in every replication. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "$.market.initialPrice\", \"distribution\": {\"type\": \"uniform\", \"low\": -100, \"high\": -50}|"
                        + "all fall below a price of at least one tick",
                "$.enterprises[0].growthRate\", \"distribution\": {\"type\": \"uniform\", \"low\": -5, \"high\": -2}|"
                        + "all fall below a growth rate of at least -0.99",
                "$.enterprises[1].shockSd\", \"distribution\": {\"type\": \"triangular\", \"low\": -0.2,"
                        + " \"mode\": -0.1, \"high\": -0.05}|all fall below a shock s.d. of at least 0"
            })
    void aDistributionWhollyOutsideAClampedFieldIsNamed(String parameterAndMessage) {
        String[] parts = parameterAndMessage.split("\\|");
        Scenario scenario = McScenarios.twoFirms("\"parameters\": [{\"path\": \"" + parts[0] + "}]");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new UncertaintySampler(scenario));
        assertEquals(1, e.problems().size(), e.getMessage());
        String problem = e.problems().get(0).toString();
        assertTrue(problem.startsWith("$.uncertainty.parameters[0].distribution: its draws (at most "), problem);
        assertTrue(problem.contains(parts[1]), problem);
    }

    @Test
    void aDistributionPartlyBelowAClampedFieldIsAccepted() {
        // a normal initial price reaches below one tick in its far tail; those draws are clamped
        Scenario scenario = McScenarios.twoFirms("\"parameters\": [{\"path\": \"$.market.initialPrice\","
                + " \"distribution\": {\"type\": \"normal\", \"mean\": 40, \"sd\": 10}}]");
        new UncertaintySampler(scenario);
    }

    @Test
    void aPathWithoutTheScenarioTextIsRejectedByName() {
        Scenario loaded = McScenarios.twoFirms("\"parameters\": [{\"path\": \"$.allocation.governmentReserveShare\","
                + " \"distribution\": {\"type\": \"uniform\", \"low\": 0.05, \"high\": 0.2}}]");
        Scenario bare = new Scenario(
                loaded.schemaVersion(),
                loaded.name(),
                loaded.description(),
                loaded.seed(),
                loaded.calendar(),
                loaded.sectors(),
                loaded.enterprises(),
                loaded.coverage(),
                loaded.allocation(),
                loaded.market(),
                loaded.agents(),
                loaded.policy(),
                loaded.compliance(),
                new Uncertainty(loaded.uncertainty().parameters(), List.of()),
                loaded.expectedDepartures(),
                loaded.mrv(),
                loaded.cbam(),
                loaded.offsetMarkets(),
                loaded.finance());
        ScenarioException e = assertThrows(ScenarioException.class, () -> new UncertaintySampler(bare));
        assertTrue(e.getMessage().contains("$.uncertainty.parameters[0].path"), e.getMessage());
        assertTrue(e.getMessage().contains("only in a scenario loaded from a file"), e.getMessage());
    }

    @Test
    void drawnValuesKeepACalendarCutAfterLoading() {
        Scenario scenario = McScenarios.twoFirms("\"parameters\": [{\"path\": \"$.allocation.governmentReserveShare\","
                + " \"distribution\": {\"type\": \"uniform\", \"low\": 0.05, \"high\": 0.2}}]");
        Scenario longer = scenario.withYears(2);
        UncertaintySampler sampler = new UncertaintySampler(longer);
        Scenario s = sampler.apply(longer, sampler.sample(1), new double[1]);
        assertEquals(longer.calendar(), s.calendar());
    }

    @Test
    void correlatedDrawsFollowTheCorrelation() {
        Scenario scenario = McScenarios.twoFirms("\"parameters\": ["
                + "{\"path\": \"$.market.initialPrice\", \"distribution\": {\"type\": \"normal\", \"mean\": 40, \"sd\": 5}},"
                + "{\"path\": \"$.enterprises[0].growthRate\", \"distribution\": {\"type\": \"normal\", \"mean\": 0, \"sd\": 1}}],"
                + " \"correlation\": [[1, 0.9], [0.9, 1]]");
        UncertaintySampler sampler = new UncertaintySampler(scenario);
        int n = 2000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double[] d = sampler.sample(Seeds.forReplication(0, i));
            x[i] = d[0];
            y[i] = d[1];
        }
        double r = new PearsonsCorrelation().correlation(x, y);
        assertEquals(0.9, r, 0.03);
    }

    @Test
    void enterpriseGrowthAndShockAreAppliedWithinTheirRanges() {
        Scenario scenario = McScenarios.twoFirms(
                "\"parameters\": ["
                        + "{\"path\": \"$.enterprises[0].growthRate\", \"distribution\": {\"type\": \"normal\", \"mean\": 0, \"sd\": 2}},"
                        + "{\"path\": \"$.enterprises[1].shockSd\", \"distribution\": {\"type\": \"normal\", \"mean\": 0, \"sd\": 0.1}}]");
        UncertaintySampler sampler = new UncertaintySampler(scenario);
        boolean clampedGrowth = false;
        boolean clampedShock = false;
        for (int i = 0; i < 50; i++) {
            double[] applied = new double[2];
            Scenario s = sampler.apply(scenario, sampler.sample(Seeds.forReplication(1, i)), applied);
            assertEquals(applied[0], s.enterprises().get(0).output().growthRate(), "i=" + i);
            assertEquals(applied[1], s.enterprises().get(1).output().shockSd(), "i=" + i);
            assertEquals(0.05, s.enterprises().get(0).output().shockSd(), "i=" + i);
            assertTrue(applied[0] >= -0.99 && applied[1] >= 0, "i=" + i);
            clampedGrowth |= applied[0] == -0.99;
            clampedShock |= applied[1] == 0;
        }
        assertTrue(clampedGrowth && clampedShock, "draws below the ranges are clamped");
        MonteCarloResult result = MonteCarlo.run(scenario, new MonteCarlo.Settings(4, 2, 1, Optional.empty()));
        assertEquals(List.of("$.enterprises[0].growthRate", "$.enterprises[1].shockSd"), result.inputPaths());
    }

    @Test
    void aPathListedTwiceIsRejected() {
        String twice =
                "{\"path\": \"$.market.initialPrice\", \"distribution\": {\"type\": \"uniform\", \"low\": 30, \"high\": 50}}";
        Scenario scenario = McScenarios.twoFirms("\"parameters\": [" + twice + ", " + twice + "]");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new UncertaintySampler(scenario));
        assertTrue(e.getMessage().contains("$.uncertainty.parameters[1].path"), e.getMessage());
        assertTrue(e.getMessage().contains("already varied by $.uncertainty.parameters[0]"), e.getMessage());
    }

    @Test
    void aCorrelationMatrixThatIsNotPositiveDefiniteIsRejected() {
        String normal = "\"distribution\": {\"type\": \"normal\", \"mean\": 0.05, \"sd\": 0.01}";
        Scenario scenario = McScenarios.twoFirms("\"parameters\": ["
                + "{\"path\": \"$.market.initialPrice\", \"distribution\": {\"type\": \"normal\", \"mean\": 40, \"sd\": 5}},"
                + "{\"path\": \"$.enterprises[0].growthRate\", " + normal + "},"
                + "{\"path\": \"$.enterprises[1].shockSd\", " + normal + "}],"
                + " \"correlation\": [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]]");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new UncertaintySampler(scenario));
        assertTrue(
                e.getMessage().contains("$.uncertainty.correlation: the correlation matrix must be"), e.getMessage());
    }
}
