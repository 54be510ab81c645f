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
 * Random two-year markets whose first year's cap is tighter than the second's, with borrowing from
 * the second year's allocation allowed up to a share of the first year's obligation ({@code
 * compliance.borrowingShare}) and firms that foresee the least-cost path, run through the whole
 * engine, follow the least-cost path with borrowing: the firms put off abatement from the tight year
 * into the loose one until the first year's price is the second's discounted a year at the discount
 * rate (the value the engine gives a tonne carried between the years), unless the borrowing limit
 * binds first, in which case the first year's price stays above the second's discounted. The path
 * comes from {@link Path}, written here and independent of the engine's {@code IntertemporalSolver}.
 * Every firm must comply each year, each year's close must be within 2% of the path's price for that
 * year, and the discounted cost within 2% of the path's.
 */
class BorrowingMarketsPropertyTest {
    static LongStream seeds() {
        return PropertySeeds.upTo(100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aTightFirstYearBorrowsAlongTheLeastCostPath(long seed) {
        borrowsAlongTheLeastCostPath(seed, "");
    }

    /**
     * The same markets with block agreement trades of at least 200 t within ±30% ({@link
     * TextbookMarketsPropertyTest#BLOCK_TRADES}): a desk that deals its whole gap, borrowing included,
     * in a block must still leave the market on the path.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void withBlockTradesATightFirstYearStillBorrowsAlongTheLeastCostPath(long seed) {
        borrowsAlongTheLeastCostPath(seed, TextbookMarketsPropertyTest.BLOCK_TRADES);
    }

    /** The block trades' property is not empty: in most of seeds 1–20 some tonnes trade in blocks. */
    @Test
    void blockTradesTakePlaceInMostOfTheseMarkets() {
        TextbookMarketsPropertyTest.assertBlocksTradeInMostOfSeedsOneToTwenty(
                seed -> borrowsAlongTheLeastCostPath(seed, TextbookMarketsPropertyTest.BLOCK_TRADES));
    }

    /** Runs {@link Market#random} with {@code marketEntries} and checks it follows the path; returns the run. */
    private static RunResult borrowsAlongTheLeastCostPath(long seed, String marketEntries) {
        Market market = Market.random(seed);
        Scenario scenario = ScenarioLoader.parse(market.json(marketEntries), "borrowing-" + seed + ".json", null);
        RunResult run = Simulation.run(scenario, seed);
        Path path = Path.solve(market);
        String where = "seed=" + seed + marketEntries + " (" + market + ", path " + path + "): ";
        double realised = 0;
        for (int t = 0; t < 2; t++) {
            YearResult year = run.years().get(t);
            assertEquals(1.0, year.complianceRate(), where + "compliance in " + year.year());
            realised += (year.abatementCost() + year.penalties()) / Math.pow(1 + market.discountRate(), t);
        }
        for (int t = 0; t < 2; t++) {
            YearResult year = run.years().get(t);
            double price = path.pricesFen()[t];
            assertTrue(
                    Math.abs(year.closeFen() - price) <= 0.02 * price,
                    where + "close of " + year.year() + " " + year.closeFen() + " fen against the path's " + price
                            + ", closes " + TextbookMarketsPropertyTest.yearly(run, YearResult::closeFen) + ", banked "
                            + run.years().get(0).banked() + " t, engine path "
                            + run.years().get(0).equilibriumPrice() + "/"
                            + run.years().get(1).equilibriumPrice() + ", one-year "
                            + run.years().get(0).equilibriumPriceOneYear() + "/"
                            + run.years().get(1).equilibriumPriceOneYear());
        }
        double efficiency = path.discountedCostFen() / realised;
        assertTrue(
                efficiency >= 0.98,
                where + "discounted cost " + realised + " fen against the path's " + path.discountedCostFen()
                        + " (efficiency " + efficiency + "), closes "
                        + TextbookMarketsPropertyTest.yearly(run, YearResult::closeFen));
        return run;
    }

    /** Two years of the same firms, the first year's cap the tighter, borrowing up to a share. */
    record Market(
            long seed,
            List<Firm> firms,
            long[] capTonnes,
            double borrowingShare,
            boolean band,
            long initialPriceFen,
            double discountRate) {
        static Market random(long seed) {
            SplittableRandom random = new SplittableRandom(seed + 7_000_001);
            TextbookMarketsPropertyTest.Market textbook = TextbookMarketsPropertyTest.Market.random(seed + 9_000);
            // continuous curves: with a step at the margin the path's price would sit on the step
            List<Firm> continuous = TextbookMarketsPropertyTest.continuous(textbook.firms());
            long bau = continuous.stream().mapToLong(Firm::bauTonnes).sum();
            double potential = TextbookMarketsPropertyTest.abatedTonnesAt(continuous, Double.MAX_VALUE);
            // the second year's gap 10-35% of what the firms could abate at any price, the first's
            // 10-30% of it more: the first year's cap is the tighter by 3-9% of emissions
            double looseGap = potential * (0.10 + 0.25 * random.nextDouble());
            double tightGap = looseGap + potential * (0.10 + 0.20 * random.nextDouble());
            long[] caps = {bau - Math.round(tightGap), bau - Math.round(looseGap)};
            // 0.5-6% of the first year's obligation: the limit binds in some markets, not in others
            double share = Math.round(5 + 55 * random.nextDouble()) / 1000.0;
            double rate = Math.round(random.nextDouble() * 8) / 100.0;
            Market draft = new Market(seed, continuous, caps, share, random.nextBoolean(), 0, rate);
            long initial = Math.round(Path.solve(draft).pricesFen()[0] * (0.8 + 0.4 * random.nextDouble()));
            return new Market(seed, continuous, caps, share, draft.band, Math.max(100, initial), rate);
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
            return String.format(
                    Locale.ROOT,
                    """
                    {
                      "schemaVersion": 1,
                      "name": "borrowing-%d",
                      "calendar": {"startYear": 2024, "years": 2},
                      "market": {"initialPrice": %.2f, "limitPct": %d, "noTradeClose": "BEST_QUOTE"%s},
                      "sectors": [{"id": "industry", "allocation": {"type": "historicalEmissions", "baseYears": [2023]}}],
                      "enterprises": [%s],
                      "allocation": {"cap": {"type": "given", "byYear": {"2024": %d, "2025": %d}}, "preAllocationShare": 1.0},
                      "agents": {"defaultStrategy": "COMPLIANCE", "compliance": {"bankValue": "FORESIGHT"}},
                      "compliance": {"banking": {"type": "allowed"}, "borrowingShare": %s, "discountRate": %s,
                        "penalty": {"type": "hubei", "priceMultiple": 3}}
                    }
                    """,
                    seed,
                    initialPriceFen / 100.0,
                    band ? 10 : 0,
                    marketEntries,
                    TextbookMarketsPropertyTest.enterprisesJson(firms),
                    capTonnes[0],
                    capTonnes[1],
                    borrowingShare,
                    discountRate);
        }

        @Override
        public String toString() {
            return firms.size() + " firms, caps " + java.util.Arrays.toString(capTonnes) + ", borrowing "
                    + borrowingShare + ", r " + discountRate + ", band " + band + ", opening " + initialPriceFen
                    + " fen";
        }
    }

    /**
     * The least-cost path over the two years: prices, the tonnes borrowed from the second year and the
     * discounted cost. Without a binding limit the first year's price is the second's discounted a year
     * and the two years together abate both gaps; when the tonnes that takes borrowing exceed the
     * share of the first year's emissions, the first year abates until its shortfall is exactly the
     * share of what it then emits, and the second year abates its own gap plus what was borrowed.
     */
    record Path(double[] pricesFen, double borrowedTonnes, double discountedCostFen) {
        static Path solve(Market market) {
            double r = market.discountRate();
            double total = market.gap(0) + market.gap(1);
            double p1 = lowestPrice(price -> market.supplyAt(price) + market.supplyAt(price * (1 + r)) >= total);
            double borrowed = market.gap(0) - market.supplyAt(p1);
            double limit = market.borrowingShare() * (market.bauTonnes() - market.supplyAt(p1));
            if (borrowed > limit) {
                double s = market.borrowingShare();
                double bau = market.bauTonnes();
                p1 = lowestPrice(price -> market.gap(0) - market.supplyAt(price) <= s * (bau - market.supplyAt(price)));
                borrowed = market.gap(0) - market.supplyAt(p1);
                double need = market.gap(1) + borrowed;
                double p2 = lowestPrice(price -> market.supplyAt(price) >= need);
                return of(market, p1, p2, borrowed);
            }
            return of(market, p1, p1 * (1 + r), borrowed);
        }

        private static Path of(Market market, double p1, double p2, double borrowed) {
            double cost = market.costAt(p1) + market.costAt(p2) / (1 + market.discountRate());
            return new Path(new double[] {p1, p2}, borrowed, cost);
        }

        private static double lowestPrice(java.util.function.DoublePredicate enough) {
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
            return java.util.Arrays.toString(pricesFen) + ", borrowing " + Math.round(borrowedTonnes) + " t";
        }
    }
}
