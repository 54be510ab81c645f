package org.carbonsim.core.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class SectorComparisonTest {
    private static final PairedRuns.Settings SETTINGS = new PairedRuns.Settings(3, 2, 7);

    /**
     * Two sectors with one firm each, no abatement, no output shocks, no traders and every firm short,
     * so nobody sells, nothing trades and every figure follows from the allocation rule by hand:
     * allocation = 2023 emissions × control factor × market adjustment factor; shortfall = emissions −
     * allocation; fine = shortfall × CNY 100 (EU-style, no make-good). Cement: firm C, 100,000 t a year,
     * control factor 1. Power: firm P, 200,000 t a year, control factor 0.95. Two years, the same each
     * year.
     *
     * @param name the scenario's name
     * @param marketAdjustmentFactor the policy's factor: 0.9 for A, 0.8 for B
     */
    static String twoSectorsJson(String name, String marketAdjustmentFactor) {
        return "{\n"
                + "  \"schemaVersion\": 1,\n"
                + "  \"name\": \"" + name + "\",\n"
                + "  \"description\": \"two sectors, worked by hand\",\n"
                + "  \"seed\": 3,\n"
                + "  \"calendar\": {\"startYear\": 2024, \"years\": 2, \"tradingDaysPerYear\": 10},\n"
                + "  \"market\": {\"initialPrice\": 40.00},\n"
                + "  \"sectors\": [\n"
                + "    {\"id\": \"cement\", \"name\": \"水泥 Cement\","
                + " \"allocation\": {\"type\": \"historicalEmissions\", \"baseYears\": [2023]}},\n"
                + "    {\"id\": \"power\", \"name\": \"电力 Power\","
                + " \"allocation\": {\"type\": \"historicalEmissions\", \"baseYears\": [2023], \"controlFactor\": 0.95}}\n"
                + "  ],\n"
                + "  \"enterprises\": [\n"
                + "    {\"id\": \"C\", \"sector\": \"cement\", \"baseOutput\": 100000, \"emissionIntensity\": 1.0,"
                + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": 100000}]},\n"
                + "    {\"id\": \"P\", \"sector\": \"power\", \"baseOutput\": 200000, \"emissionIntensity\": 1.0,"
                + " \"history\": [{\"year\": 2023, \"output\": 200000, \"emissions\": 200000}]}\n"
                + "  ],\n"
                + "  \"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {\"2024\": 300000, \"2025\": 300000}},"
                + " \"preAllocationShare\": 1.0, \"marketAdjustmentFactor\": " + marketAdjustmentFactor + "},\n"
                + "  \"compliance\": {\"banking\": {\"type\": \"forbidden\"},"
                + " \"penalty\": {\"type\": \"eu\", \"perTonne\": 100, \"makeGood\": false}}\n"
                + "}\n";
    }

    static Scenario twoSectors(String name, String marketAdjustmentFactor) {
        return ScenarioLoader.parse(twoSectorsJson(name, marketAdjustmentFactor), name + ".json", Path.of("."));
    }

    /** "cement 2024 allocation_t" -> the figure. */
    private static Map<String, PairedFigure> byName(List<PairedFigure> figures) {
        Map<String, PairedFigure> map = new TreeMap<>();
        for (PairedFigure f : figures) {
            map.put(
                    f.sectorId().orElse("all") + " " + f.year() + " "
                            + f.metric().id()
                            + (f.metric().unit().isEmpty()
                                    ? ""
                                    : "_" + f.metric().unit()),
                    f);
        }
        return map;
    }

    private static void check(Map<String, PairedFigure> figures, String key, double a, double b) {
        PairedFigure f = figures.get(key);
        assertTrue(f != null, key + " missing from " + figures.keySet());
        assertEquals(a, f.baselineMean(), 1e-9, key + " baseline");
        assertEquals(b, f.policyMean(), 1e-9, key + " policy");
        assertEquals(b - a, f.difference().mean(), 1e-9, key + " difference");
        // every replication is the same (nothing random is left), so the interval has no width
        assertEquals(b - a, f.difference().ciLow(), 1e-9, key + " ci low");
        assertEquals(b - a, f.difference().ciHigh(), 1e-9, key + " ci high");
        assertEquals(SETTINGS.runs(), f.difference().n(), key + " n");
    }

    @Test
    void perSectorAndPerYearDifferencesMatchTheHandComputedCase() {
        ComparisonResult result = Comparison.run(List.of(twoSectors("a", "0.9"), twoSectors("b", "0.8")), SETTINGS);
        Map<String, PairedFigure> sectors = byName(result.sectors());
        for (int year : new int[] {2024, 2025}) {
            // cement, A: 100,000 × 1 × 0.9 = 90,000 t allocated, 10,000 t short, 10,000 × 100 = CNY 1,000,000
            //   fined; compliance cost = the fine = CNY 1,000,000 over 100,000 t = CNY 10/t.
            // cement, B: 100,000 × 0.8 = 80,000 t, 20,000 t short, CNY 2,000,000, CNY 20/t.
            check(sectors, "cement " + year + " covered_firms", 1, 1);
            check(sectors, "cement " + year + " allocation_t", 90_000, 80_000);
            check(sectors, "cement " + year + " shortfall_t", 10_000, 20_000);
            check(sectors, "cement " + year + " abatement_t", 0, 0);
            check(sectors, "cement " + year + " abatement_cost_cny", 0, 0);
            check(sectors, "cement " + year + " penalties_cny", 1_000_000, 2_000_000);
            check(sectors, "cement " + year + " compliance_cost_cny", 1_000_000, 2_000_000);
            check(sectors, "cement " + year + " compliance_cost_per_tonne_cny_per_t", 10, 20);
            // power, A: 200,000 × 0.95 × 0.9 = 171,000 t, 29,000 t short, CNY 2,900,000, 2,900,000 / 200,000
            //   = CNY 14.5/t.
            // power, B: 200,000 × 0.95 × 0.8 = 152,000 t, 48,000 t short, CNY 4,800,000, CNY 24/t.
            check(sectors, "power " + year + " allocation_t", 171_000, 152_000);
            check(sectors, "power " + year + " shortfall_t", 29_000, 48_000);
            check(sectors, "power " + year + " penalties_cny", 2_900_000, 4_800_000);
            check(sectors, "power " + year + " compliance_cost_per_tonne_cny_per_t", 14.5, 24);
        }
        Map<String, PairedFigure> years = byName(result.years());
        for (int year : new int[] {2024, 2025}) {
            // both sectors: A 90,000 + 171,000 = 261,000 t, B 80,000 + 152,000 = 232,000 t; short 39,000 and
            // 68,000 t; fines CNY 3,900,000 and 6,800,000; per tonne 3,900,000 / 300,000 = 13 and
            // 6,800,000 / 300,000 = 22.666...
            check(years, "all " + year + " covered_firms", 2, 2);
            check(years, "all " + year + " allocation_t", 261_000, 232_000);
            check(years, "all " + year + " shortfall_t", 39_000, 68_000);
            check(years, "all " + year + " penalties_cny", 3_900_000, 6_800_000);
            check(years, "all " + year + " compliance_cost_per_tonne_cny_per_t", 13, 6_800_000.0 / 300_000);
        }
        assertEquals(2 * 2 * SectorMetric.values().length, result.sectors().size(), "" + sectors.keySet());
        assertEquals(2 * SectorMetric.values().length, result.years().size(), "" + years.keySet());
    }

    @Test
    void aSectorOnlyOnePolicyCoversCountsAsEmptyInTheOther() {
        // policy B covers power only from 2025: in 2024 B has nothing covered in power (0 firms, 0 t
        // allocated) and its cost per tonne there is undefined, so that row is absent; in 2025 B is A
        String b = twoSectorsJson("b", "0.9")
                .replace("\"controlFactor\": 0.95}", "\"controlFactor\": 0.95}, \"coveredFromYear\": 2025");
        Scenario policyB = ScenarioLoader.parse(b, "b.json", Path.of("."));
        ComparisonResult result = Comparison.run(List.of(twoSectors("a", "0.9"), policyB), SETTINGS);
        Map<String, PairedFigure> sectors = byName(result.sectors());
        check(sectors, "power 2024 covered_firms", 1, 0);
        check(sectors, "power 2024 allocation_t", 171_000, 0);
        assertFalse(sectors.containsKey("power 2024 compliance_cost_per_tonne_cny_per_t"), "" + sectors.keySet());
        check(sectors, "power 2025 allocation_t", 171_000, 171_000);
        check(sectors, "cement 2024 allocation_t", 90_000, 90_000);
    }

    @Test
    void intervalIsStudentTOnThePairedDifferences() {
        // differences 1, 2, 3, 4, 5 (baseline 0, policy i + 1): mean 3, sd √2.5 = 1.581139, se 0.707107;
        // t(0.975, 4 df) = 2.776445 (tables), half-width 1.963243: [1.036757, 4.963243]
        List<RunMetrics> baseline = new ArrayList<>();
        List<RunMetrics> policy = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            baseline.add(run(i, 0));
            policy.add(run(i, (i + 1) * 100));
        }
        List<PairedFigure> figures = SectorComparison.bySector(List.of(baseline, policy));
        PairedFigure penalties = figures.stream()
                .filter(f -> f.metric() == SectorMetric.PENALTIES)
                .findFirst()
                .orElseThrow();
        assertEquals(Optional.of("s"), penalties.sectorId());
        assertEquals(5, penalties.difference().n());
        assertEquals(3.0, penalties.difference().mean(), 1e-12);
        assertEquals(
                "1.036757 4.963243",
                String.format(
                        Locale.ROOT,
                        "%.6f %.6f",
                        penalties.difference().ciLow(),
                        penalties.difference().ciHigh()));
        assertTrue(penalties.excludesZero());
    }

    @Test
    void theYearsBlockVolumeIsPairedOnlyWhereAPolicysMarketHasBlockTrades() {
        // baseline without block trades (0 t); the policy with 100, 200, 300, 400, 500 t in blocks:
        // differences mean 300, sd √25,000; the rows per sector never carry it
        List<RunMetrics> baseline = new ArrayList<>();
        List<RunMetrics> policy = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            baseline.add(withYear(run(i, 0), false, 0));
            policy.add(withYear(run(i, 0), true, (i + 1) * 100L));
        }
        List<PairedFigure> years = SectorComparison.byYear(List.of(baseline, policy));
        PairedFigure block = years.stream()
                .filter(f -> f.metric() == YearMetric.BLOCK_VOLUME)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no block_volume among " + byName(years).keySet()));
        assertEquals(2024, block.year());
        assertEquals(Optional.empty(), block.sectorId());
        assertEquals(0.0, block.baselineMean(), 1e-12);
        assertEquals(300.0, block.policyMean(), 1e-12);
        assertEquals(300.0, block.difference().mean(), 1e-12);
        assertEquals(5, block.difference().n());
        assertEquals(YearMetric.BLOCK_VOLUME, years.get(years.size() - 1).metric(), "after the sectors' figures");
        assertTrue(
                SectorComparison.bySector(List.of(baseline, policy)).stream()
                        .noneMatch(f -> f.metric() == YearMetric.BLOCK_VOLUME),
                "a sector has no block volume");
        List<RunMetrics> bookOnly =
                policy.stream().map(r -> withYear(r, false, 0)).toList();
        assertTrue(
                SectorComparison.byYear(List.of(baseline, bookOnly)).stream()
                        .noneMatch(f -> f.metric() == YearMetric.BLOCK_VOLUME),
                "no policy's market has block trades: no block volume row");
    }

    /** {@code run} with its 2024 figures of the market: block trades or not, {@code blockTonnes} in blocks. */
    private static RunMetrics withYear(RunMetrics run, boolean blockTrades, long blockTonnes) {
        SectorFigures total = SectorFigures.none(2024, "").plus(run.sectors().get(0), "");
        YearFigures year = new YearFigures(2024, 4_000, 4_000, 1_000, 4_000_000, blockTrades, blockTonnes, 1.0, total);
        return new RunMetrics(run.index(), run.seed(), run.inputs(), run.metrics(), List.of(year), run.sectors());
    }

    /** A replication with one sector in 2024 whose fine is {@code penaltyFen}. */
    private static RunMetrics run(int index, long penaltyFen) {
        List<Double> metrics = new ArrayList<>();
        for (int m = 0; m < Metric.values().length; m++) {
            metrics.add(0.0);
        }
        return new RunMetrics(
                index,
                index,
                List.of(),
                metrics,
                List.of(),
                List.of(new SectorFigures(2024, "s", 1, 10, 0, 0, 0, penaltyFen, penaltyFen, 10, 0, 0, 0, 0)));
    }
}
