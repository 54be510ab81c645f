package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Gode and Sunder (1993) through a scenario file: five markets of 6 buyers and 6 sellers with 2–4 units
 * each, values and costs 50–200 yuan, written as scenario JSON with a {@code unitSchedules} trader
 * group and no covered firms, each run over 10 seeds through the whole engine. Budget-constrained
 * zero-intelligence traders (ZI-C) extract almost all the surplus the schedules allow; the same
 * markets with unconstrained random traders (ZI-U) waste much of it.
 */
class GodeSunderMarketTest {
    private static final int MARKETS = 5;
    private static final int SEEDS = 10;
    private static final int TRADERS_PER_SIDE = 6;
    /** The schedules of market m are drawn from this seed plus m; the run's seed varies the trading. */
    private static final long SCHEDULE_SEED = 1993;

    /** Unit schedules of one market: each trader's units in trading order, yuan per t. */
    record Market(List<long[]> buyers, List<long[]> sellers) {
        static Market draw(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            List<long[]> buyers = new ArrayList<>();
            List<long[]> sellers = new ArrayList<>();
            for (int i = 0; i < TRADERS_PER_SIDE; i++) {
                buyers.add(units(random, -1));
                sellers.add(units(random, 1));
            }
            return new Market(buyers, sellers);
        }

        private static long[] units(SplittableRandom random, int direction) {
            long[] units = random.longs(2 + random.nextInt(3), 50, 201).sorted().toArray();
            if (direction < 0) {
                for (int i = 0; i < units.length / 2; i++) {
                    long swap = units[i];
                    units[i] = units[units.length - 1 - i];
                    units[units.length - 1 - i] = swap;
                }
            }
            return units;
        }

        String json(boolean budgetConstrained) {
            return "{\n"
                    + "  \"schemaVersion\": 1,\n"
                    + "  \"name\": \"gode-sunder\",\n"
                    + "  \"calendar\": {\"startYear\": 2024, \"years\": 1, \"tradingDaysPerYear\": 1},\n"
                    + "  \"market\": {\"initialPrice\": 100, \"limitPct\": 0, \"roundsPerDay\": 200},\n"
                    + "  \"sectors\": [],\n"
                    + "  \"enterprises\": [],\n"
                    + "  \"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {\"2024\": 1}}},\n"
                    + "  \"agents\": {\"traders\": [{\"type\": \"unitSchedules\", \"minPrice\": 1, \"maxPrice\": 250,"
                    + " \"budgetConstrained\": " + budgetConstrained + ",\n"
                    + "    \"buyers\": " + lists(buyers) + ",\n"
                    + "    \"sellers\": " + lists(sellers) + "}]}\n"
                    + "}\n";
        }

        private static String lists(List<long[]> schedules) {
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < schedules.size(); i++) {
                s.append(i == 0 ? "" : ", ").append(Arrays.toString(schedules.get(i)));
            }
            return s.append("]").toString();
        }
    }

    /** Allocative efficiency of market {@code m} run with {@code seed}. */
    static double efficiency(int m, long seed, boolean budgetConstrained) {
        Scenario scenario = ScenarioLoader.parse(
                Market.draw(SCHEDULE_SEED + m).json(budgetConstrained), "gode-sunder.json", Path.of("."));
        RunResult result = Simulation.run(scenario, seed);
        UnitSurplus surplus = result.unitSurplus().orElseThrow();
        assertTrue(surplus.maximumFen() > 0, "seed=" + seed + " market " + m + " allows no surplus");
        return surplus.efficiency().orElseThrow();
    }

    static double meanEfficiency(boolean budgetConstrained) {
        double sum = 0;
        for (int m = 0; m < MARKETS; m++) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                sum += efficiency(m, seed, budgetConstrained);
            }
        }
        return sum / (MARKETS * SEEDS);
    }

    @Test
    void budgetConstrainedTradersReachNinetyFivePercentOfTheMaximumSurplus() {
        double mean = meanEfficiency(true);
        assertTrue(mean >= 0.95, "seed=1..10 over 5 markets: mean ZI-C efficiency " + mean + " is below 0.95");
    }

    @Test
    void unconstrainedRandomTradersFallWellBelow() {
        double constrained = meanEfficiency(true);
        double unconstrained = meanEfficiency(false);
        assertTrue(
                unconstrained < 0.90 && unconstrained < constrained - 0.10,
                "seed=1..10 over 5 markets: mean ZI-U efficiency " + unconstrained + " is not well below ZI-C's "
                        + constrained);
    }

    @Test
    void maximumSurplusSumsTheGapsWhereDemandExceedsSupply() {
        // Demand 200, 150, 120, 100 against supply 50, 80, 130, 180: (200 - 50) + (150 - 80), and 120 < 130 stops.
        long max = UnitSurplus.maximumFen(
                List.of(new long[] {200, 120}, new long[] {150, 100}),
                List.of(new long[] {50, 130}, new long[] {80, 180}));
        assertEquals(150 + 70, max, "seed=none surplus of the textbook schedules");
    }

    @Test
    void aZiCTraderNeverTradesAUnitAtALoss() {
        for (long seed = 1; seed <= 3; seed++) {
            double efficiency = efficiency(0, seed, true);
            assertTrue(
                    efficiency > 0 && efficiency <= 1,
                    "seed=" + seed + " ZI-C efficiency " + efficiency + " outside (0, 1]");
        }
    }
}
