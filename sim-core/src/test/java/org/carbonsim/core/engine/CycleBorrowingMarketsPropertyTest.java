package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoublePredicate;
import java.util.stream.LongStream;
import org.carbonsim.core.engine.TextbookMarketsPropertyTest.Firm;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random three-year markets whose first two years are one compliance cycle ({@code compliance.cycles},
 * settled at 2025's deadline, its allowances one pool) that may borrow a share of the cycle's
 * obligation from 2026's allocation, and whose cycle is tighter than the year after it, run through
 * the whole engine with firms that foresee the least-cost path ({@code bankValue: FORESIGHT}). The
 * cycle's cap is split unevenly between its two years (25–75% of its gap in the first), which pooling
 * makes irrelevant to the path. The reference, {@link Path}, is written here and independent of the
 * engine's {@code IntertemporalSolver}: inside the cycle the price rises at the discount rate whatever
 * the sign of the bank (the pool lets either year meet the other's obligation); across the deadline
 * it rises at the discount rate too unless what the cycle borrows would exceed the share of its two
 * years' emissions, in which case the cycle abates until it borrows exactly that share and 2026 abates
 * its own gap plus the debt. Every firm must comply, each year's close must be within 2% of the path's
 * price and the discounted cost within 2% of the path's. The same markets' cycle run alone checks the
 * pool without borrowing, with firms that foresee the path and with firms that do not (who know the
 * rules and their own expected emissions, not the prices).
 */
class CycleBorrowingMarketsPropertyTest {
    static LongStream seeds() {
        return PropertySeeds.upTo(100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aTightCycleBorrowsFromTheYearAfterAlongTheLeastCostPath(long seed) {
        followsTheLeastCostPath(Market.random(seed));
    }

    /**
     * The same markets with block agreement trades of at least 200 t within ±30% ({@link
     * TextbookMarketsPropertyTest#BLOCK_TRADES}): a desk that deals the cycle's whole gap in a block
     * must still leave the market on the path.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void withBlockTradesATightCycleStillBorrowsAlongTheLeastCostPath(long seed) {
        followsTheLeastCostPath(Market.random(seed), TextbookMarketsPropertyTest.BLOCK_TRADES);
    }

    /** The block trades' property is not empty: in most of seeds 1–20 some tonnes trade in blocks. */
    @Test
    void blockTradesTakePlaceInMostOfTheseMarkets() {
        TextbookMarketsPropertyTest.assertBlocksTradeInMostOfSeedsOneToTwenty(
                seed -> followsTheLeastCostPath(Market.random(seed), TextbookMarketsPropertyTest.BLOCK_TRADES));
    }

    /**
     * Markets whose trading settles the pool in 2024, so that 2025 needs no trade: the firms plan to
     * borrow their whole share and the path borrows less, and 2025 must still close on the path, the
     * firms bidding below their bank value for the tonnes they would otherwise borrow ({@link
     * PlannedCoverCost}). Without that room every firm offered its unused borrowing room at the bank
     * value, no one bid, and 2025 closed at 2024's close (seed 147: CNY 11.05 against 11.93).
     */
    @ParameterizedTest
    @ValueSource(longs = {147, 564, 1750})
    void aCycleSettledInItsFirstYearClosesOnThePathInItsSecond(long seed) {
        followsTheLeastCostPath(Market.random(seed));
    }

    /**
     * The same markets' cycle alone, a run of its two years: nothing to borrow from after it, so the
     * path is the pool's, one price rising at the discount rate however the cap is split between the
     * years. With foresight the firms carry the pool between the years as the path does; without it
     * (the default bank value, and no discounting, which they do not see) the path is one price over
     * both years, which the firms reach by planning for the cycle as a whole.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void aCycleOfUnevenYearsPoolsThem(long seed) {
        followsTheLeastCostPath(Market.random(seed).cycleAlone(true));
    }

    /** {@link #aCycleOfUnevenYearsPoolsThem} with firms that do not foresee the path. */
    @ParameterizedTest
    @MethodSource("seeds")
    void aCycleOfUnevenYearsPoolsThemWithoutForesight(long seed) {
        followsTheLeastCostPath(Market.random(seed).cycleAlone(false));
    }

    private static void followsTheLeastCostPath(Market market) {
        followsTheLeastCostPath(market, "");
    }

    /** Runs {@code market} with {@code marketEntries} and checks it follows the path; returns the run. */
    private static RunResult followsTheLeastCostPath(Market market, String marketEntries) {
        long seed = market.seed();
        Scenario scenario = ScenarioLoader.parse(market.json(marketEntries), "cycle-borrowing-" + seed + ".json", null);
        RunResult run = Simulation.run(scenario, seed);
        Path path = Path.solve(market);
        String where = "seed=" + seed + marketEntries + " (" + market + ", path " + path + "): ";
        int years = market.capTonnes().length;
        double realised = 0;
        for (int t = 0; t < years; t++) {
            YearResult year = run.years().get(t);
            assertEquals(
                    1.0,
                    year.complianceRate(),
                    where + "compliance in " + year.year() + ", closes "
                            + TextbookMarketsPropertyTest.yearly(run, YearResult::closeFen));
            realised += (year.abatementCost() + year.penalties()) / Math.pow(1 + market.discountRate(), t);
        }
        for (int t = 0; t < years; t++) {
            YearResult year = run.years().get(t);
            double price = path.pricesFen()[t];
            assertTrue(
                    Math.abs(year.closeFen() - price) <= 0.02 * price,
                    where + "close of " + year.year() + " " + year.closeFen() + " fen against the path's " + price
                            + ", closes " + TextbookMarketsPropertyTest.yearly(run, YearResult::closeFen) + ", banked "
                            + TextbookMarketsPropertyTest.yearly(run, YearResult::banked) + ", engine path "
                            + TextbookMarketsPropertyTest.yearly(run, YearResult::equilibriumPrice));
        }
        TextbookMarketsPropertyTest.assertNearThePathsCost(where, run, path.discountedCostFen(), realised);
        return run;
    }

    /**
     * Three years of the same firms: 2024 and 2025 one cycle that may borrow {@code borrowingShare} of
     * its obligation from 2026, the cycle tighter than 2026.
     */
    record Market(
            long seed,
            List<Firm> firms,
            long[] capTonnes,
            double borrowingShare,
            boolean band,
            long initialPriceFen,
            double discountRate,
            boolean foresight) {
        static Market random(long seed) {
            SplittableRandom random = new SplittableRandom(seed + 11_000_003);
            TextbookMarketsPropertyTest.Market textbook = TextbookMarketsPropertyTest.Market.random(seed + 13_000);
            // continuous curves: with a step at the margin the path's price would sit on the step
            List<Firm> continuous = TextbookMarketsPropertyTest.continuous(textbook.firms());
            long bau = continuous.stream().mapToLong(Firm::bauTonnes).sum();
            double potential = TextbookMarketsPropertyTest.abatedTonnesAt(continuous, Double.MAX_VALUE);
            // 2026's gap 10-35% of what the firms could abate at any price; the cycle's years on
            // average 10-30% of it more, 25-75% of the cycle's gap falling in its first year
            double looseGap = potential * (0.10 + 0.25 * random.nextDouble());
            double cycleGap = 2 * (looseGap + potential * (0.10 + 0.20 * random.nextDouble()));
            double firstShare = 0.25 + 0.50 * random.nextDouble();
            long first = Math.round(cycleGap * firstShare);
            long second = Math.round(cycleGap) - first;
            long[] caps = {bau - first, bau - second, bau - Math.round(looseGap)};
            // 0.5-5% of the cycle's obligation: the limit binds in some markets, not in others
            double share = Math.round(5 + 45 * random.nextDouble()) / 1000.0;
            double rate = Math.round(random.nextDouble() * 8) / 100.0;
            Market draft = new Market(seed, continuous, caps, share, random.nextBoolean(), 0, rate, true);
            long initial = Math.round(Path.solve(draft).pricesFen()[0] * (0.8 + 0.4 * random.nextDouble()));
            return new Market(seed, continuous, caps, share, draft.band, Math.max(100, initial), rate, true);
        }

        /**
         * The cycle's two years alone, with no borrowing (nothing is issued after the run) and firms
         * that do or do not foresee the path; without foresight no discounting. The opening price is
         * the draw's share of the pool's first-year price.
         */
        Market cycleAlone(boolean foreseeing) {
            long[] caps = {capTonnes[0], capTonnes[1]};
            double rate = foreseeing ? discountRate : 0;
            Market draft = new Market(seed, firms, caps, 0, band, 0, rate, foreseeing);
            double opening = initialPriceFen / Path.solve(this).pricesFen()[0];
            long initial = Math.round(Path.solve(draft).pricesFen()[0] * opening);
            return new Market(seed, firms, caps, 0, band, Math.max(100, initial), rate, foreseeing);
        }

        long bauTonnes() {
            return firms.stream().mapToLong(Firm::bauTonnes).sum();
        }

        double supplyAt(double priceFen) {
            return TextbookMarketsPropertyTest.abatedTonnesAt(firms, priceFen);
        }

        double costAt(double priceFen) {
            return TextbookMarketsPropertyTest.abatementCostAt(firms, priceFen);
        }

        double gap(int t) {
            return bauTonnes() - capTonnes[t];
        }

        String json() {
            return json("");
        }

        /** The scenario with {@code marketEntries} added to {@code market} (", ..." or ""). */
        String json(String marketEntries) {
            String caps = TextbookMarketsPropertyTest.capsByYear(capTonnes);
            return String.format(
                    Locale.ROOT,
                    """
                    {
                      "schemaVersion": 1,
                      "name": "cycle-borrowing-%d",
                      "calendar": {"startYear": 2024, "years": %d},
                      "market": {"initialPrice": %.2f, "limitPct": %d, "noTradeClose": "BEST_QUOTE"%s},
                      "sectors": [{"id": "industry", "allocation": {"type": "historicalEmissions", "baseYears": [2023]}}],
                      "coverage": {"thresholds": [{"fromYear": 2024, "emissionsTonnes": 1000}]},
                      "enterprises": [%s],
                      "allocation": {"cap": {"type": "given", "byYear": {%s}}, "preAllocationShare": 1.0},
                      "agents": {"defaultStrategy": "COMPLIANCE", "compliance": {"bankValue": "%s"}},
                      "compliance": {"banking": {"type": "allowed"}, "discountRate": %s,
                        "penalty": {"type": "hubei", "priceMultiple": 3},
                        "cycles": [{"fromYear": 2024, "toYear": 2025, "borrowingShare": %s}]}
                    }
                    """,
                    seed,
                    capTonnes.length,
                    initialPriceFen / 100.0,
                    band ? 10 : 0,
                    marketEntries,
                    TextbookMarketsPropertyTest.enterprisesJson(firms),
                    caps,
                    foresight ? "FORESIGHT" : "LAST_YEAR_SHARE",
                    discountRate,
                    borrowingShare);
        }

        @Override
        public String toString() {
            return firms.size() + " firms, caps " + Arrays.toString(capTonnes) + ", cycle 2024-2025 borrowing "
                    + borrowingShare + ", r " + discountRate + ", band " + band + ", opening " + initialPriceFen
                    + " fen, " + (foresight ? "foresight" : "no foresight");
        }
    }

    /**
     * The least-cost path over the three years: prices, the tonnes the cycle borrows from 2026 and the
     * discounted cost. Without a binding limit the price rises at the discount rate over all three
     * years and they abate the three gaps together; when the tonnes that leaves the cycle short exceed
     * the share of its two years' emissions, the cycle (its price still rising at the discount rate
     * between its years) abates until its shortfall is exactly that share of what it then emits, and
     * 2026 abates its own gap plus what was borrowed.
     */
    record Path(double[] pricesFen, double borrowedTonnes, double discountedCostFen) {
        static Path solve(Market market) {
            double g = 1 + market.discountRate();
            double cycleGap = market.gap(0) + market.gap(1);
            if (market.capTonnes().length == 2) {
                double p0 = lowestPrice(price -> market.supplyAt(price) + market.supplyAt(price * g) >= cycleGap);
                return of(market, new double[] {p0, p0 * g}, 0);
            }
            double total = cycleGap + market.gap(2);
            double p0 = lowestPrice(price ->
                    market.supplyAt(price) + market.supplyAt(price * g) + market.supplyAt(price * g * g) >= total);
            double cycleAbated = market.supplyAt(p0) + market.supplyAt(p0 * g);
            double borrowed = cycleGap - cycleAbated;
            double s = market.borrowingShare();
            double bau = market.bauTonnes();
            if (borrowed > s * (2 * bau - cycleAbated)) {
                p0 = lowestPrice(price -> {
                    double abated = market.supplyAt(price) + market.supplyAt(price * g);
                    return cycleGap - abated <= s * (2 * bau - abated);
                });
                borrowed = cycleGap - market.supplyAt(p0) - market.supplyAt(p0 * g);
                double need = market.gap(2) + borrowed;
                double p2 = lowestPrice(price -> market.supplyAt(price) >= need);
                return of(market, new double[] {p0, p0 * g, p2}, borrowed);
            }
            return of(market, new double[] {p0, p0 * g, p0 * g * g}, borrowed);
        }

        private static Path of(Market market, double[] prices, double borrowed) {
            double cost = 0;
            for (int t = 0; t < prices.length; t++) {
                cost += market.costAt(prices[t]) / Math.pow(1 + market.discountRate(), t);
            }
            return new Path(prices, borrowed, cost);
        }

        private static double lowestPrice(DoublePredicate enough) {
            double lo = 0;
            double hi = 1_000_000;
            for (int i = 0; i < 200; i++) {
                double mid = (lo + hi) / 2;
                if (enough.test(mid)) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            return hi;
        }

        @Override
        public String toString() {
            return Arrays.toString(pricesFen) + ", borrowing " + Math.round(borrowedTonnes) + " t";
        }
    }
}
