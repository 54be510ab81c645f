package org.carbonsim.core.finance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With a cash-and-carry arbitrageur quoting spot × (1 + r·t), the forward-spot basis |F − S| stays
 * within the cost of carry S·r·t plus one limit band (the limit times the spot) on at least 95% of
 * contract-days, on a random-walk spot moving up to 3% a day; without it, speculators alone let the
 * forward drift from the spot, so the check can fail.
 */
class ForwardBasisTest {
    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void arbitrageurKeepsTheBasisWithinCarryPlusOneBand(long seed) {
        ForwardRules rules = ForwardMarketHarness.rules(
                400, Optional.of(new ForwardRules.Arbitrageur(5_000_000_00L, 200_000, 30, 50)), 10);
        double share = shareWithinBand(seed, rules);
        assertTrue(share >= 0.95, "seed=" + seed + ": basis within carry + one band on " + share + " of days");
    }

    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = {1, 2, 3})
    void withoutTheArbitrageurTheForwardDrifts(long seed) {
        ForwardRules rules = ForwardMarketHarness.rules(400, Optional.empty(), 10);
        double share = shareWithinBand(seed, rules);
        assertTrue(share < 0.95, "seed=" + seed + ": without an arbitrageur the basis stayed in band on " + share);
    }

    private static double shareWithinBand(long seed, ForwardRules rules) {
        ForwardMarketHarness h = new ForwardMarketHarness(seed, rules, 50_000_00L);
        h.openYear(ForwardMarketHarness.START_YEAR);
        for (int day = 0; day < ForwardMarketHarness.TRADING_DAYS; day++) {
            h.day(day, 300);
        }
        int days = 0;
        int within = 0;
        for (ForwardDay d : h.exchange.takeDays()) {
            double spot = d.spotFen();
            double t = (double) (d.deliveryDay() - d.day()) / ForwardMarketHarness.TRADING_DAYS;
            double carry = spot * rules.carryRateBasisPoints() / 10_000.0 * t;
            double band = spot * rules.limitBasisPoints() / 10_000.0;
            days++;
            if (Math.abs(d.settlementFen() - spot) <= carry + band) {
                within++;
            }
        }
        return (double) within / days;
    }
}
