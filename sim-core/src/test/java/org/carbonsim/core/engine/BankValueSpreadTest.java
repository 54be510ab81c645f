package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.carbonsim.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Enterprises that value a banked allowance differently ({@code agents.compliance.bankValueSpread}):
 * each one's value lies within the spread of the common value, is drawn once a run from its id and
 * the seed, and bounds its own sales; without a spread every firm takes the common value and the
 * long firms' offers meet in one price.
 */
class BankValueSpreadTest {
    @Test
    void withoutASpreadEveryEnterpriseTakesTheCommonValue() {
        BankValueSpread none = new BankValueSpread(7, 0);
        assertEquals(1_600, none.valueFen("A", 1_600, 9_000));
        assertEquals(1_600, none.valueFen("B", 1_600, 9_000));
        assertEquals(0, none.valueFen("A", 0, 9_000));
    }

    /** 0.8 × 20 yuan = 1,600 fen, spread by a fifth: every value in [1,280, 1,920], both sides reached. */
    @Test
    void eachValueLiesWithinTheSpreadAndTheyFillIt() {
        for (long seed = 1; seed <= 5; seed++) {
            BankValueSpread spread = new BankValueSpread(seed, 0.2);
            long lowest = Long.MAX_VALUE;
            long highest = Long.MIN_VALUE;
            double sum = 0;
            for (int i = 0; i < 2_000; i++) {
                long value = spread.valueFen("E" + i, 1_600, 9_000);
                lowest = Math.min(lowest, value);
                highest = Math.max(highest, value);
                sum += value;
            }
            assertTrue(lowest >= 1_280 && lowest < 1_300, "seed " + seed + ": lowest " + lowest);
            assertTrue(highest <= 1_920 && highest > 1_900, "seed " + seed + ": highest " + highest);
            assertEquals(1_600, sum / 2_000, 15, "seed " + seed + ": mean");
        }
    }

    @Test
    void noValueExceedsWhatATonneShortCosts() {
        BankValueSpread spread = new BankValueSpread(3, 0.5);
        for (int i = 0; i < 200; i++) {
            assertTrue(spread.valueFen("E" + i, 8_000, 9_000) <= 9_000, "E" + i);
        }
    }

    /** The draw follows the seed and the id alone: the same for a firm in any run with that seed. */
    @Test
    void anEnterpriseKeepsItsDrawForTheRunAndAnotherSeedDrawsAnew() {
        BankValueSpread one = new BankValueSpread(11, 0.3);
        assertEquals(one.draw("HB-CEM-007"), new BankValueSpread(11, 0.9).draw("HB-CEM-007"));
        assertNotEquals(one.draw("HB-CEM-007"), one.draw("HB-CEM-008"));
        assertNotEquals(one.draw("HB-CEM-007"), new BankValueSpread(12, 0.3).draw("HB-CEM-007"));
    }

    /**
     * Six long firms and one buyer, in the second year: without a spread no long firm sells below the
     * common bank value (0.8 × the first year's VWAP), so their offers meet there; with a spread of
     * a half each sells no lower than its own value, and those valuing the bank least sell below the
     * common value.
     */
    @Test
    void eachLongFirmSellsNoLowerThanItsOwnValue() {
        for (long seed = 1; seed <= 3; seed++) {
            Map<String, Long> withoutSpread = lowestSalesInSecondYear(TestScenarios.longSellersAndOneBuyer(0), seed);
            long common = commonValueFen(TestScenarios.longSellersAndOneBuyer(0), seed);
            for (Map.Entry<String, Long> sale : withoutSpread.entrySet()) {
                assertTrue(
                        sale.getValue() >= common,
                        "seed " + seed + ": " + sale.getKey() + " sold at " + sale.getValue() + " below " + common);
            }

            Scenario spread = TestScenarios.longSellersAndOneBuyer(0.5);
            Map<String, Long> withSpread = lowestSalesInSecondYear(spread, seed);
            long commonWithSpread = commonValueFen(spread, seed);
            BankValueSpread values = new BankValueSpread(seed, 0.5);
            boolean belowCommon = false;
            for (Map.Entry<String, Long> sale : withSpread.entrySet()) {
                long own = values.valueFen(sale.getKey(), commonWithSpread, Long.MAX_VALUE);
                assertTrue(
                        sale.getValue() >= own,
                        "seed " + seed + ": " + sale.getKey() + " sold at " + sale.getValue() + " below its " + own);
                belowCommon |= sale.getValue() < commonWithSpread;
            }
            assertTrue(
                    belowCommon,
                    "seed " + seed + ": no firm sold below the common value " + commonWithSpread + ": " + withSpread);
        }
    }

    /** The common bank value of the second year: 0.8 × the first year's VWAP, fen. */
    private static long commonValueFen(Scenario scenario, long seed) {
        RunResult run = new Simulation(scenario, seed, false).run();
        return Math.round(0.8 * run.years().get(0).vwapFen());
    }

    /** Each long firm's lowest sale price in the second year, fen, by id. */
    private static Map<String, Long> lowestSalesInSecondYear(Scenario scenario, long seed) {
        RunResult run = new Simulation(scenario, seed, true).run();
        Map<String, Long> lowest = new TreeMap<>();
        for (TradeRecord trade : run.trades()) {
            if (trade.year() == 2025 && trade.seller().startsWith("L")) {
                lowest.merge(trade.seller(), trade.priceFen(), Math::min);
            }
        }
        assertTrue(!lowest.isEmpty(), "seed " + seed + ": no long firm sold in 2025");
        return lowest;
    }
}
