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
 * Two firms with linear marginal abatement costs trade to the textbook equilibrium.
 *
 * <p>Firm A is 10,000 t short; abating costs it {@code MAC_A(s) = 1 fen/t × s} where s is its remaining
 * shortfall. Firm B holds exactly its need; each tonne it sells it must abate, at {@code MAC_B(s) = 3
 * fen/t × s}. After q tonnes change hands A abates 10,000 − q and B abates q; trade stops where the
 * costs meet: 10,000 − q = 3 q, so q* = 2,500 t and p* = 7,500 fen (75 yuan) per tonne. The market
 * opens at 60 yuan.
 */
class TwoFirmTextbookTest {
    private static final int DAYS = 242;
    private static final long ANALYTIC_PRICE_FEN = 7_500;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void finalMonthVwapLiesWithinFivePercentOfTheAnalyticPrice(long seed) {
        double error = finalMonthPriceError(seed);
        assertTrue(Math.abs(error) <= 0.05, "seed=" + seed + " final-month VWAP is off p* by " + error);
    }

    /** (final-month VWAP - p*) / p*. */
    static double finalMonthPriceError(long seed) {
        ComplianceTraderParams params = new ComplianceTraderParams(1.0 / DAYS, 0, 1, 0.02);
        MarketSession session = new MarketSession(Sessions.rules(1000, 6_000, 0), DAYS, 4, new SplittableRandom(seed));
        Position a = session.addAgent(new ComplianceTrader(params), 0, Long.MAX_VALUE / 4);
        a.updateExpectedNeed(10_000);
        a.updateMarginalCost(MarginalCost.linear(1, 10_000));
        Position b = session.addAgent(new ComplianceTrader(params), 10_000, 0);
        b.updateExpectedNeed(10_000);
        b.updateMarginalCost(MarginalCost.linear(3, 10_000));
        long notional = 0;
        long volume = 0;
        for (int day = 0; day < DAYS; day++) {
            DailyBar bar = session.runDay();
            if (day >= DAYS - 21) {
                notional += bar.turnoverFen();
                volume += bar.volumeTonnes();
            }
        }
        assertTrue(volume > 0, "seed=" + seed + " nothing traded in the final month");
        return ((double) notional / volume - ANALYTIC_PRICE_FEN) / ANALYTIC_PRICE_FEN;
    }
}
