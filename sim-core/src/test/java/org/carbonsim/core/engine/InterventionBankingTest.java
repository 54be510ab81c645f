package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;
import org.carbonsim.core.policy.Intervention;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * {@code policy.intervention.bankable}: allowances the reserve sells in an intervention reach the
 * buyer as non-bankable lots when the rule says so (Hubei), are surrendered before the buyer's own,
 * and what is left of them at the deadline is cancelled instead of banked.
 */
class InterventionBankingTest {
    /**
     * Two played firms of 20,000 t business-as-usual emissions; a cap of 40,000 t, half of it the
     * government reserve, so each is allocated 10,000 t. On days 0 to 2 B sells A 1 t at the upper
     * limit: three limit-up days in five trigger a sale of 15,000 t from the reserve, which A buys on
     * day 3. A abates 40% and emits 12,000 t.
     */
    private static RunResult run(boolean bankable) {
        return run(bankable, 15_000, "");
    }

    /** {@link #run(boolean)} with A buying {@code aBuysTonnes} on day 3 and the agents' {@code traders}. */
    private static RunResult run(boolean bankable, long aBuysTonnes, String traders) {
        String json =
                """
                {"schemaVersion": 1, "name": "intervention-banking", "description": "engine test", "seed": 5,
                 "calendar": {"startYear": 2024, "years": 1, "tradingDaysPerYear": 40},
                 "market": {"initialPrice": 40.00, "limitPct": 10},
                 "sectors": [{"id": "industry", "name": "Industry", "productUnit": "t",
                              "allocation": {"type": "historicalEmissions", "baseYears": [2023]}}],
                 "enterprises": [
                   {"id": "A", "sector": "industry", "baseOutput": 20000, "emissionIntensity": 1.0,
                    "abatement": {"type": "linear", "maxCost": 40, "maxShare": 0.4},
                    "history": [{"year": 2023, "output": 20000, "emissions": 20000}]},
                   {"id": "B", "sector": "industry", "baseOutput": 20000, "emissionIntensity": 1.0,
                    "abatement": {"type": "none"},
                    "history": [{"year": 2023, "output": 20000, "emissions": 20000}]}],
                 "coverage": {"thresholds": [{"fromYear": 2024, "emissionsTonnes": 13000}]},
                 "allocation": {"cap": {"type": "given", "byYear": {"2024": 40000}},
                                "governmentReserveShare": 0.5, "preAllocationShare": 1.0},
                 "agents": {"defaultStrategy": "COMPLIANCE"%s},
                 "policy": {"intervention": {"limitHits": 3, "windowDays": 5, "quantityTonnes": 15000,
                                             "sells": true, "buys": false, "bankable": %s}},
                 "compliance": {}}
                """
                        .formatted(traders, bankable);
        Scenario scenario = ScenarioLoader.parse(json, "intervention-banking.json", Path.of("."));
        ExternalTraders players = new ExternalTraders() {
            @Override
            public boolean plays(String enterpriseId) {
                return true;
            }

            @Override
            public void beforeRound(TradingFloor floor) {
                if (floor.round() != 0) {
                    return;
                }
                long limit = floor.upperLimitTicks();
                if (floor.day() <= 2) {
                    assertEquals(Result.RESTING, floor.submit("B", Side.SELL, OrderType.LIMIT, limit, 1));
                    assertEquals(Result.FILLED, floor.submit("A", Side.BUY, OrderType.LIMIT, limit, 1));
                } else if (floor.day() == 3) {
                    assertEquals(Result.FILLED, floor.submit("A", Side.BUY, OrderType.LIMIT, limit, aBuysTonnes));
                }
            }

            @Override
            public double abatementShare(String enterpriseId, double agentShare) {
                return enterpriseId.equals("A") ? 0.4 : 0;
            }
        };
        return new Simulation(scenario, 1, true, Progress.NONE, players).run();
    }

    private static EnterpriseResult firm(RunResult result, String id) {
        return result.enterprises().stream()
                .filter(e -> e.enterpriseId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void interventionAllowancesLeftAtTheDeadlineAreCancelledNotBanked() {
        RunResult notBankable = run(false);
        RunResult bankable = run(true);
        for (RunResult result : List.of(notBankable, bankable)) {
            assertEquals(
                    1, result.interventions().size(), result.interventions().toString());
            InterventionRecord sale = result.interventions().get(0);
            assertEquals(Intervention.Direction.SELL, sale.direction());
            assertEquals(2, sale.day(), "triggered by the third limit-up day");
            assertEquals(15_000, sale.orderTonnes());
            EnterpriseResult a = firm(result, "A");
            assertEquals(10_000, a.allocation());
            assertEquals(15_003, a.bought(), "1 t from B on each of days 0-2, then the reserve's sale");
            assertEquals(12_000, a.emissions());
            assertEquals(12_000, a.surrendered());
        }
        // A holds 10,003 t it may bank (its allocation and B's 3 t) and 15,000 t from the reserve. It
        // surrenders 12,000 t of the reserve's first; the other 3,000 t are cancelled.
        assertEquals(10_003, firm(notBankable, "A").banked());
        assertEquals(13_003, firm(bankable, "A").banked());
        assertEquals(
                3_000,
                notBankable.ledger().get(0).cancelledTonnes()
                        - bankable.ledger().get(0).cancelledTonnes(),
                "the reserve's allowances A did not surrender");
    }

    @Test
    void aTraderStillHoldingInterventionAllowancesAtTheDeadlineLosesThem() {
        // A trend speculator (lookback 1) bids once a day from day 2, 0.5% above the last price; on day 3,
        // after A has bought 14,000 t of the reserve's 15,000 t, it buys 1,000 t of the rest, and as the
        // closes stop rising it holds them to the end of the year.
        String speculator = ", \"traders\": [{\"type\": \"speculators\", \"count\": 1, \"style\": \"TREND\","
                + " \"lookbackDays\": 1, \"cash\": 1000000, \"positionLimitTonnes\": 1000, \"orderTonnes\": 1000}]";
        RunResult notBankable = run(false, 14_000, speculator);
        RunResult bankable = run(true, 14_000, speculator);
        for (RunResult result : List.of(notBankable, bankable)) {
            assertEquals(15_000, result.interventions().get(0).orderTonnes());
            assertEquals(14_003, firm(result, "A").bought());
            // the close of day 2 (CNY 53.24) is the sale's price
            assertEquals(
                    List.of(
                            new TradeRecord(2024, 3, "A", "government", 5_324, 14_000),
                            new TradeRecord(2024, 3, "trader-1", "government", 5_324, 1_000)),
                    result.trades().subList(3, result.trades().size()));
        }
        // A: 2,000 of the reserve's 14,000 t left after surrendering 12,000 t; the speculator: 1,000 t
        assertEquals(10_003, firm(notBankable, "A").banked());
        assertEquals(12_003, firm(bankable, "A").banked());
        assertEquals(
                3_000,
                notBankable.ledger().get(0).cancelledTonnes()
                        - bankable.ledger().get(0).cancelledTonnes());
    }
}
