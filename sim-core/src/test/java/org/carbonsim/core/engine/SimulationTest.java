package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.policy.Intervention;
import org.carbonsim.core.policy.InterventionMonitor;
import org.carbonsim.core.policy.InterventionRule;
import org.carbonsim.core.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimulationTest {
    @Test
    void twoFirmsRunEndToEndWithConsistentSummary() {
        Scenario scenario = TestScenarios.twoFirms(2, 0, "", "", "");
        RunResult result = Simulation.run(scenario, 11);

        assertEquals("two-firms", result.scenario());
        assertEquals(2, result.years().size());
        assertEquals(80, result.days().size());
        assertEquals(4, result.enterprises().size());
        for (YearResult year : result.years()) {
            assertEquals(160_000, year.cap());
            assertEquals(2, year.coveredEnterprises());
            assertTrue(year.allocated() <= year.cap(), year.toString());
            assertEquals(144_000, year.allocated(), "cap less the 10% government reserve");
            assertEquals(200_000, year.emissions() + year.abatement(), "emissions = BAU - abatement");
            assertEquals(year.emissions(), year.coveredEmissions());
            assertTrue(year.complianceRate() >= 0 && year.complianceRate() <= 1, year.toString());
            assertTrue(year.equilibriumPrice() > 0, "cap below BAU needs a positive price: " + year);
            assertTrue(year.volume() > 0, "B is short and A long, so they trade: " + year);
        }
        for (EnterpriseResult row : result.enterprises()) {
            assertTrue(row.covered());
            assertEquals(
                    row.emissions(),
                    row.surrendered() + row.offsets() + row.shortfall(),
                    "obligation = surrendered + offsets + shortfall: " + row);
            assertEquals(100_000, row.emissions() + row.abatement(), row.toString());
        }
        EnterpriseResult b = result.enterprises().get(1);
        assertEquals("B", b.enterpriseId());
        assertEquals(0, b.abatement(), "B cannot abate");
        assertTrue(b.bought() > 0, "B buys: " + b);
    }

    @Test
    void progressCountsEveryTradingDayOfAllYearsAndLeavesTheResultUnchanged() {
        Scenario scenario = TestScenarios.twoFirms(2, 0, "", "", "");
        List<Long> done = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        RunResult reported = new Simulation(scenario, 11, false, (d, total) -> {
                    done.add(d);
                    totals.add(total);
                })
                .run();

        List<Long> expected = new ArrayList<>();
        for (long d = 1; d <= 80; d++) {
            expected.add(d);
        }
        assertEquals(expected, done, "one call per trading day, in order");
        assertEquals(List.of(80L), totals.stream().distinct().toList());
        assertEquals(Simulation.run(scenario, 11), reported);
    }

    @Test
    void sameSeedGivesEqualResultsAndAnotherSeedDiffers() {
        Scenario scenario = TestScenarios.twoFirmsWithNoise(2);
        RunResult first = new Simulation(scenario, 42, true).run();
        RunResult second = new Simulation(scenario, 42, true).run();
        RunResult other = new Simulation(scenario, 43, true).run();

        assertEquals(first, second);
        assertFalse(first.trades().isEmpty());
        assertNotEquals(first.days(), other.days());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void conservationHoldsEveryYearOfWholeRuns(long seed) {
        RunResult result = new Simulation(TestScenarios.twoFirmsWithNoise(3), seed, true).run();

        assertEquals(3, result.years().size(), "seed=" + seed);
        long tradedTonnes = 0;
        for (TradeRecord trade : result.trades()) {
            tradedTonnes += trade.quantityTonnes();
        }
        assertEquals(result.totals().volume(), tradedTonnes, "seed=" + seed);
        assertEquals(3, result.ledger().size(), "seed=" + seed);
        for (LedgerYear ledger : result.ledger()) {
            assertEquals(
                    ledger.issuedTonnes() - ledger.surrenderedTonnes() - ledger.cancelledTonnes(),
                    ledger.heldTonnes(),
                    "seed=" + seed + " " + ledger);
            assertEquals(ledger.netExternalCashFen(), ledger.heldCashFen(), "seed=" + seed + " " + ledger);
            assertTrue(ledger.surrenderedTonnes() > 0, "seed=" + seed + " " + ledger);
        }
        long surrendered = 0;
        for (EnterpriseResult row : result.enterprises()) {
            surrendered += row.surrendered();
        }
        assertEquals(
                result.ledger().get(2).surrenderedTonnes(),
                surrendered,
                "seed=" + seed + ": every surrendered tonne is in an enterprise row");
        for (EnterpriseResult row : result.enterprises()) {
            assertEquals(
                    row.emissions(), row.surrendered() + row.offsets() + row.shortfall(), "seed=" + seed + " " + row);
        }
    }

    /** A two-firm market pushed to its 1% limits, with the intervention rule's {@code extra} fields. */
    private static RunResult limitHittingMarket(String extra) {
        return Simulation.run(
                TestScenarios.twoFirms(
                        2,
                        0,
                        "\"limitPct\": 1",
                        "\"compliance\": {\"priceAggression\": 1, \"dailyGapShare\": 0.5, \"procrastination\": 0}",
                        "\"intervention\": {\"limitHits\": 3, \"windowDays\": 5, \"quantityTonnes\": 2000,"
                                + " \"sells\": true, \"buys\": true" + extra + "}"),
                3);
    }

    /** The interventions a monitor of 3 hits in 5 days triggers over {@code result}'s days from {@code fromYear}. */
    private static List<String> replayed(RunResult result, int fromYear) {
        InterventionMonitor replay = new InterventionMonitor(new InterventionRule(3, 5, 2_000, true, true, false));
        List<String> expected = new ArrayList<>();
        int index = 0;
        for (DayResult day : result.days()) {
            if (day.year() >= fromYear) {
                for (Intervention i : replay.onDay(index++, day.limitUp(), day.limitDown())) {
                    expected.add(day.year() + "/" + day.day() + " " + i.direction());
                }
            }
        }
        return expected;
    }

    private static List<String> recorded(RunResult result) {
        return result.interventions().stream()
                .map(r -> r.year() + "/" + r.day() + " " + r.direction())
                .toList();
    }

    @Test
    void interventionFiresExactlyWhenTheLimitHitsReachTheTrigger() {
        RunResult result = limitHittingMarket(", \"bankable\": false");
        List<String> expected = replayed(result, 2024);
        assertFalse(expected.isEmpty(), "the price is pushed to its limit: " + result.years());
        assertEquals(expected, recorded(result));
        assertEquals(expected.size(), result.totals().interventions());
        assertTrue(
                result.interventions().stream().anyMatch(r -> r.orderTonnes() > 0),
                "the government placed an order: " + result.interventions());
    }

    @Test
    void anInterventionRuleFromALaterYearCountsLimitHitsOnlyFromThatYear() {
        RunResult result = limitHittingMarket(", \"fromYear\": 2025");
        // the monitor starts afresh on 2025's first day: the limit hits of 2024 count for nothing
        List<String> expected = replayed(result, 2025);
        assertFalse(replayed(result, 2024).equals(expected), "2024 alone would have intervened, seed 3");
        assertFalse(expected.isEmpty(), "2025 hits its limits too, seed 3: " + result.years());
        assertEquals(expected, recorded(result), "seed 3");
    }

    @Test
    void theReserveSellsTheVerifiedAggregateShortfallAtVerification() {
        // Cap 160,000 t with a 10% reserve: 144,000 t allocated, 72,000 t each. BAU is 100,000 t each;
        // A can abate at most 40,000 t (linear curve to CNY 40), B nothing, so however A abates the two
        // are short as a whole by their verified emissions less 144,000 t, at least 16,000 t, and after
        // verification nothing but the reserve (16,000 t) can meet that. The limit-hit rule cannot fire
        // (40 hits in 40 days), so the only intervention is the sale at verification (day 39 - 20 = 19).
        String intervention = "\"intervention\": {\"limitHits\": 40, \"windowDays\": 40, \"quantityTonnes\": 1000,"
                + " \"verifiedShortfallSale\": %s}";
        String agents = "\"compliance\": {\"finalAbatement\": \"AT_PRICE\"}";
        RunResult with = Simulation.run(
                TestScenarios.twoFirms(1, 0, "\"limitPct\": 10", agents, intervention.formatted("true")), 3);
        RunResult without = Simulation.run(
                TestScenarios.twoFirms(1, 0, "\"limitPct\": 10", agents, intervention.formatted("false")), 3);

        long emissions = 0;
        long allocation = 0;
        for (EnterpriseResult row : with.enterprises()) {
            emissions += row.emissions();
            allocation += row.allocation();
        }
        assertEquals(144_000, allocation);
        assertTrue(emissions - allocation >= 16_000, "A abates at most 40,000 t: " + with.enterprises());
        assertEquals(1, with.interventions().size(), with.interventions().toString());
        InterventionRecord sale = with.interventions().get(0);
        assertEquals(19, sale.day(), "the sale is triggered on the verification day");
        assertEquals(Intervention.Direction.SELL, sale.direction());
        assertEquals(emissions - allocation, sale.requestedTonnes(), "the verified aggregate shortfall");
        assertEquals(Math.min(16_000, emissions - allocation), sale.orderTonnes(), "capped by the reserve");
        assertEquals(1, with.totals().interventions());

        assertTrue(without.interventions().isEmpty(), without.interventions().toString());
        long shortWith = with.enterprises().stream()
                .mapToLong(EnterpriseResult::shortfall)
                .sum();
        long shortWithout = without.enterprises().stream()
                .mapToLong(EnterpriseResult::shortfall)
                .sum();
        assertEquals(emissions - allocation - sale.orderTonnes(), shortWith, "what the reserve could not cover");
        assertTrue(shortWithout > shortWith, "without the sale the market cannot deliver: " + shortWithout);
    }

    @Test
    void anEarlyDeadlineSettlesComplianceThatDayAndTradingGoesOn() {
        Scenario scenario = TestScenarios.twoFirms(2, 0, "", "", "", "\"deadlineDay\": 20", "");
        RunResult result = Simulation.run(scenario, 4);

        for (EnterpriseResult row : result.enterprises()) {
            assertEquals(row.emissions(), row.surrendered() + row.offsets() + row.shortfall(), row.toString());
            assertTrue(row.surrendered() > 0, row.toString());
        }
        long volumeAfterDeadline = 0;
        for (DayResult day : result.days()) {
            if (day.day() > 20) {
                volumeAfterDeadline += day.volumeTonnes();
            }
        }
        assertEquals(0, volumeAfterDeadline, "covered firms hold after the deadline and nobody else trades");
        assertEquals(80, result.days().size());
    }

    @Test
    void anUnusedNewEntrantReserveIsIssuedToItsAccountAndCancelledAtTheYearsEnd() {
        // Cap 160,000 t, 5% new-entrant reserve = 8,000 t, and no new entrants: the reserve is issued
        // and cancelled whole, on top of whatever else the year cancels.
        Scenario without = TestScenarios.twoFirms(1, 0, "", "", "", "", "");
        Scenario with = TestScenarios.twoFirms(1, 0, "", "", "", "", "\"newEntrantReserveShare\": 0.05");
        LedgerYear base = Simulation.run(without, 3).ledger().get(0);
        LedgerYear reserve = Simulation.run(with, 3).ledger().get(0);
        assertEquals(8_000, reserve.cancelledTonnes() - base.cancelledTonnes(), "seed=3 " + base + " / " + reserve);
        assertTrue(reserve.issuedTonnes() >= 8_000, "seed=3 issued " + reserve);
        assertEquals(
                reserve.issuedTonnes() - reserve.surrenderedTonnes() - reserve.cancelledTonnes(),
                reserve.heldTonnes(),
                "seed=3 conservation " + reserve);
    }

    @Test
    void scheduledAuctionsSellAtMostTheAuctionShareAtTheReserveOrAboveToTheShortFirm() {
        Scenario scenario = TestScenarios.twoFirms(
                2,
                0,
                "",
                "",
                "\"auctions\": {\"days\": [0, 10], \"reservePrice\": 30, \"coveredOnly\": true}",
                "",
                "\"auctionShare\": 0.1");
        RunResult result = new Simulation(scenario, 9, true).run();

        for (YearResult year : result.years()) {
            assertTrue(year.auctioned() > 0, year.toString());
            assertTrue(year.auctioned() <= 16_000, "at most 10% of the cap: " + year);
            assertTrue(year.allocated() + year.auctioned() <= year.cap(), year.toString());
        }
        assertEquals(4, result.auctions().size(), "two auction days a year");
        long soldInAuctions = 0;
        for (AuctionRecord auction : result.auctions()) {
            soldInAuctions += auction.soldTonnes();
            if (auction.soldTonnes() > 0) {
                assertTrue(auction.clearingPriceFen() >= 3_000, "reserve 30 yuan: " + auction);
            }
        }
        assertEquals(result.totals().auctioned(), soldInAuctions);
        long boughtByB = 0;
        long exchangeBoughtByB = 0;
        for (EnterpriseResult row : result.enterprises()) {
            if (row.enterpriseId().equals("B")) {
                boughtByB += row.bought();
            }
        }
        for (TradeRecord trade : result.trades()) {
            if (trade.buyer().equals("B")) {
                exchangeBoughtByB += trade.quantityTonnes();
            }
        }
        assertEquals(
                result.totals().auctioned(),
                boughtByB - exchangeBoughtByB,
                "B, the only firm short, buys every auctioned tonne");
    }

    @Test
    void aSimulationRunsOnce() {
        Simulation simulation = new Simulation(TestScenarios.twoFirms(1, 0, "", "", ""), 1, false);
        simulation.run();
        assertThrows(IllegalStateException.class, simulation::run);
    }
}
