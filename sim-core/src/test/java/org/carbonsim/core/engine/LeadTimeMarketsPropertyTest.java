package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.carbonsim.core.engine.TextbookMarketsPropertyTest.Clearing;
import org.carbonsim.core.engine.TextbookMarketsPropertyTest.Firm;
import org.carbonsim.core.engine.TextbookMarketsPropertyTest.Market;
import org.carbonsim.core.engine.TextbookMarketsPropertyTest.Textbook;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The random textbook markets of {@link Market#random} over two or three identical years, banking
 * allowed, with every technology step an investment that takes a year to build ({@code leadTimeYears}
 * 1; the linear and quadratic curves as they are). A step decided at a verification abates from the
 * next year on, so the first year can be met only by the other curves and the offsets, and the later
 * years by every curve. The least-cost path over the run comes from {@link LeadTimePath}, a solver
 * written here from the curves' formulas: it weighs banking out of the first year against closing each
 * year on its own. Every firm must comply every year, the final close must lie within 2% of the
 * least-cost price of the final year given what the market banked into it (or of the range of prices
 * that clear it, {@link Clearing}, on the curves it has: a step that costs more than that price was not
 * decided a year before, so it cannot abate then, and seed 834's last year, whose gap F01 alone closes
 * with its whole share at CNY 36.08, clears at any price), and the run (abatement,
 * offsets and fines) must cost at most 2% more than the path. The coverage threshold is 1,000 t so
 * that no firm abates its way out of the scheme (under the default 13,000 t, seed 93's F05 abates to
 * 12,834 t in two years and leaves in the third, and the market then rightly clears below the path's
 * price, which counts every firm in every year).
 */
class LeadTimeMarketsPropertyTest {
    static LongStream seeds() {
        return PropertySeeds.upTo(100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void investmentsThatTakeAYearLandOnTheLeastCostPath(long seed) {
        landsOnTheLeastCostPath(seed, "");
    }

    /**
     * The same markets with block agreement trades of at least 200 t within ±30% ({@link
     * TextbookMarketsPropertyTest#BLOCK_TRADES}): a desk that deals its whole gap in a block must still
     * leave the market on the path, and its steps decided for the price of the year they abate in.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void withBlockTradesInvestmentsThatTakeAYearStillLandOnTheLeastCostPath(long seed) {
        landsOnTheLeastCostPath(seed, TextbookMarketsPropertyTest.BLOCK_TRADES);
    }

    /** The block trades' property is not empty: in most of seeds 1–20 some tonnes trade in blocks. */
    @Test
    void blockTradesTakePlaceInMostOfTheseMarkets() {
        TextbookMarketsPropertyTest.assertBlocksTradeInMostOfSeedsOneToTwenty(
                seed -> landsOnTheLeastCostPath(seed, TextbookMarketsPropertyTest.BLOCK_TRADES));
    }

    /** Runs {@link #leadTimeMarket} with {@code marketEntries} and checks it lands on the path; returns the run. */
    private static RunResult landsOnTheLeastCostPath(long seed, String marketEntries) {
        Market market = leadTimeMarket(seed);
        String json = market.json("", "", marketEntries)
                .replace(
                        "\"sectors\":",
                        "\"coverage\": {\"thresholds\": [{\"fromYear\": 2024, \"emissionsTonnes\": 1000}]},\n  \"sectors\":");
        Scenario scenario = ScenarioLoader.parse(json, "lead-time-" + seed + ".json", null);
        RunResult run = Simulation.run(scenario, seed);
        LeadTimePath path = LeadTimePath.solve(market);
        String where = "seed=" + seed + marketEntries + " (" + market + ", path " + path + "): ";
        double realised = TextbookMarketsPropertyTest.compliantRunCost(run, market, where);
        int n = run.years().size();
        YearResult last = run.years().get(n - 1);
        long bankedIn = run.years().get(n - 2).banked();
        Clearing clearing = lastYearClearing(market, bankedIn);
        assertTrue(
                Math.abs(clearing.error(last.closeFen())) <= 0.02,
                where + "final close " + last.closeFen() + " fen against least-cost " + clearing + " with " + bankedIn
                        + " t banked into the year");
        for (int t = 0; t < n; t++) {
            YearResult year = run.years().get(t);
            Clearing expected = path.clearing(market, t);
            long reported = year.equilibriumPrice();
            double outside = reported < expected.footFen()
                    ? expected.footFen() - reported
                    : Math.max(0, reported - expected.topFen());
            double nearer = reported < expected.footFen() ? expected.footFen() : expected.topFen();
            assertTrue(
                    outside <= Math.max(1, 0.01 * nearer),
                    where + "reported reference price " + reported + " fen in " + year.year() + " against the path's "
                            + expected);
        }
        double firstYearAlone = Textbook.solve(LeadTimePath.firstYear(market)).priceFen();
        long reportedOneYear = run.years().get(0).equilibriumPriceOneYear();
        assertTrue(
                Math.abs(reportedOneYear - firstYearAlone) <= Math.max(1, 0.01 * firstYearAlone),
                where + "reported one-year reference " + reportedOneYear + " fen in the first year against "
                        + firstYearAlone + " without the steps");
        double efficiency = path.leastCostFen() / realised;
        // as a product, not the ratio: a market with nothing to abate costs 0 against a path of 0
        assertTrue(
                path.leastCostFen() >= 0.98 * realised,
                where + "efficiency " + efficiency + ": cost " + realised + " fen over " + n
                        + " years against the path's " + path.leastCostFen());
        return run;
    }

    /**
     * Markets beyond the default seeds followed to their mechanism on 2026-12-03: 236, 333, 536 and 1329
     * had a first year that the issue and the rounded potentials could not meet ({@link
     * #withFirstYearMet}); 1462 and 1752 a second year that opened at the first's high close and fell
     * below the credits' price, where a firm counted credits dearer than the close at verification (the
     * year's average was above their price), abated less than the close warranted and bid the close up to
     * the credits' price after verification. 1745 builds F01's CNY 22 step in part, exactly for its last
     * two years' gap, as the path does, so every price from the step's to the credits' (CNY 36.33) clears
     * them; it closed at CNY 36.32 while the test took the step as built whole and asked for CNY 22.
     */
    @ParameterizedTest
    @ValueSource(longs = {236, 333, 536, 1329, 1462, 1745, 1752})
    void theMarketsFollowedToTheirMechanismLandOnThePath(long seed) {
        investmentsThatTakeAYearLandOnTheLeastCostPath(seed);
    }

    /**
     * Worked by hand: firm A with a linear curve (CNY 100 at 40%) and firm B with one step (CNY 30 a
     * tonne for 20% of its emissions, a year to build), 100,000 t each, a cap of 180,000 t over two
     * years. In 2024 only A can abate: 20,000 t at a share of 0.2 = 0.4 × p / CNY 100, so p = CNY 50.
     * In 2025 the step is there: at CNY 30 A abates 12,000 t, and B's step takes the other 8,000 t,
     * 0.4 of it. B decides at 2024's verification, with the close at CNY 50, for what 2025's answer
     * takes: 8,000 t, and 2025 closes at CNY 30. Deciding at the close (the rule before) built the whole
     * step, 20,000 t: the gap then closed with no abatement from A and the close fell toward nothing.
     */
    @Test
    void aStepIsBuiltForThePriceOfTheYearItAbatesInAndInPartAtTheMargin() {
        RunResult run = twoFirmMarketRun();
        YearResult y2024 = run.years().get(0);
        YearResult y2025 = run.years().get(1);
        assertEquals(5_000, y2024.vwapFen(), 100, "2024 trades on A alone at CNY 50");
        long bIn2025 = run.enterprises().stream()
                .filter(e -> e.year() == 2025 && e.enterpriseId().equals("B"))
                .mapToLong(EnterpriseResult::abatement)
                .sum();
        assertEquals(8_000, bIn2025, 80, "B built 0.4 of its step");
        // within 5%: the few hundred tonnes A banked out of 2024 lower 2025's price a little
        assertEquals(3_000, y2025.closeFen(), 150, "2025 closes on B's step");
        assertEquals(1.0, y2025.complianceRate());
    }

    /**
     * The reported references of the two-firm market above, worked by hand. In 2024 B's step cannot
     * abate: ordered at the earliest at 2024's verification, it abates from 2025. The gap of 20,000 t
     * falls on A alone at CNY 50 (share 0.2 = 0.4 × 50 / 100), at a cost of CNY 100 × 20,000² / (2 ×
     * 40,000) = CNY 500,000. In 2025 the step is there: A abates 12,000 t at CNY 30 (CNY 180,000) and
     * the step 8,000 t (CNY 240,000), CNY 420,000 in all. Banking out of 2024 at CNY 50 into a year at
     * CNY 30 gains nothing, so the path's prices are those two answers. Counting the step in 2024 (the
     * reference before) gave CNY 30 and CNY 420,000 there too.
     */
    @Test
    void theReportedReferenceCountsAStepOnlyFromTheYearItCanAbate() {
        RunResult run = twoFirmMarketRun();
        YearResult y2024 = run.years().get(0);
        YearResult y2025 = run.years().get(1);
        assertEquals(5_000, y2024.equilibriumPriceOneYear(), "2024's one-year reference on A alone");
        assertEquals(5_000, y2024.equilibriumPrice(), "2024 on the path");
        assertEquals(50_000_000, y2024.leastCostAbatementCostOneYear(), 2, "CNY 500,000 in 2024, one year");
        assertEquals(50_000_000, y2024.leastCostAbatementCost(), 2, "CNY 500,000 in 2024 on the path");
        assertEquals(3_000, y2025.equilibriumPrice(), "2025 on the path, at B's step");
        assertEquals(42_000_000, y2025.leastCostAbatementCost(), 2, "CNY 420,000 in 2025 on the path");
    }

    /**
     * The prices that clear a last year ({@code market}, its cap the year's) with {@code bankedIn} banked
     * into it, on the steps built for it: they were decided a year before for its price, so those above
     * it were not built, and those at it only as far as the gap needs them beyond what every cheaper
     * tonne gives ({@link Firm#withStepsBuiltTo}). A step in effect abates whatever the price (its cost
     * is sunk), so the range starts where the other curves abate what the built steps leave, below the
     * steps' cost where those curves are all at their potential there ({@link Firm#withStepsSunk}): in
     * {@code ForesightLeadTimeMarketsPropertyTest} seed 654 with the credits, the last year on a step at
     * CNY 88.00 built in part closed at CNY 82.48, where the one continuous curve still below its
     * potential reaches it, and every price from there clears the year with the same abatement.
     */
    static Clearing lastYearClearing(Market market, long bankedIn) {
        double footFen = Textbook.clearing(market, bankedIn).footFen();
        double atFoot = market.firms().stream()
                .mapToDouble(f -> f.stepTonnesAt(footFen))
                .sum();
        long bau = market.firms().stream().mapToLong(Firm::bauTonnes).sum();
        double below = Textbook.supply(market, Math.nextDown(footFen - 0.5));
        double builtShare =
                atFoot == 0 ? 1 : Math.max(0, Math.min(1, (bau - market.capTonnes() - bankedIn - below) / atFoot));
        Market asBuilt = market.withFirms(market.firms().stream()
                .map(f -> f.withStepsBuiltTo(footFen, builtShare))
                .toList());
        Market sunk = asBuilt.withFirms(
                asBuilt.firms().stream().map(Firm::withStepsSunk).toList());
        return new Clearing(
                Math.min(footFen, Textbook.clearing(sunk, bankedIn).footFen()),
                Textbook.clearing(asBuilt, bankedIn).topFen());
    }

    /**
     * {@link Market#random} over 2–3 identical years, its step firms' steps taking a year to build. Where
     * the first year, without the steps, could not be met below one and a half times the price of the
     * market with them (in 18 of the 100 markets it could not be met at all: most firms have step
     * curves), the cap is raised, the same every year, by {@link #withFirstYearMet}, so that no firm is
     * left to the fine.
     */
    static Market leadTimeMarket(long seed) {
        Market drawn = Market.random(seed).over(2 + (int) (seed % 2));
        return withFirstYearMet(drawn.withFirms(
                drawn.firms().stream().map(f -> f.withStepLeadTime(1)).toList()));
    }

    /**
     * {@code market}, or, where its first year without the steps could not be met below one and a half
     * times the price of the market with them, the market with its cap raised to what the other curves
     * and the offsets abate at that price, less two tonnes a firm. The margin is what the year's
     * balance loses to whole tonnes: the engine rounds each firm's allocation half-up (the issue can lie
     * up to half a tonne a firm below the cap), its emissions half-up (its abatement up to half a tonne
     * below the share times business as usual) and floors its offset limit (up to a tonne below). Where
     * the other curves are all at their potential at that price, a cap raised to their unrounded total
     * left a year that the issue and the rounded potentials missed by a tonne or two: seeds 333, 536
     * and 1329 (issues 3, 1 and 1 t below the cap) fined a firm in the first year for the tonnes no
     * firm could abate, which is the rules' answer to a year truly short, not the market's fault.
     * The raised gap has no floor: where the first year abates nothing without the steps (every firm a
     * step firm, no credits: seeds 3631, 4082 and 4707), a gap of at least 1,000 t, the floor of
     * {@link Market#random}, fined every firm in the first year; the cap is now the firms' business as
     * usual, and the market has nothing to abate in any year and must not cost anything.
     */
    static Market withFirstYearMet(Market market) {
        long bau = market.firms().stream().mapToLong(Firm::bauTonnes).sum();
        double firstYearMost = Textbook.supply(
                LeadTimePath.firstYear(market), 1.5 * Textbook.solve(market).priceFen());
        if (bau - market.capTonnes() > firstYearMost) {
            long roundingTonnes = 2L * market.firms().size();
            return market.withCap(bau - Math.max(0, (long) Math.floor(firstYearMost) - roundingTonnes));
        }
        return market;
    }

    /**
     * The least-cost path of a market whose steps take a year: the first year on the curves it has
     * then, each later year on every curve, and {@code bankedTonnes} carried out of the first year and
     * spread evenly over the later ones (identical years gain nothing from unequal shares, the cost of
     * each being convex in its gap). The bank is the one that minimises the run's cost, by ternary
     * search over a convex function. With fewer options in the first year its price is at least the
     * later years', so banking gains nothing and the bank comes out 0; the solver does not assume it.
     */
    record LeadTimePath(double firstPriceFen, double laterPriceFen, long bankedTonnes, double leastCostFen) {
        static LeadTimePath solve(Market market) {
            Market first = firstYear(market);
            int later = market.years() - 1;
            long bau = market.firms().stream().mapToLong(Firm::bauTonnes).sum();
            long lo = 0;
            long hi = later * Math.max(0, bau - market.capTonnes());
            while (hi - lo > 2) {
                long m1 = lo + (hi - lo) / 3;
                long m2 = hi - (hi - lo) / 3;
                if (cost(market, first, m1) <= cost(market, first, m2)) {
                    hi = m2;
                } else {
                    lo = m1;
                }
            }
            long best = lo;
            for (long b = lo + 1; b <= hi; b++) {
                if (cost(market, first, b) < cost(market, first, best)) {
                    best = b;
                }
            }
            return new LeadTimePath(
                    Textbook.solve(first, -best).priceFen(),
                    Textbook.solve(market, best / later).priceFen(),
                    best,
                    cost(market, first, best));
        }

        /**
         * The range of prices that clear the path's year {@code t} ({@link Textbook#clearing}: the gap a
         * tonne a firm either way, for the engine's whole tonnes). Where a year's gap ends within a
         * fraction of a tonne of a curve's top, the least-cost price of the test's arithmetic may sit on
         * the next tonne (a credit) while whole tonnes meet the gap on the curve: seed 4281's later years
         * miss CNY 40.00 by 0.012 t in the test's arithmetic and are priced at the credits' CNY 46.47,
         * while the rounded potentials meet them at CNY 40.00, the engine's reported reference.
         */
        Clearing clearing(Market market, int t) {
            return t == 0
                    ? Textbook.clearing(firstYear(market), -bankedTonnes)
                    : Textbook.clearing(market, bankedInto(market, t));
        }

        /** The tonnes the path banks into its year {@code t} (1 or later) out of the first. */
        private long bankedInto(Market market, int t) {
            int later = market.years() - 1;
            long share = bankedTonnes / later;
            return t == 1 ? bankedTonnes - share * (later - 1) : share;
        }

        /** The market as its first year stands: no step with a lead time abates yet. */
        static Market firstYear(Market market) {
            return market.withFirms(
                    market.firms().stream().map(Firm::inFirstYear).toList());
        }

        private static double cost(Market market, Market first, long banked) {
            int later = market.years() - 1;
            long share = banked / later;
            double cost = Textbook.solve(first, -banked).leastCostFen();
            for (int y = 0; y < later; y++) {
                // the first of the later years takes the remainder of an uneven split
                long in = y == 0 ? banked - share * (later - 1) : share;
                cost += Textbook.solve(market, in).leastCostFen();
            }
            return cost;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "first year %.0f fen, later %.0f fen, %d t banked out of the first, least cost %.0f fen",
                    firstPriceFen,
                    laterPriceFen,
                    bankedTonnes,
                    leastCostFen);
        }
    }

    /**
     * The two-firm market of the hand-worked tests, run at seed 7: A on a linear curve (CNY 100 at 40%),
     * B with one CNY 30 step of 20% that takes a year to build, 200,000 t against a cap of 180,000 t.
     */
    private static RunResult twoFirmMarketRun() {
        Firm a = new Firm("A", 100_000, 0, 10_000, 0.4, new long[0], new double[0]);
        Firm b = new Firm("B", 100_000, 2, 0, 0, new long[] {3_000}, new double[] {0.2}, 1);
        Market market = new Market(7, List.of(a, b), 180_000, 2, false, 5_000, 0, 0, 0);
        return Simulation.run(ScenarioLoader.parse(market.json(), "two-firms.json", null), 7);
    }
}
