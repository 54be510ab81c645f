package org.carbonsim.core.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Statistics per year and per sector, worked by hand on two replications: a figure undefined in one
 * replication (a cost per tonne without emissions) is left out, not counted as 0; a sector missing
 * from a year a replication ran counts as empty; a year's totals are the sum of its sectors.
 */
class FigureStatisticsTest {
    private static SectorFigures sector(int year, String id, long allocation, long abatementCostFen) {
        // offsets, banking, the undetected gap and the CBAM liability scale with the allocation
        return new SectorFigures(
                year,
                id,
                2,
                allocation,
                0,
                10,
                abatementCostFen,
                0,
                abatementCostFen,
                100,
                allocation / 100,
                allocation / 10,
                allocation / 1_000,
                allocation * 7);
    }

    private static YearFigures year(int year, long vwapFen, long volume, List<SectorFigures> sectors) {
        SectorFigures total = SectorFigures.none(year, "");
        for (SectorFigures s : sectors) {
            total = total.plus(s, "");
        }
        return new YearFigures(year, vwapFen, vwapFen, volume, vwapFen * volume, false, 0, 1.0, total);
    }

    /** {@code figures} of a market with block agreement trades, {@code blockTonnes} of its volume in blocks. */
    private static YearFigures withBlocks(YearFigures f, long blockTonnes) {
        return new YearFigures(
                f.year(),
                f.vwapFen(),
                f.closeFen(),
                f.volumeTonnes(),
                f.turnoverFen(),
                true,
                blockTonnes,
                f.complianceRate(),
                f.total());
    }

    private static RunMetrics run(int index, List<YearFigures> years, List<SectorFigures> sectors) {
        List<Double> metrics = Collections.nCopies(Metric.values().length, 0.0);
        return new RunMetrics(index, index, List.of(), metrics, years, sectors);
    }

    private static final SectorFigures A_2024 = sector(2024, "steel", 1_000, 5_000);
    private static final SectorFigures B_2024 = sector(2024, "cement", 3_000, 1_000);
    private static final SectorFigures A_2024_OTHER = sector(2024, "steel", 2_000, 7_000);

    /** Replication 0 trades at CNY 40 with both sectors; replication 1 at CNY 30 with only steel. */
    private static final List<RunMetrics> RUNS = List.of(
            run(0, List.of(year(2024, 4_000, 50, List.of(B_2024, A_2024))), List.of(B_2024, A_2024)),
            run(1, List.of(year(2024, 3_000, 20, List.of(A_2024_OTHER))), List.of(A_2024_OTHER)));

    private static FigureStatistic find(List<FigureStatistic> all, Optional<String> sector, String metric) {
        return all.stream()
                .filter(s -> s.sectorId().equals(sector) && s.metric().equals(metric))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + sector + " " + metric));
    }

    @Test
    void aYearsStatisticsAreOverTheReplicationsAndItsTotalsAreTheSectorsSums() {
        List<FigureStatistic> years = FigureStatistics.byYear(RUNS);
        assertEquals(YearMetric.values().length - 1, years.size(), "one year, every figure but the block volume");
        assertTrue(
                years.stream().noneMatch(s -> s.metric().equals("block_volume")), "no block trades, no block volume");
        FigureStatistic vwap = find(years, Optional.empty(), "vwap");
        assertEquals(2, vwap.n());
        assertEquals(35.0, vwap.mean(), 1e-12);
        // CNY 40 and 30: s.d. √50, t(0.975, 1) = 12.706...
        assertEquals(Math.sqrt(50), vwap.summary().orElseThrow().sd(), 1e-12);
        assertEquals(35.0 - 12.706204736 * 5, vwap.summary().orElseThrow().ciLow(), 1e-6);
        FigureStatistic allocation = find(years, Optional.empty(), "allocation");
        // (1,000 + 3,000) and 2,000: mean 3,000, s.d. √2,000,000
        assertEquals(2, allocation.n());
        assertEquals(3_000.0, allocation.mean(), 1e-9);
        assertEquals(Math.sqrt(2_000_000.0), allocation.summary().orElseThrow().sd(), 1e-9);
        assertEquals("t", allocation.unit());
        // CNY 60 and CNY 70
        assertEquals(65.0, find(years, Optional.empty(), "abatement_cost").mean(), 1e-12);
    }

    @Test
    void aSectorMissingFromAYearARunRanCountsAsEmpty() {
        List<FigureStatistic> sectors = FigureStatistics.bySector(RUNS);
        assertEquals(2 * SectorMetric.values().length, sectors.size(), "cement and steel, one year");
        assertEquals(Optional.of("cement"), sectors.get(0).sectorId(), "sectors by id");
        FigureStatistic cement = find(sectors, Optional.of("cement"), "allocation");
        assertEquals(2, cement.n(), "replication 1 ran 2024 without cement: 0 t there");
        assertEquals(1_500.0, cement.mean(), 1e-9);
        FigureStatistic perTonne = find(sectors, Optional.of("cement"), "compliance_cost_per_tonne");
        assertEquals(1, perTonne.n(), "no emissions, no cost per tonne: undefined, not 0");
        assertTrue(perTonne.summary().isEmpty(), "no interval from one value");
        assertEquals(1_500.0, find(sectors, Optional.of("steel"), "allocation").mean(), 1e-9);
    }

    @Test
    void aRunsYearsCarryTheTotalOfItsSectors() {
        YearFigures y = RUNS.get(0).years().get(0);
        assertEquals(4_000, y.total().allocationTonnes());
        assertEquals(6_000, y.total().abatementCostFen());
        assertEquals("", y.total().sectorId());
        assertEquals(4_000.0, YearMetric.ALLOCATION.of(y));
        assertEquals(30.0, YearMetric.VWAP.of(RUNS.get(1).years().get(0)));
        // steel 1,000 t and cement 3,000 t of allocation: 10 + 30 t of offsets, 100 + 300 t banked,
        // 1 + 3 t undetected, 7,000 + 21,000 fen of CBAM liability
        assertEquals(40.0, YearMetric.OFFSETS.of(y));
        assertEquals(400.0, YearMetric.BANKED.of(y));
        assertEquals(4.0, YearMetric.UNDETECTED_GAP.of(y));
        assertEquals(280.0, YearMetric.CBAM_LIABILITY.of(y), "yuan, from 28,000 fen");
        assertEquals(200.0, YearMetric.COVERED_EMISSIONS.of(y));
        assertEquals("cny", YearMetric.CBAM_LIABILITY.unit());
    }

    @Test
    void theBlockVolumeIsListedOnlyWhereAReplicationHasBlockTrades() {
        List<RunMetrics> withBlocks = List.of(
                run(0, List.of(withBlocks(year(2024, 4_000, 500, List.of(A_2024)), 300)), List.of(A_2024)),
                run(1, List.of(withBlocks(year(2024, 3_000, 200, List.of(A_2024)), 0)), List.of(A_2024)));
        assertEquals(List.of(YearMetric.values()), YearMetric.listed(withBlocks));
        assertEquals(YearMetric.values().length - 1, YearMetric.listed(RUNS).size());
        FigureStatistic block = find(FigureStatistics.byYear(withBlocks), Optional.empty(), "block_volume");
        assertEquals("t", block.unit());
        assertEquals(2, block.n(), "a year without a block counts as 0 t, not as undefined");
        assertEquals(150.0, block.mean(), 1e-12);
    }
}
