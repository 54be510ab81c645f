package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The session's positions and the registry accounts they mirror: the trader groups join with their
 * starting stock deposited outside the cap, and a resync after a movement in the registry brings
 * every position back to its account.
 */
class SessionPositionsTest {
    /** Three noise traders with CNY 50,000 and 500 t each, and two speculators with CNY 1,000,000 and none. */
    private static final Scenario SCENARIO = ScenarioLoader.parse(
            "{\"schemaVersion\": 1, \"name\": \"traders\", \"description\": \"engine test\", \"seed\": 1,"
                    + " \"calendar\": {\"startYear\": 2024, \"years\": 1, \"tradingDaysPerYear\": 20},"
                    + " \"market\": {\"initialPrice\": 40.00},"
                    + " \"sectors\": [{\"id\": \"industry\", \"name\": \"Industry\", \"productUnit\": \"t\","
                    + " \"allocation\": {\"type\": \"historicalEmissions\", \"baseYears\": [2023]}}],"
                    + " \"enterprises\": [{\"id\": \"A\", \"name\": \"A\", \"sector\": \"industry\","
                    + " \"baseOutput\": 100000, \"emissionIntensity\": 1.0, \"abatement\": {\"type\": \"none\"},"
                    + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": 100000}]}],"
                    + " \"coverage\": {\"thresholds\": [{\"fromYear\": 2024, \"emissionsTonnes\": 13000}]},"
                    + " \"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {\"2024\": 100000}}},"
                    + " \"agents\": {\"defaultStrategy\": \"COMPLIANCE\", \"traders\": ["
                    + " {\"type\": \"noiseTraders\", \"count\": 3, \"dailyProbability\": 0.5, \"maxOrderTonnes\": 100,"
                    + " \"cash\": 50000, \"holdingsTonnes\": 500},"
                    + " {\"type\": \"speculators\", \"count\": 2, \"style\": \"TREND\", \"cash\": 1000000,"
                    + " \"positionLimitTonnes\": 10000, \"orderTonnes\": 1000}]},"
                    + " \"policy\": {}, \"compliance\": {}}",
            "traders.json",
            Path.of("."));

    private final Registry registry = new Registry(2024, 0);
    private final MarketSession session =
            new MarketSession(SCENARIO.market(), 20, SCENARIO.market().roundsPerDay(), new SplittableRandom(1));
    private final SessionPositions positions =
            new SessionPositions(SCENARIO, session, registry, new SessionOwners(), null, ExternalTraders.NONE);
    private final List<String> opened = new ArrayList<>();
    private long startTonnes;

    @BeforeEach
    void addTheTraderGroups() {
        startTonnes = positions.addTraderGroups(name -> {
            opened.add(name);
            return registry.openAccount(AccountKind.TRADER, name);
        });
    }

    @Test
    void eachTraderJoinsWithItsOwnAccountHoldingItsStartingStock() {
        assertEquals(List.of("trader-1", "trader-2", "trader-3", "trader-4", "trader-5"), opened);
        assertEquals(3 * 500, startTonnes, "the noise traders' 500 t each; the speculators hold none");
        assertEquals(3 * 500, registry.issuedTonnes(), "deposited as issuance outside the cap");
        assertEquals(5, positions.traderOwners().size());
        for (int i = 0; i < 5; i++) {
            int owner = positions.traderOwners().get(i);
            int account = positions.accountOf(owner);
            long tonnes = i < 3 ? 500 : 0;
            long cashFen = i < 3 ? 5_000_000 : 100_000_000;
            assertEquals(tonnes, registry.holdingTonnes(account), "trader " + (i + 1));
            assertEquals(cashFen, registry.cashFen(account), "trader " + (i + 1));
            assertEquals(tonnes, session.position(owner).allowancesTonnes(), "trader " + (i + 1));
            assertEquals(cashFen, session.position(owner).cashFen(), "trader " + (i + 1));
        }
    }

    @Test
    void aResyncBringsEveryPositionBackToItsAccount() {
        int sellerOwner = positions.traderOwners().get(0);
        int buyerOwner = positions.traderOwners().get(3);
        int seller = positions.accountOf(sellerOwner);
        int buyer = positions.accountOf(buyerOwner);
        // 200 t at CNY 40 outside the session, fees of CNY 4 and 6: the positions do not see it yet
        assertTrue(registry.settleTrade(buyer, seller, 200, 4_000, 400, 600));
        assertEquals(500, session.position(sellerOwner).allowancesTonnes());

        positions.resync();

        Position sold = session.position(sellerOwner);
        Position bought = session.position(buyerOwner);
        assertEquals(300, sold.allowancesTonnes());
        assertEquals(5_000_000 + 800_000 - 600, sold.cashFen());
        assertEquals(200, bought.allowancesTonnes());
        assertEquals(100_000_000 - 800_000 - 400, bought.cashFen());
        for (int owner : positions.traderOwners()) {
            int account = positions.accountOf(owner);
            assertEquals(
                    registry.holdingTonnes(account), session.position(owner).allowancesTonnes());
            assertEquals(registry.cashFen(account), session.position(owner).cashFen());
        }
    }
}
