package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.carbonsim.core.agents.ComplianceTrader;
import org.carbonsim.core.agents.ComplianceTraderParams;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.agents.Position;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compliance traders who procrastinate leave most of the year's trading to the final weeks, as in the
 * Chinese pilots; without procrastination the volume spreads over the year.
 */
class DeadlineRushTest {
    private static final int DAYS = 242;
    private static final int FIRMS_PER_SIDE = 10;
    private static final long GAP_TONNES = 10_000;
    private static final long PRICE_FEN = 5_000;

    /** Share of the year's volume traded in its last tenth of days (the last 24 of 242). */
    static double lastTenthShare(long seed, double procrastination) {
        ComplianceTraderParams params = new ComplianceTraderParams(1.0 / DAYS, procrastination, 1, 0.02);
        MarketSession session =
                new MarketSession(Sessions.rules(1000, PRICE_FEN, 0), DAYS, 4, new SplittableRandom(seed));
        for (int i = 0; i < FIRMS_PER_SIDE; i++) {
            // Short firms value a tonne at 1.1 to 1.5 times the opening price; long firms at 0.5 to 0.9 times.
            Position buyer = session.addAgent(new ComplianceTrader(params), 0, Long.MAX_VALUE / 4);
            buyer.updateExpectedNeed(GAP_TONNES);
            buyer.updateMarginalCost(MarginalCost.constant(PRICE_FEN * (110 + 4 * i) / 100));
            Position seller = session.addAgent(new ComplianceTrader(params), 2 * GAP_TONNES, 0);
            seller.updateExpectedNeed(GAP_TONNES);
            seller.updateMarginalCost(MarginalCost.constant(PRICE_FEN * (50 + 4 * i) / 100));
        }
        long total = 0;
        long late = 0;
        int lateFrom = DAYS - DAYS / 10;
        for (int day = 0; day < DAYS; day++) {
            DailyBar bar = session.runDay();
            total += bar.volumeTonnes();
            if (day >= lateFrom) {
                late += bar.volumeTonnes();
            }
        }
        assertTrue(
                total > FIRMS_PER_SIDE * GAP_TONNES / 2, "seed=" + seed + " only " + total + " t traded in the year");
        return (double) late / total;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void procrastinatingFirmsTradeMostOfTheYearsVolumeInTheLastTenthOfDays(long seed) {
        double share = lastTenthShare(seed, 0.9);
        assertTrue(share > 0.40, "seed=" + seed + " last-tenth share " + share + " is not above 0.40");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void punctualFirmsTradeNearTheCalendarShareInTheLastTenthOfDays(long seed) {
        double share = lastTenthShare(seed, 0);
        assertTrue(share < 0.20, "seed=" + seed + " last-tenth share " + share + " is not below 0.20");
    }
}
