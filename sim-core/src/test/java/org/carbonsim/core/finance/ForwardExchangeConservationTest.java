package org.carbonsim.core.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.carbonsim.core.registry.CashReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Over seeded random runs of two years, every day: the registry's conservation holds (allowances,
 * cash, pledge locks), the clearing house holds exactly the members' margin, positions net to zero,
 * no allowance is created or lost by margin flows, defaults or delivery, and the only cash that leaves
 * is the default penalties.
 */
class ForwardExchangeConservationTest {
    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = {1, 2, 3, 17, 42, 99, 2024, 31337})
    void cashAndAllowancesAreConservedAcrossMarginDefaultsAndDelivery(long seed) {
        ForwardRules rules = ForwardMarketHarness.rules(
                1_000, Optional.of(new ForwardRules.Arbitrageur(500_000_00L, 50_000, 50, 20)), 12);
        // speculators with little cash meet margin calls only for a while: defaults happen
        ForwardMarketHarness h = new ForwardMarketHarness(seed, rules, 2_000_00L);
        long[] totals = new long[3];
        for (int year = 0; year < 2; year++) {
            h.openYear(ForwardMarketHarness.START_YEAR + year);
            for (int day = 0; day < ForwardMarketHarness.TRADING_DAYS; day++) {
                h.day(day, 900);
                List<String> problems = h.registry.checkConservation();
                assertTrue(problems.isEmpty(), "seed=" + seed + " year=" + year + " day=" + day + ": " + problems);
                assertEquals(
                        h.registry.cashFen(h.clearing),
                        h.exchange.totalMarginFen(),
                        "seed=" + seed + " year=" + year + " day=" + day + ": clearing cash = margin balances");
                long net = 0;
                for (int account : h.members) {
                    net += h.exchange.netPositionTonnes(account);
                }
                assertEquals(0, net, "seed=" + seed + " day=" + day + ": positions net to zero");
                assertEquals(
                        h.issuedTonnes,
                        h.registry.totalHoldingTonnes(),
                        "seed=" + seed + " day=" + day + ": no allowance created or lost");
            }
            ForwardYear y = h.exchange.takeYear();
            totals[0] += y.deliveredTonnes();
            totals[1] += y.marginDefaults() + y.deliveryDefaults();
            totals[2] += y.penaltiesFen();
            assertTrue(y.volumeTonnes() > 0, "seed=" + seed + " year=" + year + ": forwards traded");
        }
        assertEquals(0, h.registry.holdingTonnes(h.clearing), "seed=" + seed + ": clearing keeps no allowance");
        assertTrue(totals[0] > 0, "seed=" + seed + ": forwards held to delivery were delivered");
        assertEquals(
                -totals[2],
                h.registry.externalFen(CashReason.DEFAULT_PENALTY),
                "seed=" + seed + ": only default penalties leave the system");
        assertEquals(0, h.registry.externalFen(CashReason.MARGIN), "seed=" + seed + ": margin creates no cash");
        assertEquals(
                0, h.registry.externalFen(CashReason.FORWARD_DELIVERY), "seed=" + seed + ": delivery creates no cash");
    }

    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = {1, 2, 3, 17, 42})
    void thinlyFundedSpeculatorsDefaultAndStillNothingIsLost(long seed) {
        ForwardRules rules = ForwardMarketHarness.rules(
                1_000, Optional.of(new ForwardRules.Arbitrageur(500_000_00L, 50_000, 50, 20)), 12);
        ForwardMarketHarness h = new ForwardMarketHarness(seed, rules, 600_00L);
        h.openYear(ForwardMarketHarness.START_YEAR);
        for (int day = 0; day < ForwardMarketHarness.TRADING_DAYS; day++) {
            h.day(day, 900);
        }
        ForwardYear y = h.exchange.takeYear();
        assertTrue(y.marginCalls() > 0, "seed=" + seed + ": margin was called");
        assertTrue(y.marginDefaults() + y.deliveryDefaults() > 0, "seed=" + seed + ": someone defaulted, " + y);
        assertTrue(h.registry.checkConservation().isEmpty(), "seed=" + seed + ": " + h.registry.checkConservation());
        assertEquals(h.registry.cashFen(h.clearing), h.exchange.totalMarginFen(), "seed=" + seed);
    }
}
