package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.carbonsim.core.engine.TextbookMarketsPropertyTest.Firm;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random markets whose cap tightens year after year, with banking allowed and firms that foresee the
 * least-cost path ({@code agents.compliance.bankValue: FORESIGHT}), written as scenario JSON and run
 * through the whole engine, follow the Hotelling path (Rubin 1996): while the bank is positive the
 * price rises at the discount rate, so the firms abate ahead of the tightening and bank. Each seed
 * builds 3–30 firms with linear or quadratic curves over 2–3 years, the gap between emissions and
 * the cap growing from 10–35% of what the firms could abate at any price to at most 70%, a discount rate of 0–8%, with or without a 10% band. The path
 * comes from {@link Path}, a solver written here (every split of the years into blocks that end with an
 * empty bank and whose price rises at the discount rate, kept where the bank stays non-negative
 * inside each block; the cheapest in discounted cost is the least-cost path, which has that form), independent of the engine's {@code
 * IntertemporalSolver}. The markets close a day without trades at the standing quote ({@code
 * noTradeClose: BEST_QUOTE}): when firms value a banked allowance above the band around an opening
 * price that is too low, no one sells inside the band, and under the pilots' rule (the previous
 * close) the band would never move. Every firm must comply every year; the final close must lie within 2% of the
 * least-cost price of the final year given what the market banked into it; and the run's discounted
 * cost must be within 2% of the path's. The coverage threshold is 1,000 t (every firm emits at least 20,000
 * t before abatement and abates at most half), so that no firm abates its way out of the scheme: the path covers every firm in
 * every year, and under the default 13,000 t a small firm that abated below it for two years left in
 * the last year and sold its bank into it (seed 584: F08, 21,312 t before abatement, 12,531 t after,
 * left in 2026 with 11,107 t banked; the engine's one-year price of 2026 with that firm out is the close
 * it reached, 5,288 fen, the path's with it in 5,437).
 */
class BankingMarketsPropertyTest {
    static LongStream seeds() {
        return PropertySeeds.upTo(100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void decliningCapMarketFollowsTheLeastCostPath(long seed) {
        followsTheLeastCostPath(seed, "");
    }

    /** The same markets with the desks reviewing once a day, at the opening. */
    @ParameterizedTest
    @MethodSource("seeds")
    void withOneReviewADayTheMarketStillFollowsTheLeastCostPath(long seed) {
        followsTheLeastCostPath(seed, TextbookMarketsPropertyTest.ONE_REVIEW_A_DAY);
    }

    /**
     * The same markets with block agreement trades of at least 200 t within ±30% ({@link
     * TextbookMarketsPropertyTest#BLOCK_TRADES}): a desk that deals its whole gap in a block at a
     * price it agrees must still leave the market on the path.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void withBlockTradesTheMarketStillFollowsTheLeastCostPath(long seed) {
        followsTheLeastCostPath(seed, "", TextbookMarketsPropertyTest.BLOCK_TRADES);
    }

    /** The block trades' property is not empty: in most of seeds 1–20 some tonnes trade in blocks. */
    @Test
    void blockTradesTakePlaceInMostOfTheseMarkets() {
        TextbookMarketsPropertyTest.assertBlocksTradeInMostOfSeedsOneToTwenty(
                seed -> followsTheLeastCostPath(seed, "", TextbookMarketsPropertyTest.BLOCK_TRADES));
    }

    private static void followsTheLeastCostPath(long seed, String complianceEntries) {
        followsTheLeastCostPath(seed, complianceEntries, "");
    }

    /** Runs {@link Market#random} with the entries given and checks it follows the path; returns the run. */
    private static RunResult followsTheLeastCostPath(long seed, String complianceEntries, String marketEntries) {
        Market market = Market.random(seed);
        Scenario scenario =
                ScenarioLoader.parse(market.json(complianceEntries, marketEntries), "banking-" + seed + ".json", null);
        RunResult run = Simulation.run(scenario, seed);
        Path path = Path.solve(market);
        String where = "seed=" + seed + complianceEntries + marketEntries + " (" + market + ", path " + path + "): ";
        double realised = 0;
        for (int t = 0; t < run.years().size(); t++) {
            YearResult year = run.years().get(t);
            assertEquals(1.0, year.complianceRate(), where + "compliance in " + year.year());
            realised += (year.abatementCost() + year.penalties()) / Math.pow(1 + market.discountRate, t);
        }
        int n = run.years().size();
        YearResult last = run.years().get(n - 1);
        double finalPriceFen =
                market.oneYearPriceFen(n - 1, run.years().get(n - 2).banked());
        assertTrue(
                Math.abs(last.closeFen() - finalPriceFen) <= 0.02 * finalPriceFen,
                where + "final close " + last.closeFen() + " fen against " + finalPriceFen + " with "
                        + run.years().get(n - 2).banked() + " t banked into it");
        double efficiency = path.discountedCostFen / realised;
        assertTrue(
                efficiency >= 0.98,
                where + "discounted cost " + realised + " fen against the path's " + path.discountedCostFen
                        + " (efficiency " + efficiency + "), banked "
                        + TextbookMarketsPropertyTest.yearly(run, YearResult::banked));
        return run;
    }

    /** A market whose cap falls each year. */
    record Market(
            long seed, List<Firm> firms, long[] capTonnes, boolean band, long initialPriceFen, double discountRate) {
        static Market random(long seed) {
            SplittableRandom random = new SplittableRandom(seed + 1_000_003);
            TextbookMarketsPropertyTest.Market textbook = TextbookMarketsPropertyTest.Market.random(seed + 5_000);
            // continuous curves: with a step at the margin the path's price would sit on the step
            List<Firm> continuous = TextbookMarketsPropertyTest.continuous(textbook.firms());
            int years = 2 + random.nextInt(2);
            long bau = continuous.stream().mapToLong(Firm::bauTonnes).sum();
            double potential = TextbookMarketsPropertyTest.abatedTonnesAt(continuous, Double.MAX_VALUE);
            // the first year's gap 10-35% of what the firms could abate at any price, the last at most 70%
            double firstGap = potential * (0.10 + 0.25 * random.nextDouble());
            double lastGap = firstGap + (0.7 * potential - firstGap) * random.nextDouble();
            long[] caps = new long[years];
            for (int t = 0; t < years; t++) {
                caps[t] = bau - Math.round(firstGap + (lastGap - firstGap) * t / (years - 1));
            }
            double rate = Math.round(random.nextDouble() * 8) / 100.0;
            Market draft = new Market(seed, continuous, caps, random.nextBoolean(), 0, rate);
            long initial = Math.round(Path.solve(draft).pricesFen[0] * (0.8 + 0.4 * random.nextDouble()));
            return new Market(seed, continuous, caps, draft.band, Math.max(100, initial), rate);
        }

        double supplyAt(double priceFen) {
            return TextbookMarketsPropertyTest.abatedTonnesAt(firms, priceFen);
        }

        double costAt(double priceFen) {
            return TextbookMarketsPropertyTest.abatementCostAt(firms, priceFen);
        }

        double gap(int t) {
            return firms.stream().mapToLong(Firm::bauTonnes).sum() - capTonnes[t];
        }

        /** The least-cost price of year t alone with {@code bankedTonnes} carried into it. */
        double oneYearPriceFen(int t, long bankedTonnes) {
            double need = gap(t) - bankedTonnes;
            double lo = 0;
            double hi = 1_000_000;
            for (int i = 0; i < 200; i++) {
                double mid = (lo + hi) / 2;
                if (supplyAt(mid) >= need) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            return hi;
        }

        String json() {
            return json("");
        }

        /** The scenario with {@code complianceEntries} added to {@code agents.compliance} (", ..." or ""). */
        String json(String complianceEntries) {
            return json(complianceEntries, "");
        }

        /**
         * The scenario with {@code complianceEntries} added to {@code agents.compliance} and {@code
         * marketEntries} to {@code market} (each ", ..." or "").
         */
        String json(String complianceEntries, String marketEntries) {
            String caps = TextbookMarketsPropertyTest.capsByYear(capTonnes);
            return String.format(
                    Locale.ROOT,
                    """
                    {
                      "schemaVersion": 1,
                      "name": "banking-%d",
                      "calendar": {"startYear": 2024, "years": %d},
                      "market": {"initialPrice": %.2f, "limitPct": %d, "noTradeClose": "BEST_QUOTE"%s},
                      "sectors": [{"id": "industry", "allocation": {"type": "historicalEmissions", "baseYears": [2023]}}],
                      "coverage": {"thresholds": [{"fromYear": 2024, "emissionsTonnes": 1000}]},
                      "enterprises": [%s],
                      "allocation": {"cap": {"type": "given", "byYear": {%s}}, "preAllocationShare": 1.0},
                      "agents": {"defaultStrategy": "COMPLIANCE", "compliance": {"bankValue": "FORESIGHT"%s}},
                      "compliance": {"banking": {"type": "allowed"}, "discountRate": %s, "penalty": {"type": "hubei", "priceMultiple": 3}}
                    }
                    """,
                    seed,
                    capTonnes.length,
                    initialPriceFen / 100.0,
                    band ? 10 : 0,
                    marketEntries,
                    TextbookMarketsPropertyTest.enterprisesJson(firms),
                    caps,
                    complianceEntries,
                    discountRate);
        }

        @Override
        public String toString() {
            return firms.size() + " firms, " + capTonnes.length + " years, caps " + java.util.Arrays.toString(capTonnes)
                    + ", r " + discountRate + ", band " + band + ", opening " + initialPriceFen + " fen";
        }
    }

    /** The least-cost path: prices per year and its discounted cost. */
    record Path(double[] pricesFen, double discountedCostFen) {
        static Path solve(Market market) {
            int n = market.capTonnes().length;
            Path best = null;
            // every split of the years into consecutive blocks: bit b set = a block ends after year b
            for (int splits = 0; splits < (1 << (n - 1)); splits++) {
                Path candidate = blocks(market, splits);
                if (candidate != null && (best == null || candidate.discountedCostFen < best.discountedCostFen)) {
                    best = candidate;
                }
            }
            return best;
        }

        private static Path blocks(Market market, int splits) {
            int n = market.capTonnes().length;
            double r = market.discountRate();
            double[] prices = new double[n];
            int start = 0;
            for (int t = 0; t < n; t++) {
                boolean ends = t == n - 1 || (splits & (1 << t)) != 0;
                if (!ends) {
                    continue;
                }
                double gap = 0;
                for (int u = start; u <= t; u++) {
                    gap += market.gap(u);
                }
                double lo = 0;
                double hi = 1_000_000;
                for (int i = 0; i < 200; i++) {
                    double mid = (lo + hi) / 2;
                    double supply = 0;
                    for (int u = start; u <= t; u++) {
                        supply += market.supplyAt(mid * Math.pow(1 + r, u - start));
                    }
                    if (supply >= gap) {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
                double bank = 0;
                for (int u = start; u <= t; u++) {
                    prices[u] = hi * Math.pow(1 + r, u - start);
                    bank += market.supplyAt(prices[u]) - market.gap(u);
                    if (u < t && bank < -1) {
                        return null;
                    }
                }
                start = t + 1;
            }
            double cost = 0;
            for (int t = 0; t < n; t++) {
                cost += market.costAt(prices[t]) / Math.pow(1 + r, t);
            }
            return new Path(prices, cost);
        }

        @Override
        public String toString() {
            return java.util.Arrays.toString(pricesFen);
        }
    }
}
