package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonsim.core.cbam.CbamSectorYear;
import org.carbonsim.core.engine.DayResult;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.engine.YearResult;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.MonteCarlo;
import org.carbonsim.core.montecarlo.RunMetrics;
import org.carbonsim.core.montecarlo.SectorFigures;
import org.carbonsim.core.montecarlo.YearFigures;
import org.carbonsim.core.montecarlo.YearMetric;
import org.carbonsim.core.mrv.MrvYear;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * What a study keeps of each year (years.csv, year-stats.csv, compare-years.csv) is what the run
 * itself reported: the credits surrendered and the tonnes banked of annual.csv, the undetected gap of
 * the MRV rows and the CBAM liability of the CBAM rows, summed over the sectors; and what it keeps of
 * the whole run (runs.csv, montecarlo.json, grid.csv) is the same summed over the years. Checked on
 * the bundled scenarios built for each figure, where it is not 0, so a figure that is not carried
 * fails.
 */
class StudyFiguresTest {
    private static final long SEED = 7;

    private static RunResult run(String name) {
        return Simulation.run(ScenarioLoader.load(BundledScenariosTest.DIR.resolve(name + ".json")), SEED);
    }

    private static List<YearFigures> years(RunResult result) {
        return YearFigures.of(result, SectorFigures.of(result));
    }

    @Test
    void theUndetectedGapOfAYearIsTheMrvRowsGap() {
        RunResult result = run("national-data-quality");
        List<YearFigures> years = years(result);
        long total = 0;
        for (MrvYear mrv : result.mrv()) {
            YearFigures figures = years.stream()
                    .filter(y -> y.year() == mrv.year())
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    (double) mrv.undetectedGapTonnes(),
                    YearMetric.UNDETECTED_GAP.of(figures),
                    "seed=" + SEED + " year " + mrv.year());
            total += mrv.undetectedGapTonnes();
        }
        assertTrue(total > 0, "seed=" + SEED + ": the scenario's plants hide some emissions undetected");
        assertEquals((double) total, Metric.UNDETECTED_GAP.of(result), "seed=" + SEED + ": the run's gap");
        assertEquals(0.0, Metric.CBAM_LIABILITY.of(result), "seed=" + SEED + ": no CBAM rules, no liability");
    }

    @Test
    void theCbamLiabilityOfAYearIsTheCbamRowsLiability() {
        RunResult result = run("cbam-exposure");
        long total = 0;
        for (YearFigures figures : years(result)) {
            long liabilityFen = result.cbam().stream()
                    .filter(c -> c.year() == figures.year())
                    .mapToLong(CbamSectorYear::liabilityFen)
                    .sum();
            assertEquals(
                    liabilityFen / 100.0,
                    YearMetric.CBAM_LIABILITY.of(figures),
                    1e-6,
                    "seed=" + SEED + " year " + figures.year());
            total += liabilityFen;
        }
        assertTrue(total > 0, "seed=" + SEED + ": the scenario's exporters owe CBAM");
        assertEquals(total / 100.0, Metric.CBAM_LIABILITY.of(result), 1e-6, "seed=" + SEED + ": the run's liability");
        assertEquals(0.0, Metric.UNDETECTED_GAP.of(result), "seed=" + SEED + ": no MRV rules, no gap");
    }

    @Test
    void theOffsetsAndBankingOfAYearAreTheAnnualRows() {
        RunResult result = run("ccer-relaunch-2024");
        List<YearFigures> years = years(result);
        long offsets = 0;
        for (int i = 0; i < years.size(); i++) {
            YearResult annual = result.years().get(i);
            String where = "seed=" + SEED + " year " + annual.year();
            assertEquals((double) annual.offsetsUsed(), YearMetric.OFFSETS.of(years.get(i)), where);
            assertEquals((double) annual.banked(), YearMetric.BANKED.of(years.get(i)), where);
            assertEquals(0.0, YearMetric.UNDETECTED_GAP.of(years.get(i)), where + ": no MRV rules, no gap");
            assertEquals(0.0, YearMetric.CBAM_LIABILITY.of(years.get(i)), where + ": no CBAM rules, no liability");
            offsets += annual.offsetsUsed();
        }
        assertTrue(offsets > 0, "seed=" + SEED + ": enterprises surrender CCER credits");
        assertEquals((double) offsets, Metric.OFFSETS.of(result), "seed=" + SEED + ": the run's credits");
        assertEquals(0.0, Metric.UNDETECTED_GAP.of(result), "seed=" + SEED + ": no MRV rules, no gap");
    }

    /**
     * The block volume a study keeps per year is the run's daily block volumes added up, on the
     * scenario's seed, which the model's documentation works through (316,253 t in 2024, 1,542,568 t in
     * 2025), and a study lists it only for a market with block agreement trades.
     */
    @Test
    void theBlockVolumeOfAYearIsTheSumOfItsDaysBlockVolumes() {
        long seed = 2024;
        RunResult result = Simulation.run(
                ScenarioLoader.load(BundledScenariosTest.DIR.resolve("national-ets-industry.json")), seed);
        long total = 0;
        for (YearFigures figures : years(result)) {
            long days = result.days().stream()
                    .filter(d -> d.year() == figures.year())
                    .mapToLong(DayResult::blockVolumeTonnes)
                    .sum();
            assertTrue(figures.blockTrades(), "seed=" + seed + " year " + figures.year());
            assertEquals(
                    (double) days, YearMetric.BLOCK_VOLUME.of(figures), "seed=" + seed + " year " + figures.year());
            total += days;
        }
        assertEquals(1_858_821, total, "seed=" + seed + ": firms deal in blocks, as docs/model.md states");
        RunMetrics blocks = MonteCarlo.detailed(MonteCarlo.metrics(result, 0, seed, new double[0]), result);
        assertTrue(YearMetric.listed(List.of(blocks)).contains(YearMetric.BLOCK_VOLUME), "seed=" + seed);
        RunResult book = run("ccer-relaunch-2024");
        RunMetrics noBlocks = MonteCarlo.detailed(MonteCarlo.metrics(book, 0, SEED, new double[0]), book);
        assertFalse(
                YearMetric.listed(List.of(noBlocks)).contains(YearMetric.BLOCK_VOLUME),
                "seed=" + SEED + ": no block trades, no block volume listed");
    }
}
