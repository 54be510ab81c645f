package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.carbonsim.core.engine.TextbookMarketsPropertyTest.Firm;
import org.carbonsim.core.engine.TextbookMarketsPropertyTest.Market;
import org.carbonsim.core.scenario.MarketRules;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The firms of {@link Market#random} over one or two identical years (banking allowed) with an offset
 * programme whose price rises with the credits sold ({@code priceSlopePerMt}): it starts at 20–60% of
 * the market's least-cost price without offsets and reaches 80–150% of that price over the credits
 * the firms may use in all, each firm up to 3–10% of its allocation ({@code capBase} ALLOCATION). In
 * odd seeds the supply is 1.5–4 times those caps, so it never binds; in even seeds it is 30–90% of
 * them, so the credits are rationed pro rata and the supply binds. The market opens at 70–140% of the
 * least-cost price with offsets, as the textbook markets open around theirs, and closes a day without
 * trades at the standing quote, as they do ({@link TextbookMarketsPropertyTest}: under the pilots'
 * rule a market whose firms are all long at the band's foot never moves, seeds 325, 391, 947 and 1564
 * closing at their openings). Where the opening is more fen than the loader takes at a tick of 1 fen
 * (seed 995), the market trades on a coarser tick.
 *
 * <p>The least-cost answer ({@link Sloped}) is written here from the formulas: at an allowance price
 * p the firms abate where their marginal cost is at most p and buy every credit whose marginal price
 * on the supply curve is at most p, within the caps and the supply; the price is the smallest p at
 * which abatement and credits close the gap. The engine charges each credit at its own curve price
 * (the compliance desk's {@code offsetCostFen}: the price of the credits sold before it in the year
 * plus the slope), not every credit at a clearing price, so the credits' cost is the area under the
 * supply curve, {@code C × price + slope × C² / 2 / 10⁶}, in the reference as in the engine's realised
 * cost. The final close must lie within 2% of the least-cost price (of the last year with what the
 * market banked into it), the run must cost at most 2% more than least cost, every firm must comply,
 * and each year's credits used must lie within 2% of the reference's, or of the credits at a price
 * within 2% of its price: the credits bought are those priced below the close, so the close's 2%
 * moves them by 2% of the price over the price less the curve's first price, more than 2% of them.
 * The final close may also lie (within 2%) on the plateau of prices at which the year clears in whole
 * tonnes ({@link Sloped#wholeTonnePlateauFen}), where the continuous answer needs a fraction of a
 * tonne that the engine's rounding does not.
 */
class SlopedOffsetMarketsPropertyTest {
    static LongStream seeds() {
        return PropertySeeds.upTo(100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSlopedOffsetMarketLandsOnTheLeastCostAnswer(long seed) {
        landsOnTheLeastCostAnswer(seed, "");
    }

    /**
     * The same markets with block agreement trades of at least 200 t within ±30% ({@link
     * TextbookMarketsPropertyTest#BLOCK_TRADES}): a desk that deals its whole gap in a block, credits
     * counted at their curve price, must still leave the market on the answer.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void withBlockTradesTheMarketStillLandsOnTheLeastCostAnswer(long seed) {
        landsOnTheLeastCostAnswer(seed, TextbookMarketsPropertyTest.BLOCK_TRADES);
    }

    /** The block trades' property is not empty: in most of seeds 1–20 some tonnes trade in blocks. */
    @Test
    void blockTradesTakePlaceInMostOfTheseMarkets() {
        TextbookMarketsPropertyTest.assertBlocksTradeInMostOfSeedsOneToTwenty(
                seed -> landsOnTheLeastCostAnswer(seed, TextbookMarketsPropertyTest.BLOCK_TRADES));
    }

    /** Runs {@link Sloped#random} with {@code marketEntries} and checks it lands on the answer; returns the run. */
    private static RunResult landsOnTheLeastCostAnswer(long seed, String marketEntries) {
        Sloped market = Sloped.random(seed);
        Scenario scenario = ScenarioLoader.parse(market.json(marketEntries), "sloped-" + seed + ".json", null);
        RunResult run = Simulation.run(scenario, seed);
        Sloped.Answer answer = market.solve(0);
        String where = "seed=" + seed + marketEntries + " (" + market + ", least-cost " + Math.round(answer.priceFen())
                + " fen with " + Math.round(answer.creditsTonnes()) + " t of credits): ";
        double realised = 0;
        int n = run.years().size();
        for (YearResult year : run.years()) {
            assertEquals(1.0, year.complianceRate(), where + "compliance in " + year.year());
            realised += year.realisedCost();
        }
        YearResult last = run.years().get(n - 1);
        long bankedIn = n > 1 ? run.years().get(n - 2).banked() : 0;
        Sloped.Answer lastAnswer = market.solve(bankedIn);
        double closeError = (last.closeFen() - lastAnswer.priceFen()) / lastAnswer.priceFen();
        double[] plateau = market.wholeTonnePlateauFen(last.allocated(), bankedIn);
        assertTrue(
                Math.abs(closeError) <= 0.02
                        || (last.closeFen() >= 0.98 * plateau[0] && last.closeFen() <= 1.02 * plateau[1]),
                where + "final close " + last.closeFen() + " fen against least-cost " + lastAnswer.priceFen() + " with "
                        + bankedIn + " t banked into the year (in whole tonnes every price from " + plateau[0] + " to "
                        + plateau[1] + " fen clears)");
        for (YearResult year : run.years()) {
            Sloped.Answer reference = year == last ? lastAnswer : answer;
            double credits = reference.creditsTonnes();
            // within 2% of the reference's credits, or of the credits at a price within 2% of its price
            double fewest = Math.min(0.98 * credits, market.creditsAt(0.98 * reference.priceFen()));
            double most = Math.max(1.02 * credits, market.creditsAt(1.02 * reference.priceFen()));
            assertTrue(
                    year.offsetsUsed() >= fewest - 1 && year.offsetsUsed() <= most + 1,
                    where + "credits used " + year.offsetsUsed() + " t in " + year.year() + " against least-cost "
                            + credits + " t (" + fewest + "-" + most + " t within 2% of its price)");
        }
        double efficiency = answer.leastCostFen() * n / realised;
        assertTrue(
                efficiency >= 0.98,
                where + "efficiency " + efficiency + ": cost " + realised + " fen over " + n + " years against least "
                        + answer.leastCostFen() + " a year");
        return run;
    }

    /**
     * A market of {@link Market#random}'s firms and cap over {@code years} identical years, with one
     * sloped programme: credits from {@code startFen} rising {@code slopeFenPerMt} per Mt sold in the
     * year, {@code supplyTonnes} a year, each firm up to {@code capShare} of its allocation.
     */
    record Sloped(Market base, long startFen, long slopeFenPerMt, long supplyTonnes, double capShare) {
        static Sloped random(long seed) {
            Market plain = Market.random(seed);
            SplittableRandom random = new SplittableRandom(seed ^ 0x6A09E667F3BCC909L);
            Market market = new Market(
                    seed,
                    plain.firms(),
                    plain.capTonnes(),
                    1 + random.nextInt(2),
                    plain.band(),
                    plain.initialPriceFen(),
                    0,
                    0,
                    0);
            double withoutFen =
                    TextbookMarketsPropertyTest.Textbook.solve(market).priceFen();
            double capShare = Math.round((0.03 + 0.07 * random.nextDouble()) * 1000) / 1000.0;
            long startFen = Math.round(withoutFen * (0.2 + 0.4 * random.nextDouble()));
            double topFen = withoutFen * (0.8 + 0.7 * random.nextDouble());
            Sloped uncapped = new Sloped(market, startFen, 0, Long.MAX_VALUE, capShare);
            double caps = uncapped.capsTonnes();
            long slope = Math.max(1, Math.round((topFen - startFen) * 1e6 / caps));
            double supplyMultiple = seed % 2 == 1 ? 1.5 + 2.5 * random.nextDouble() : 0.3 + 0.6 * random.nextDouble();
            Sloped sloped = new Sloped(market, startFen, slope, Math.round(caps * supplyMultiple), capShare);
            long drawn = Math.round(sloped.solve(0).priceFen() * (0.7 + 0.7 * random.nextDouble()));
            // the loader takes an opening of at most MAX_INITIAL_PRICE_TICKS ticks: above that many fen the
            // market trades on the smallest whole-fen tick that admits it, the opening rounded to that tick
            long tickFen = Math.max(1, -Math.floorDiv(-drawn, MarketRules.MAX_INITIAL_PRICE_TICKS));
            long opening = tickFen * Math.round((double) drawn / tickFen);
            return new Sloped(
                    new Market(seed, plain.firms(), plain.capTonnes(), market.years(), plain.band(), opening, 0, 0, 0),
                    startFen,
                    slope,
                    sloped.supplyTonnes(),
                    capShare);
        }

        /** Each firm's allocation: the cap shared in proportion to its emissions, t. */
        double allocationTonnes(Firm firm) {
            long bau = base.firms().stream().mapToLong(Firm::bauTonnes).sum();
            return (double) firm.bauTonnes() * base.capTonnes() / bau;
        }

        /** The firms' caps added up, each rationed pro rata when the supply is short and rounded down, t. */
        double capsTonnes() {
            double caps = 0;
            for (Firm firm : base.firms()) {
                caps += Math.floor(capShare * allocationTonnes(firm));
            }
            if (caps <= supplyTonnes) {
                return caps;
            }
            double share = supplyTonnes / caps;
            double rationed = 0;
            for (Firm firm : base.firms()) {
                rationed += Math.floor(share * Math.floor(capShare * allocationTonnes(firm)));
            }
            return rationed;
        }

        /** Credits whose marginal price is at most {@code priceFen}, within the caps and the supply, t. */
        double creditsAt(double priceFen) {
            if (priceFen < startFen) {
                return 0;
            }
            return Math.min(capsTonnes(), (priceFen - startFen) * 1e6 / slopeFenPerMt);
        }

        /** What the first {@code credits} of the year cost on the curve, each at its marginal price, fen. */
        double creditCostFen(double credits) {
            return credits * startFen + slopeFenPerMt * credits * credits / 2 / 1e6;
        }

        double supplyAt(double priceFen) {
            double total = creditsAt(priceFen);
            for (Firm firm : base.firms()) {
                total += firm.shareAt(priceFen) * firm.bauTonnes();
            }
            return total;
        }

        /**
         * The least-cost answer of a year with {@code bankedTonnes} banked into it: the smallest price
         * at which abatement and credits close the gap; a tonne bought at that price itself (a step
         * firm's step) costs the price.
         */
        Answer solve(long bankedTonnes) {
            long bau = base.firms().stream().mapToLong(Firm::bauTonnes).sum();
            double gap = bau - base.capTonnes() - bankedTonnes;
            double lo = 0;
            double hi = 1_000_000;
            for (int i = 0; i < 200; i++) {
                double mid = (lo + hi) / 2;
                if (supplyAt(mid) >= gap) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            double credits = creditsAt(hi);
            double cost = creditCostFen(credits);
            double abated = 0;
            for (Firm firm : base.firms()) {
                cost += firm.costPerBau(firm.shareAt(lo)) * firm.bauTonnes();
                abated += firm.shareAt(lo) * firm.bauTonnes();
            }
            cost += Math.max(0, gap - credits - abated) * hi;
            return new Answer(hi, credits, cost);
        }

        /**
         * The prices, fen, at which the year clears in whole tonnes, as the engine counts it: each firm's
         * abatement is its business-as-usual emissions less its emissions rounded half up ({@link
         * org.carbonsim.core.model.ProductionModel#abatedTonnes}), credits are whole tonnes, and the
         * gap is business-as-usual emissions less the {@code allocatedTonnes} issued (the cap shared out
         * in whole tonnes) and the {@code bankedTonnes} carried in. From the lowest price at which that
         * supply meets the gap to the lowest at which it exceeds it, every price clears: where the
         * continuous answer needs a fraction of a tonne beyond the firms' potential (seed 995: 0.4 t
         * of credits, priced at the credits' first price, CNY 2,428.21), the rounded potential already
         * covers the gap and every price from the dearest firm's cost at its potential (CNY 43.08) to
         * the first whole credit's clears. Elsewhere the two prices are a tonne's worth of the curves
         * apart.
         */
        double[] wholeTonnePlateauFen(long allocatedTonnes, long bankedTonnes) {
            long bau = base.firms().stream().mapToLong(Firm::bauTonnes).sum();
            long gap = bau - allocatedTonnes - bankedTonnes;
            double low = lowestPriceWith(tonnes -> tonnes >= gap);
            double high = lowestPriceWith(tonnes -> tonnes > gap);
            return new double[] {low, Math.max(low, high)};
        }

        private double lowestPriceWith(java.util.function.LongPredicate enough) {
            double lo = 0;
            double hi = 1_000_000;
            for (int i = 0; i < 200; i++) {
                double mid = (lo + hi) / 2;
                if (enough.test(wholeTonneSupply(mid))) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            return hi;
        }

        /** Abatement and credits at {@code priceFen} in whole tonnes, as the engine counts them, t. */
        private long wholeTonneSupply(double priceFen) {
            long total = (long) Math.floor(creditsAt(priceFen));
            for (Firm firm : base.firms()) {
                total +=
                        org.carbonsim.core.model.ProductionModel.abatedTonnes(firm.bauTonnes(), firm.shareAt(priceFen));
            }
            return total;
        }

        record Answer(double priceFen, double creditsTonnes, double leastCostFen) {}

        String json() {
            return json("");
        }

        /** The scenario with {@code marketEntries} added to {@code market} (", ..." or ""). */
        String json(String marketEntries) {
            Market withOffsets = new Market(
                    base.seed(),
                    base.firms(),
                    base.capTonnes(),
                    base.years(),
                    base.band(),
                    base.initialPriceFen(),
                    startFen,
                    capShare,
                    0);
            String flat = "\"supplyTonnesPerYear\": 100000000";
            String json = tickFen() == 1
                    ? withOffsets.json("", "", marketEntries)
                    : withOffsets
                            .json("", "", marketEntries)
                            .replace(
                                    "\"market\": {",
                                    String.format(Locale.ROOT, "\"market\": {\"tick\": %.2f, ", tickFen() / 100.0));
            if (!json.contains(flat)) {
                throw new IllegalStateException("the textbook market's offsets changed: " + json);
            }
            return json.replace(
                    flat,
                    String.format(
                            Locale.ROOT,
                            "\"supplyTonnesPerYear\": %d, \"priceSlopePerMt\": %.2f",
                            supplyTonnes,
                            slopeFenPerMt / 100.0));
        }

        /**
         * The market's price tick, fen: 1, or where the opening is more ticks of 1 fen than the loader
         * takes, the smallest whole number of fen that admits it (the opening is a multiple of it).
         */
        long tickFen() {
            return Math.max(1, -Math.floorDiv(-base.initialPriceFen(), MarketRules.MAX_INITIAL_PRICE_TICKS));
        }

        @Override
        public String toString() {
            return base.firms().size() + " firms, " + base.years() + " years, band " + base.band() + ", credits from "
                    + startFen + " fen rising " + slopeFenPerMt + " fen/Mt, supply " + supplyTonnes + " t, caps "
                    + capShare + " of allocation (" + Math.round(capsTonnes()) + " t usable), opening "
                    + base.initialPriceFen() + " fen" + (tickFen() == 1 ? "" : " on a tick of " + tickFen() + " fen");
        }
    }
}
