package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.equilibrium.EquilibriumResult;
import org.carbonsim.core.equilibrium.IntertemporalResult;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;
import org.carbonsim.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Enterprises played from outside the engine (the classroom's hook): watching without playing leaves a
 * run as it was, and a played enterprise trades exactly what its player orders on the one book and
 * abates the share its player set.
 */
class ExternalTradersTest {
    @Test
    void watchingWithoutPlayingLeavesTheRunAsItWas() {
        Scenario scenario = TestScenarios.twoFirmsWithNoise(2);
        List<TradeRecord> seen = new ArrayList<>();
        int[] rounds = new int[1];
        ExternalTraders watcher = new ExternalTraders() {
            @Override
            public void beforeRound(TradingFloor floor) {
                rounds[0]++;
            }

            @Override
            public void traded(TradeRecord trade) {
                seen.add(trade);
            }
        };
        RunResult plain = new Simulation(scenario, 11, true).run();
        RunResult watched = new Simulation(scenario, 11, true, Progress.NONE, watcher).run();
        assertEquals(plain, watched, "seed 11");
        assertEquals(plain.trades(), seen, "every trade is told");
        assertEquals(2 * 40 * scenario.market().roundsPerDay(), rounds[0], "a pause before every round");
    }

    /**
     * The classroom compares each player with the least-cost path once the last year is settled: the
     * path it is told of, once and after every year, is the one the run's years carry as their
     * headline reference, and being told leaves the run as it was.
     */
    @Test
    void thePathIsToldOnceAfterTheLastYearAsTheYearsCarryIt() {
        Scenario scenario = TestScenarios.twoFirmsWithNoise(2);
        List<String> calls = new ArrayList<>();
        List<IntertemporalResult> paths = new ArrayList<>();
        YearWatcher watcher = new YearWatcher() {
            @Override
            public void settled(YearResult year, Map<String, Long> offsetCostFen) {
                calls.add("year " + year.year());
            }

            @Override
            public void pathSolved(IntertemporalResult path) {
                calls.add("path");
                paths.add(path);
            }
        };
        RunResult plain = new Simulation(scenario, 11, true).run();
        RunResult watched = new Simulation(scenario, 11, true, Progress.NONE, watcher).run();
        assertEquals(plain, watched, "seed 11");
        assertEquals(List.of("year 2024", "year 2025", "path"), calls);
        IntertemporalResult path = paths.get(0);
        assertEquals(watched.years().size(), path.years().size(), "one year of the path for each year");
        for (int t = 0; t < path.years().size(); t++) {
            YearResult year = watched.years().get(t);
            assertEquals(year.equilibriumPrice(), path.years().get(t).priceFen(), "price of " + year.year());
            assertEquals(
                    year.leastCostAbatementCost(), path.years().get(t).leastCostFen(), "least cost of " + year.year());
        }
    }

    /**
     * The classroom counts a played firm's offset credits in its cost: each settled year tells what the
     * desk's credits cost each enterprise. B and I are short 20,000 t each and may cover 10% of their
     * emissions (10,000 t) with credits at CNY 5; S is long and surrenders none. Each enterprise's
     * credits at CNY 5 are what it is told, and the year's credit cost is theirs summed.
     */
    @Test
    void eachSettledYearTellsWhatEachEnterprisesCreditsCost() {
        Scenario scenario = TestScenarios.sellerAndTwoShortFirms(
                1,
                "\"offsets\": [{\"id\": \"ccer\", \"kind\": \"CCER\", \"supplyTonnesPerYear\": 1000000,"
                        + " \"price\": 5, \"minVintageYear\": 2013, \"capShare\": 0.1, \"capBase\": \"EMISSIONS\"}]");
        List<Map<String, Long>> told = new ArrayList<>();
        YearWatcher watcher = (year, offsetCostFen) -> told.add(offsetCostFen);
        RunResult run = new Simulation(scenario, 5, false, Progress.NONE, watcher).run();
        assertEquals(1, told.size(), "one year settled");
        long creditTonnes = 0;
        for (EnterpriseResult e : run.enterprises()) {
            creditTonnes += e.offsets();
            assertEquals(
                    e.offsets() * 500,
                    told.get(0).getOrDefault(e.enterpriseId(), 0L),
                    e.enterpriseId() + "'s credits at CNY 5, seed 5: " + e);
        }
        assertTrue(creditTonnes > 0, "the desk surrenders credits, seed 5: " + run.enterprises());
        assertEquals(
                creditTonnes * 500,
                told.get(0).values().stream().mapToLong(Long::longValue).sum(),
                "the year's credits at CNY 5");
    }

    @Test
    void aPlayedFirmTradesWhatItsPlayerOrdersAndAbatesTheShareSet() {
        Scenario scenario = TestScenarios.twoFirms(1, 0, "", "", "");
        List<Result> results = new ArrayList<>();
        ExternalTraders people = new ExternalTraders() {
            @Override
            public boolean plays(String enterpriseId) {
                return true;
            }

            @Override
            public void beforeRound(TradingFloor floor) {
                if (floor.day() == 0 && floor.round() == 0) {
                    long fortyYuan = 4_000 / floor.tickFen();
                    results.add(floor.submit("A", Side.SELL, OrderType.LIMIT, fortyYuan, 1_000));
                    results.add(floor.submit("B", Side.BUY, OrderType.LIMIT, fortyYuan, 1_000));
                }
            }

            @Override
            public double abatementShare(String enterpriseId, double agentShare) {
                return enterpriseId.equals("A") ? 0.1 : agentShare;
            }
        };
        RunResult result = new Simulation(scenario, 5, true, Progress.NONE, people).run();
        assertEquals(List.of(Result.RESTING, Result.FILLED), results);
        // the agents of both firms place nothing: the one trade is the players'
        assertEquals(List.of(new TradeRecord(2024, 0, "B", "A", 4_000, 1_000)), result.trades());
        EnterpriseResult a = result.enterprises().stream()
                .filter(e -> e.enterpriseId().equals("A"))
                .findFirst()
                .orElseThrow();
        assertEquals(1_000, a.sold());
        assertEquals(0, a.bought());
        // A abates 10% of its business-as-usual emissions (100,000 t without shocks)
        assertEquals(10_000, a.abatement());
    }

    /**
     * Both firms played, half the cap auctioned on day 0 to covered firms only, and the players place
     * no order: the desks bid for the played firms, so the auction sells its whole lot to them (it sold
     * nothing when played firms did not bid, and the unsold half was cancelled).
     */
    @Test
    void aPlayedFirmsDeskBidsForItInAPrimaryAuction() {
        Scenario scenario = TestScenarios.twoFirms(
                1,
                0,
                "",
                "",
                "\"auctions\": {\"days\": [0], \"reservePrice\": 1, \"coveredOnly\": true}",
                "",
                "\"auctionShare\": 0.5");
        ExternalTraders people = new ExternalTraders() {
            @Override
            public boolean plays(String enterpriseId) {
                return true;
            }
        };
        RunResult result = new Simulation(scenario, 5, true, Progress.NONE, people).run();
        assertEquals(1, result.auctions().size(), "one auction: " + result.auctions());
        AuctionRecord auction = result.auctions().get(0);
        assertEquals(auction.offeredTonnes(), auction.soldTonnes(), "sold whole: " + auction);
        for (EnterpriseResult firm : result.enterprises()) {
            assertTrue(firm.bought() > 0, firm.enterpriseId() + " bought at auction: " + firm);
        }
        assertEquals(List.of(), result.trades(), "the players placed nothing on the exchange");
    }

    /** Watches the settled years: each year's result and what each enterprise's credits cost it. */
    @FunctionalInterface
    private interface YearWatcher extends ExternalTraders {
        void settled(YearResult year, Map<String, Long> offsetCostFen);

        @Override
        default void yearSettled(
                YearResult year,
                List<EnterpriseResult> enterprises,
                EquilibriumResult reference,
                Map<String, Long> abatementCostFen,
                Map<String, Long> offsetCostFen) {
            settled(year, offsetCostFen);
        }
    }
}
