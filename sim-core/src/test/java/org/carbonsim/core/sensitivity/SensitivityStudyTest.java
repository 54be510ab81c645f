package org.carbonsim.core.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.carbonsim.core.montecarlo.Seeds;
import org.carbonsim.core.scenario.NumericPath;
import org.carbonsim.core.scenario.ScenarioException;
import org.carbonsim.core.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityStudyTest {
    private static final String TWO_FIRMS = "{\"schemaVersion\": 1, \"name\": \"two-firms\", \"seed\": 5,"
            + " \"calendar\": {\"startYear\": 2024, \"years\": 2, \"tradingDaysPerYear\": 15},"
            + " \"market\": {\"initialPrice\": 40.00, \"limitPct\": 10},"
            + " \"sectors\": [{\"id\": \"industry\", \"name\": \"Industry\", \"productUnit\": \"t\","
            + " \"allocation\": {\"type\": \"historicalEmissions\", \"baseYears\": [2023]}}],"
            + " \"enterprises\": ["
            + "{\"id\": \"A\", \"name\": \"A\", \"sector\": \"industry\", \"baseOutput\": 100000,"
            + " \"emissionIntensity\": 1.0, \"shockModel\": \"LOGNORMAL\", \"shockSd\": 0.05,"
            + " \"abatement\": {\"type\": \"linear\", \"maxCost\": 40, \"maxShare\": 0.4},"
            + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": 100000}]},"
            + "{\"id\": \"B\", \"name\": \"B\", \"sector\": \"industry\", \"baseOutput\": 100000,"
            + " \"emissionIntensity\": 1.0, \"shockModel\": \"LOGNORMAL\", \"shockSd\": 0.05,"
            + " \"abatement\": {\"type\": \"none\"},"
            + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": 100000}]}],"
            + " \"coverage\": {\"thresholds\": [{\"fromYear\": 2024, \"emissionsTonnes\": 13000}]},"
            + " \"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {\"2024\": 160000, \"2025\": 150000}},"
            + " \"governmentReserveShare\": 0.1, \"preAllocationShare\": 1.0},"
            + " \"agents\": {\"defaultStrategy\": \"COMPLIANCE\", \"traders\": [{\"type\": \"noiseTraders\","
            + " \"count\": 4, \"dailyProbability\": 0.5, \"maxOrderTonnes\": 200, \"cash\": 200000,"
            + " \"holdingsTonnes\": 2000}]}}";

    @TempDir
    Path dir;

    private ScenarioSource source() throws IOException {
        Path file = dir.resolve("two-firms.json");
        Files.writeString(file, TWO_FIRMS, StandardCharsets.UTF_8);
        return ScenarioSource.read(file);
    }

    private List<Factor> factors(ScenarioSource source) {
        return List.of(
                new Factor("initialPrice", NumericPath.of(source, "market.initialPrice", 20, 60, "test"), 20, 60),
                new Factor(
                        "maxCost", NumericPath.of(source, "enterprises[0].abatement.maxCost", 10, 80, "test"), 10, 80),
                new Factor(
                        "emissionsTonnes",
                        NumericPath.of(source, "coverage.thresholds[0].emissionsTonnes", 1000, 50000, "test"),
                        1000,
                        50000));
    }

    private SensitivityResult study(ScenarioSource source, Method method, int threads) {
        return SensitivityStudy.run(
                source,
                UnaryOperator.identity(),
                factors(source),
                new SensitivityStudy.Settings(method, 4, 2, threads, 11),
                (done, total) -> {});
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() throws IOException {
        ScenarioSource source = source();
        for (Method method : Method.values()) {
            assertEquals(study(source, method, 1), study(source, method, 3), method.label());
        }
    }

    @Test
    void pointsAreWrittenRoundedAndEveryMetricHasOneEntryPerInput() throws IOException {
        ScenarioSource source = source();
        List<String> progress = new ArrayList<>();
        SensitivityResult r = SensitivityStudy.run(
                source,
                UnaryOperator.identity(),
                factors(source),
                new SensitivityStudy.Settings(Method.SOBOL, 4, 2, 2, 3),
                (done, total) -> progress.add(done + "/" + total));
        assertEquals(20, r.points().size());
        assertEquals("2/40", progress.get(0));
        assertEquals("40/40", progress.get(progress.size() - 1));
        assertEquals(List.of(Seeds.forReplication(3, 0), Seeds.forReplication(3, 1)), r.seeds());
        for (List<Double> point : r.points()) {
            assertTrue(point.get(0) >= 20 && point.get(0) <= 60, "point " + point);
            assertEquals(Math.round(point.get(0) * 100) / 100.0, point.get(0), 1e-9, "price to the fen: " + point);
            assertEquals(Math.rint(point.get(2)), point.get(2), "whole tonnes: " + point);
        }
        assertEquals("vwap_2025", r.metrics().get(r.metrics().size() - 1));
        assertEquals(r.metrics().size(), r.sobol().size());
        assertTrue(r.morris().isEmpty());
        for (List<SobolIndex> m : r.sobol()) {
            assertEquals(3, m.size());
        }
    }

    /**
     * Each reserve share alone loads over its whole range, but not both near the top: the study stops
     * with the loader's message for the first such point in plan order, whatever the number of threads.
     */
    @Test
    void aPointThatDoesNotLoadIsReportedFirstInPlanOrderWhateverTheThreadCount() throws IOException {
        Path file = dir.resolve("reserves.json");
        Files.writeString(
                file,
                TWO_FIRMS.replace(
                        "\"governmentReserveShare\": 0.1,",
                        "\"governmentReserveShare\": 0.1, \"newEntrantReserveShare\": 0.1,"),
                StandardCharsets.UTF_8);
        ScenarioSource source = ScenarioSource.read(file);
        List<Factor> factors = List.of(
                new Factor(
                        "government",
                        NumericPath.of(source, "allocation.governmentReserveShare", 0.3, 0.9, "test"),
                        0.3,
                        0.9),
                new Factor(
                        "newEntrant",
                        NumericPath.of(source, "allocation.newEntrantReserveShare", 0.3, 0.9, "test"),
                        0.3,
                        0.9));
        List<String> messages = new ArrayList<>();
        for (int threads : new int[] {1, 3}) {
            ScenarioException e = assertThrows(
                    ScenarioException.class,
                    () -> SensitivityStudy.run(
                            source,
                            UnaryOperator.identity(),
                            factors,
                            new SensitivityStudy.Settings(Method.SOBOL, 4, 2, threads, 11),
                            (done, total) -> {}));
            messages.add(e.getMessage());
        }
        assertTrue(messages.get(0).contains("add up to more than the whole cap"), messages.get(0));
        assertEquals(messages.get(0), messages.get(1), "the same point whatever the threads");
    }
}
