package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.ComplianceTrader;
import org.carbonsim.core.agents.ComplianceTraderParams;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.agents.TraderGroup;
import org.carbonsim.core.agents.ZeroIntelligenceFirm;
import org.carbonsim.core.market.Side;
import org.carbonsim.core.scenario.ClosingRule;
import org.carbonsim.core.scenario.MarketRules;
import org.carbonsim.core.scenario.NoTradeClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compliance desks and zero-intelligence firms never rest two orders at once: each cancels its order
 * before it places the next. They read whether their order still rests from the book's answer to it and
 * from the day it was placed on, without asking the book at every turn; a reading that took a resting
 * order for gone would leave it on the book beside the next. Checked before every round and after the
 * day's last, over seeded sessions with opening and closing call auctions, a band, every-round and
 * once-a-day clocks, and other traders filling the orders.
 */
class OneOrderPerTraderTest {
    private static final int DAYS = 40;
    private static final int ROUNDS = 4;
    private static final long PRICE_FEN = 3_000;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void deskAndFirmRestOneOrderAtMost(long seed) {
        MarketRules rules = new MarketRules(
                1, 1000, PRICE_FEN, ClosingRule.VWAP_LAST_TRADES, 5, true, true, 5, NoTradeClose.PREVIOUS_CLOSE);
        MarketSession session = new MarketSession(rules, DAYS, ROUNDS, new SplittableRandom(seed));
        Set<Integer> checked = new HashSet<>();
        ComplianceTraderParams params = new ComplianceTraderParams(0.05, 0.6, 1, 0.02);
        for (int i = 0; i < 4; i++) {
            boolean buyer = i % 2 == 0;
            Position desk = session.addAgent(new ComplianceTrader(params), buyer ? 1_000 : 6_000, 50_000_000);
            desk.updateExpectedNeed(buyer ? 4_000 : 2_000);
            desk.updateMarginalCost(
                    buyer
                            ? MarginalCost.linear(1.5 + i, 2_000)
                            : MarginalCost.constant(PRICE_FEN * (80 + 5 * i) / 100));
            checked.add(desk.ownerId());
            double reviewsPerDay = i < 2 ? MarketRules.MAX_ROUNDS_PER_DAY : 1;
            Position firm = session.addAgent(
                    new ZeroIntelligenceFirm(1_000, 6_000, reviewsPerDay), buyer ? 500 : 8_000, 50_000_000);
            firm.updateExpectedNeed(buyer ? 5_000 : 3_000);
            firm.updateMarginalCost(MarginalCost.constant(PRICE_FEN * (buyer ? 110 + 5 * i : 85 + 5 * i) / 100));
            checked.add(firm.ownerId());
        }
        session.addTraderGroup(new TraderGroup.ZeroIntelligence(10, 5, 2_400, 3_600));
        session.addTraderGroup(new TraderGroup.NoiseTraders(10, 0.5, 30, 200_000, 60, 0.03));
        int[] day = {0};
        session.onRoundStart(round -> assertOneOrderEach(session, checked, seed, day[0], round));
        for (; day[0] < DAYS; day[0]++) {
            session.beginDay();
            session.trade();
            assertOneOrderEach(session, checked, seed, day[0], ROUNDS);
            session.endDay();
        }
    }

    private static void assertOneOrderEach(MarketSession session, Set<Integer> checked, long seed, int day, int round) {
        Set<Integer> resting = new HashSet<>();
        for (Side side : Side.values()) {
            session.forEachRestingOrder(side, (orderId, ownerId, orderSide, priceTicks, quantityTonnes) -> {
                if (checked.contains(ownerId)) {
                    assertTrue(
                            resting.add(ownerId),
                            "seed=" + seed + " day=" + day + " round=" + round + ": trader " + ownerId
                                    + " rests a second order, " + orderId);
                }
            });
        }
    }
}
