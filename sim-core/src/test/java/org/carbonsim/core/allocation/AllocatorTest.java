package org.carbonsim.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.carbonsim.core.coverage.CoverageReason;
import org.carbonsim.core.coverage.CoverageRecord;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.EnterpriseHistory;
import org.carbonsim.core.model.EnterpriseYear;
import org.carbonsim.core.model.OutputProcess;
import org.carbonsim.core.model.Sector;
import org.carbonsim.core.model.ShockModel;
import org.junit.jupiter.api.Test;

class AllocatorTest {
    private static final int YEAR = 2024;
    private static final Sector SECTOR = new Sector("s", "sector", "t product", 2014, Sector.NEVER_LEAVES);
    private static final CapSchedule HUGE_CAP = new CapSchedule.Given(Map.of(2014, 1_000_000_000L));

    /** (enterprise, year) → (output, emissions); missing years are idle. */
    private final Map<String, Map<Integer, double[]>> data = new HashMap<>();

    private final EnterpriseHistory history = (id, year) -> {
        double[] d = data.getOrDefault(id, Map.of()).get(year);
        return d == null
                ? EnterpriseYear.idle(id, year)
                : new EnterpriseYear(id, year, true, d[0], (long) d[1], (long) d[1], 0, 0);
    };

    private void year(String id, int year, double output, long emissions) {
        data.computeIfAbsent(id, k -> new HashMap<>()).put(year, new double[] {output, emissions});
    }

    private static Enterprise firm(String id, int operatingDays, double heatRatio) {
        return new Enterprise(
                id,
                id,
                "s",
                new OutputProcess(2020, 1, 0, ShockModel.NONE, 0),
                1,
                0,
                heatRatio,
                operatingDays,
                AbatementCurve.none(),
                Enterprise.ALWAYS_OPEN,
                Enterprise.NEVER_CLOSES,
                List.of());
    }

    private static AllocationPlan plan(
            CapSchedule cap, double gov, double ne, double auction, AllocationMethod method) {
        return new AllocationPlan(
                cap,
                gov,
                ne,
                auction,
                0.5,
                OptionalDouble.empty(),
                Map.of("s", List.of(new MethodPeriod(2014, method))));
    }

    private static List<CoverageRecord> covered(String... ids) {
        List<CoverageRecord> records = new ArrayList<>();
        for (String id : ids) {
            boolean entrant = id.startsWith("new");
            records.add(new CoverageRecord(
                    id, "s", YEAR, CoverageReason.ABOVE_THRESHOLD_IN_LOOKBACK, YEAR - 1, 0, entrant));
        }
        return records;
    }

    private AllocationTable allocate(AllocationPlan plan, List<Enterprise> firms, List<CoverageRecord> coverage) {
        return new Allocator(plan, List.of(SECTOR), firms).allocate(YEAR, coverage, history, history);
    }

    /**
     * The lines come in enterprise-id order (the strings' natural order, a tree map's) whatever the
     * order of the coverage records: the engine's yearly books are filled along the lines and read in
     * their order as the ids' (decisions, the offset plan's caps).
     */
    @Test
    void linesComeInIdOrderWhateverTheCoverageOrder() {
        String[] ids = {"E10", "B", "E9", "A2", "e1", "A10", "E010"};
        List<Enterprise> firms = new ArrayList<>();
        for (String id : ids) {
            year(id, 2023, 0, 1_000);
            firms.add(firm(id, 365, 0));
        }
        AllocationMethod method = new AllocationMethod.HistoricalEmissions(List.of(2023), 1);
        List<String> lineIds = allocate(plan(HUGE_CAP, 0, 0, 0, method), firms, covered(ids)).lines().stream()
                .map(AllocationLine::enterpriseId)
                .toList();
        assertEquals(List.copyOf(new TreeSet<>(List.of(ids))), lineIds);
    }

    @Test
    void historicalEmissionsUseMeanBaseYearsControlFactorAndOperatingDays() {
        year("A", 2021, 0, 10_000);
        year("A", 2022, 0, 12_000);
        year("A", 2023, 0, 11_000);
        year("A", 2024, 0, 11_500);
        AllocationMethod method = new AllocationMethod.HistoricalEmissions(List.of(2021, 2022, 2023), 0.97);
        AllocationLine line = allocate(plan(HUGE_CAP, 0, 0, 0, method), List.of(firm("A", 300, 0)), covered("A"))
                .line("A");
        // base = (10,000 + 12,000 + 11,000) / 3 = 11,000 t; 11,000 × 0.97 × 300/365 = 8,769.86 → 8,770
        // pre = 0.5 × 8,769.86 = 4,384.93 → 4,385; expected balance = 8,770 − 11,500 = −2,730
        assertEquals(
                new AllocationLine(
                        "A", "s", "HistoricalEmissions", false, 11_000, 1, 0.97, 1, 300 / 365.0, 4_385, 8_770, 11_500),
                line);
        assertEquals(-2_730, line.expectedBalanceTonnes());
    }

    @Test
    void historicalEmissionsOfAnEnterpriseOpenedAfterTheBaseYearsUseItsRecentYears() {
        year("N", 2022, 0, 5_000);
        year("N", 2023, 0, 7_000);
        AllocationMethod method = new AllocationMethod.HistoricalEmissions(List.of(2018, 2019, 2020), 1);
        AllocationLine line = allocate(plan(HUGE_CAP, 0, 0, 0, method), List.of(firm("N", 365, 0)), covered("N"))
                .line("N");
        // no base year operated: the two operating years 2023 and 2022 stand in; (7,000 + 5,000) / 2 = 6,000
        assertEquals(6_000, line.baseQuantity(), 1e-9);
        assertEquals(6_000, line.allocationTonnes());
    }

    @Test
    void historicalIntensityAppliesBaseYearsIntensityToOutput() {
        year("A", 2022, 1_000, 900);
        year("A", 2023, 1_000, 1_100);
        year("A", 2024, 1_200, 1_300);
        AllocationMethod method = new AllocationMethod.HistoricalIntensity(List.of(2022, 2023), 0.95);
        AllocationLine line = allocate(plan(HUGE_CAP, 0, 0, 0, method), List.of(firm("A", 365, 0)), covered("A"))
                .line("A");
        // intensity = (900 + 1,100) / (1,000 + 1,000) = 1.0; 1,200 × 1.0 × 0.95 = 1,140
        // pre from last year's output: 0.5 × 1,000 × 1.0 × 0.95 = 475
        assertEquals(
                new AllocationLine("A", "s", "HistoricalIntensity", false, 1_200, 1, 0.95, 1, 1, 475, 1_140, 1_300),
                line);
    }

    @Test
    void fixedBenchmarkAppliesToOutputRoundedHalfUp() {
        year("A", 2023, 1_000, 900);
        year("A", 2024, 1_000.6, 900);
        AllocationMethod method = new AllocationMethod.Benchmark(new BenchmarkSource.Fixed(0.8534), 1);
        AllocationLine line = allocate(plan(HUGE_CAP, 0, 0, 0, method), List.of(firm("A", 365, 0)), covered("A"))
                .line("A");
        // 1,000.6 × 0.8534 = 853.912 → 854; pre 0.5 × 1,000 × 0.8534 = 426.7 → 427
        assertEquals(854, line.allocationTonnes());
        assertEquals(427, line.preAllocationTonnes());
        assertEquals(0.8534, line.intensity());
    }

    @Test
    void percentileBenchmarkIsTheNearestRankIntensityOfCoveredFirmsInTheReferenceYear() {
        List<Enterprise> firms = new ArrayList<>();
        double[] intensities = {1.00, 0.80, 0.95, 0.85, 0.90};
        String[] ids = {"A", "B", "C", "D", "E"};
        for (int i = 0; i < ids.length; i++) {
            year(ids[i], 2023, 1_000, Math.round(intensities[i] * 1_000));
            year(ids[i], 2024, 1_000, 900);
            firms.add(firm(ids[i], 365, 0));
        }
        year("X", 2023, 1_000, 100); // not covered: must not pull the benchmark down
        firms.add(firm("X", 365, 0));
        AllocationMethod p50 = new AllocationMethod.Benchmark(new BenchmarkSource.Percentile(50, 2023), 1);
        // sorted 0.80 0.85 0.90 0.95 1.00; P50 rank ⌈0.5 × 5⌉ = 3 → 0.90; 1,000 × 0.90 = 900
        AllocationTable table = allocate(plan(HUGE_CAP, 0, 0, 0, p50), firms, covered(ids));
        assertEquals(0.90, table.line("A").intensity(), 1e-12);
        assertEquals(900, table.line("A").allocationTonnes());
        // P30: rank ⌈1.5⌉ = 2 → 0.85
        AllocationMethod p30 = new AllocationMethod.Benchmark(new BenchmarkSource.Percentile(30, 2023), 1);
        assertEquals(
                0.85,
                allocate(plan(HUGE_CAP, 0, 0, 0, p30), firms, covered(ids))
                        .line("B")
                        .intensity(),
                1e-12);
    }

    /**
     * Each sector's percentile benchmark is taken over that sector's covered enterprises alone, however
     * the sectors' enterprises interleave in id order: seeded random sectors, firms (some not covered,
     * some idle in the reference year) and percentiles, each line's intensity checked against the
     * nearest-rank percentile of its own sector's covered intensities.
     */
    @Test
    void eachSectorsPercentileBenchmarkIsOverItsOwnCoveredFirms() {
        for (long seed = 1; seed <= 200; seed++) {
            data.clear();
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            int sectorCount = 1 + random.nextInt(4);
            List<Sector> sectors = new ArrayList<>();
            Map<String, List<MethodPeriod>> methods = new HashMap<>();
            for (int k = 0; k < sectorCount; k++) {
                sectors.add(new Sector("s" + k, "sector", "t product", 2014, Sector.NEVER_LEAVES));
                methods.put(
                        "s" + k,
                        List.of(new MethodPeriod(
                                2014,
                                new AllocationMethod.Benchmark(
                                        new BenchmarkSource.Percentile(1 + random.nextInt(100), 2023), 1))));
            }
            List<Enterprise> firms = new ArrayList<>();
            List<CoverageRecord> coverage = new ArrayList<>();
            Map<String, List<Double>> expectedIntensities = new HashMap<>();
            for (int i = 0; i < 3 + random.nextInt(20); i++) {
                String id = "F" + i;
                String sector = "s" + random.nextInt(sectorCount);
                boolean covered = random.nextInt(5) > 0;
                boolean operated = random.nextInt(6) > 0;
                long emissions = random.nextLong(100, 5_000);
                if (operated) {
                    year(id, 2023, 1_000, emissions);
                }
                year(id, YEAR, 1_000, 900);
                firms.add(new Enterprise(
                        id,
                        id,
                        sector,
                        new OutputProcess(2020, 1, 0, ShockModel.NONE, 0),
                        1,
                        0,
                        0,
                        365,
                        AbatementCurve.none(),
                        Enterprise.ALWAYS_OPEN,
                        Enterprise.NEVER_CLOSES,
                        List.of()));
                coverage.add(new CoverageRecord(
                        id,
                        sector,
                        YEAR,
                        covered ? CoverageReason.ABOVE_THRESHOLD_IN_LOOKBACK : CoverageReason.BELOW_THRESHOLD,
                        covered ? YEAR - 1 : CoverageRecord.NONE,
                        0,
                        false));
                if (covered && operated) {
                    expectedIntensities
                            .computeIfAbsent(sector, k -> new ArrayList<>())
                            .add(emissions / 1_000.0);
                }
            }
            AllocationPlan plan =
                    new AllocationPlan(HUGE_CAP, 0, 0, 0, 0.5, OptionalDouble.empty(), Map.copyOf(methods));
            List<AllocationLine> lines;
            try {
                lines = new Allocator(plan, sectors, firms)
                        .allocate(YEAR, coverage, history, history)
                        .lines();
            } catch (IllegalArgumentException e) {
                // a covered sector whose covered firms were all idle in the reference year
                boolean someSectorWithoutData =
                        coverage.stream().anyMatch(r -> r.covered() && !expectedIntensities.containsKey(r.sectorId()));
                assertTrue(someSectorWithoutData, "seed=" + seed + ": " + e.getMessage());
                continue;
            }
            for (AllocationLine line : lines) {
                List<Double> values = expectedIntensities.get(line.sectorId());
                double[] array =
                        values.stream().mapToDouble(Double::doubleValue).toArray();
                BenchmarkSource.Percentile source = (BenchmarkSource.Percentile) ((AllocationMethod.Benchmark)
                                methods.get(line.sectorId()).get(0).method())
                        .source();
                assertEquals(
                        NearestRank.percentile(array, source.percentile()),
                        line.intensity(),
                        "seed=" + seed + " firm " + line.enterpriseId() + " in " + line.sectorId());
            }
        }
    }

    @Test
    void percentileBenchmarkWithoutReferenceDataIsRejected() {
        year("A", 2024, 1_000, 900);
        AllocationMethod p50 = new AllocationMethod.Benchmark(new BenchmarkSource.Percentile(50, 2019), 1);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> allocate(plan(HUGE_CAP, 0, 0, 0, p50), List.of(firm("A", 365, 0)), covered("A")));
        assertEquals(
                "sector s: no covered enterprise had output in 2019, the reference year of its P50.0 benchmark",
                e.getMessage());
    }

    @Test
    void twoProductBenchmarkAddsPowerAndHeat() {
        year("P", 2023, 90_000, 0);
        year("P", 2024, 100_000, 110_000);
        AllocationMethod power = new AllocationMethod.TwoProductBenchmark(0.877, 1.02, 0.126);
        AllocationLine line = allocate(plan(HUGE_CAP, 0, 0, 0, power), List.of(firm("P", 365, 2.0)), covered("P"))
                .line("P");
        // 0.877 × 100,000 × 1.02 = 89,454 + 0.126 × 2.0 GJ/MWh × 100,000 = 25,200 → 114,654
        assertEquals(114_654, line.allocationTonnes());
        // pre: 0.5 × (0.877 × 1.02 + 0.252) × 90,000 = 0.5 × 103,188.6 = 51,594.3 → 51,594
        assertEquals(51_594, line.preAllocationTonnes());
    }

    @Test
    void verifiedEmissionsAllocateTheYearsEmissionsAndAuctionedAllocatesNothing() {
        year("A", 2023, 1, 4_000);
        year("A", 2024, 1, 5_000);
        AllocationLine verified = allocate(
                        plan(HUGE_CAP, 0, 0, 0, new AllocationMethod.VerifiedEmissions()),
                        List.of(firm("A", 365, 0)),
                        covered("A"))
                .line("A");
        assertEquals(5_000, verified.allocationTonnes());
        assertEquals(2_000, verified.preAllocationTonnes()); // 0.5 × last year's 4,000
        AllocationLine auctioned = allocate(
                        plan(HUGE_CAP, 0, 0, 0, new AllocationMethod.Auctioned()),
                        List.of(firm("A", 365, 0)),
                        covered("A"))
                .line("A");
        assertEquals(0, auctioned.allocationTonnes());
        assertEquals(-5_000, auctioned.expectedBalanceTonnes());
    }

    /** 10,000 t in every year from 2020. */
    private static final CapSchedule CAP_10_000 = new CapSchedule.Given(Map.of(2020, 10_000L));

    private static final AllocationMethod LAST_YEARS_EMISSIONS =
            new AllocationMethod.HistoricalEmissions(List.of(2023), 1);

    /** A, which emitted 6,000 t in 2023, and B, which emitted 4,000 t. */
    private List<Enterprise> firmsAAndB() {
        year("A", 2023, 0, 6_000);
        year("B", 2023, 0, 4_000);
        return List.of(firm("A", 365, 0), firm("B", 365, 0));
    }

    @Test
    void aShareChangeSplitsTheCapAndPreAllocatesByItsYearsShares() {
        List<Enterprise> firms = firmsAAndB();
        // from 2020: reserve 10%, auction 5%, half pre-allocated; from 2024 the auction share is 20% and
        // nothing is pre-allocated; from 2030 (not yet) the reserve would be 0
        AllocationPlan plan = new AllocationPlan(
                CAP_10_000,
                new AllocationShares(0.10, 0, 0.05, 0.5),
                List.of(
                        new ShareChange(2024, new AllocationShares(0.10, 0, 0.20, 0)),
                        new ShareChange(2030, new AllocationShares(0, 0, 0.20, 0))),
                OptionalDouble.empty(),
                Map.of("s", List.of(new MethodPeriod(2014, LAST_YEARS_EMISSIONS))));
        assertEquals(new AllocationShares(0.10, 0, 0.05, 0.5), plan.sharesIn(2023));
        assertEquals(new AllocationShares(0.10, 0, 0.20, 0), plan.sharesIn(2029));
        AllocationTable table = allocate(plan, firms, covered("A", "B"));
        // cap 10,000: reserve 1,000 + auction 2,000 → free pool 7,000; raw 10,000 → MAF 0.7
        assertEquals(1_000, table.governmentReserveTonnes());
        assertEquals(2_000, table.auctionTonnes());
        assertEquals(7_000, table.freePoolTonnes());
        assertEquals(4_200, table.line("A").allocationTonnes());
        assertEquals(0, table.line("A").preAllocationTonnes(), "nothing pre-allocated from 2024");
        assertEquals(2_800, table.line("B").allocationTonnes());
        // the same year under the first shares: free pool 8,500, MAF 0.85, half pre-allocated
        AllocationTable before =
                allocate(plan(CAP_10_000, 0.10, 0, 0.05, LAST_YEARS_EMISSIONS), firms, covered("A", "B"));
        assertEquals(500, before.auctionTonnes());
        assertEquals(5_100, before.line("A").allocationTonnes());
        assertEquals(2_550, before.line("A").preAllocationTonnes());
    }

    @Test
    void marketAdjustmentFactorScalesFreeAllocationDownToTheCapsFreeShare() {
        List<Enterprise> firms = firmsAAndB();
        // cap 10,000: reserves 1,000 + 500 + auction 500 → free pool 8,000; raw 10,000 → MAF 0.8
        AllocationTable table =
                allocate(plan(CAP_10_000, 0.10, 0.05, 0.05, LAST_YEARS_EMISSIONS), firms, covered("A", "B"));
        assertEquals(10_000, table.capTonnes());
        assertEquals(1_000, table.governmentReserveTonnes());
        assertEquals(500, table.newEntrantReserveTonnes());
        assertEquals(500, table.auctionTonnes());
        assertEquals(8_000, table.freePoolTonnes());
        assertEquals(0.8, table.marketAdjustmentFactor(), 1e-12);
        assertEquals(4_800, table.line("A").allocationTonnes());
        assertEquals(3_200, table.line("B").allocationTonnes());
        assertEquals(List.of(new SectorTotal("s", 2, 4_000, 8_000, 0)), table.sectors());
        // a roomy cap leaves the factor at 1
        AllocationTable roomy = allocate(
                plan(new CapSchedule.Given(Map.of(2020, 20_000L)), 0.10, 0.05, 0.05, LAST_YEARS_EMISSIONS),
                firms,
                covered("A", "B"));
        assertEquals(1, roomy.marketAdjustmentFactor());
        // a factor fixed by the plan is used as given
        AllocationPlan fixed = new AllocationPlan(
                CAP_10_000,
                0,
                0,
                0,
                0.5,
                OptionalDouble.of(0.9),
                Map.of("s", List.of(new MethodPeriod(2014, LAST_YEARS_EMISSIONS))));
        assertEquals(5_400, allocate(fixed, firms, covered("A", "B")).line("A").allocationTonnes());
    }

    @Test
    void newEntrantsComeFromTheReserveScaledDownWhenItRunsShort() {
        year("A", 2023, 0, 8_000);
        year("new1", 2023, 0, 600);
        year("new2", 2023, 0, 200);
        List<Enterprise> firms = List.of(firm("A", 365, 0), firm("new1", 365, 0), firm("new2", 365, 0));
        // cap 10,000, new-entrant reserve 5% = 500; entrants' raw 800 → factor 0.625 → 375 and 125
        AllocationTable table =
                allocate(plan(CAP_10_000, 0.1, 0.05, 0, LAST_YEARS_EMISSIONS), firms, covered("A", "new1", "new2"));
        assertEquals(0.625, table.newEntrantFactor(), 1e-12);
        assertEquals(375, table.line("new1").allocationTonnes());
        assertEquals(125, table.line("new2").allocationTonnes());
        assertEquals(500, table.newEntrantAllocationTonnes());
        // the incumbent fits the 8,500 t pool untouched
        assertEquals(1, table.marketAdjustmentFactor());
        assertEquals(8_000, table.freeAllocationTonnes());
    }

    @Test
    void capSchedulesGiveTheYearsCap() {
        assertEquals(960_400, Allocator.capTonnes(new CapSchedule.Declining(2022, 1_000_000, 0.02), 2024));
        // 1,000,000 − 3 × 0.043 × 1,000,000 = 871,000
        assertEquals(
                871_000, Allocator.capTonnes(new CapSchedule.LinearReduction(2021, 1_000_000, 0.043, 1_000_000), 2024));
        assertEquals(300L, Allocator.capTonnes(new CapSchedule.Given(Map.of(2020, 100L, 2023, 300L, 2030, 50L)), 2024));
    }

    @Test
    void capFromAllocationIsFreeAllocationOverTheFreeShare() {
        year("A", 2023, 0, 10_000);
        AllocationMethod method = new AllocationMethod.HistoricalEmissions(List.of(2023), 1);
        // free share = 1 − 0.1 − 0.05 − 0.05 = 0.8; cap = 10,000 / 0.8 = 12,500
        AllocationTable table = allocate(
                plan(new CapSchedule.FromAllocation(), 0.1, 0.05, 0.05, method),
                List.of(firm("A", 365, 0)),
                covered("A"));
        assertEquals(12_500, table.capTonnes());
        assertEquals(1_250, table.governmentReserveTonnes());
        assertEquals(10_000, table.line("A").allocationTonnes());
        assertEquals(1, table.marketAdjustmentFactor());
    }

    @Test
    void capFromAllocationWithNoFreeShareIsRejected() {
        AllocationMethod method = new AllocationMethod.HistoricalEmissions(List.of(2023), 1);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new Allocator(
                        plan(new CapSchedule.FromAllocation(), 0.5, 0.25, 0.25, method),
                        List.of(SECTOR),
                        List.of(firm("A", 365, 0))));
        assertEquals(
                "a cap derived from allocation needs a free share > 0, but reserve and auction shares take the whole cap",
                e.getMessage());
    }

    @Test
    void aSectorWithoutAMethodIsRejected() {
        AllocationPlan empty = new AllocationPlan(HUGE_CAP, 0, 0, 0, 0.5, OptionalDouble.empty(), Map.of());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new Allocator(empty, List.of(SECTOR), List.of(firm("A", 365, 0))));
        assertEquals("sector s (enterprise A) has no allocation method in the plan", e.getMessage());
    }

    @Test
    void trueUpIssuesTheRestAndWithdrawsOverAllocation() {
        year("A", 2023, 1_000, 0);
        year("A", 2024, 1_200, 0);
        year("B", 2023, 1_000, 0);
        year("B", 2024, 800, 0);
        AllocationMethod method = new AllocationMethod.Benchmark(new BenchmarkSource.Fixed(1), 1);
        AllocationTable table = allocate(
                plan(HUGE_CAP, 0, 0, 0, method), List.of(firm("A", 365, 0), firm("B", 365, 0)), covered("A", "B"));
        // both pre-allocated 0.5 × 1,000 = 500; finals 1,200 and 800; C was pre-allocated but is gone
        assertEquals(500, table.line("A").preAllocationTonnes());
        List<TrueUp> trueUps = table.trueUps(Map.of("A", 500L, "B", 500L, "C", 300L));
        assertEquals(List.of(new TrueUp("A", 500, 1_200), new TrueUp("B", 500, 800), new TrueUp("C", 300, 0)), trueUps);
        assertEquals(700, trueUps.get(0).issueTonnes());
        assertEquals(0, trueUps.get(0).withdrawTonnes());
        assertEquals(300, trueUps.get(1).issueTonnes());
        assertEquals(300, trueUps.get(2).withdrawTonnes());
        assertEquals(-300, trueUps.get(2).adjustmentTonnes());
    }

    @Test
    void methodPeriodsSwitchMethodsByYear() {
        year("A", 2023, 1_000, 2_000);
        year("A", 2024, 1_000, 2_000);
        AllocationPlan switching = new AllocationPlan(
                HUGE_CAP,
                0,
                0,
                0,
                0,
                OptionalDouble.empty(),
                Map.of(
                        "s",
                        List.of(
                                new MethodPeriod(2014, new AllocationMethod.HistoricalEmissions(List.of(2023), 1)),
                                new MethodPeriod(
                                        2024, new AllocationMethod.Benchmark(new BenchmarkSource.Fixed(0.5), 1)))));
        AllocationLine line =
                allocate(switching, List.of(firm("A", 365, 0)), covered("A")).line("A");
        assertEquals("Benchmark", line.method());
        assertEquals(500, line.allocationTonnes());
    }

    @Test
    void preAllocationDependsOnlyOnLastYearSoBothCallsAgreeWhileTheFactorFollowsTheBasis() {
        year("A", 2023, 1_000, 0);
        year("B", 2023, 1_000, 0);
        AllocationMethod method = new AllocationMethod.Benchmark(new BenchmarkSource.Fixed(1), 1);
        Allocator allocator = new Allocator(
                plan(new CapSchedule.Given(Map.of(2020, 2_000L)), 0, 0, 0, method),
                List.of(SECTOR),
                List.of(firm("A", 365, 0), firm("B", 365, 0)));
        EnterpriseHistory expected = (id, y) -> new EnterpriseYear(id, y, true, 1_000, 0, 0, 0, 0);
        EnterpriseHistory actual =
                (id, y) -> new EnterpriseYear(id, y, true, id.equals("A") ? 1_500 : 1_000, 0, 0, 0, 0);
        AllocationTable start = allocator.allocate(YEAR, covered("A", "B"), history, expected);
        AllocationTable end = allocator.allocate(YEAR, covered("A", "B"), history, actual);
        // expected: raw 2,000 fits the 2,000 pool; actual: raw 2,500 → MAF 0.8 → 1,200 and 800
        assertEquals(1, start.marketAdjustmentFactor());
        assertEquals(0.8, end.marketAdjustmentFactor(), 1e-12);
        assertEquals(1_200, end.line("A").allocationTonnes());
        assertEquals(800, end.line("B").allocationTonnes());
        // pre-allocation: 0.5 × last year's 1,000 t, factor from last year's totals (fits) = 500 in both
        assertEquals(500, start.line("A").preAllocationTonnes());
        assertEquals(500, end.line("A").preAllocationTonnes());
    }
}
