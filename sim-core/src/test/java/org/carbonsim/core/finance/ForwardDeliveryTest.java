package org.carbonsim.core.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;
import org.junit.jupiter.api.Test;

/**
 * Margin, delivery and default worked by hand on a December contract in a 12-day year (it delivers
 * on day 11), limit 10%, initial margin 10%, maintenance 8%, no grace day, default penalty 5%, no
 * carry: A hedges a purchase and B a sale, so they trade with each other at the spot.
 */
class ForwardDeliveryTest {
    private static final ForwardRules RULES = new ForwardRules(
            List.of(12),
            100,
            1_000,
            1_000,
            800,
            0,
            500,
            0,
            new ForwardRules.Hedging(10_000, 12, 0),
            new ForwardRules.Speculators(0, 0, 0, 0, 1, 0),
            Optional.empty());

    private final Registry registry = new Registry(2024, 10_000);
    private final int clearing = registry.openAccount(AccountKind.CLEARING_HOUSE, "clearing");
    private final int a = registry.openAccount(AccountKind.ENTERPRISE, "A");
    private final int b = registry.openAccount(AccountKind.ENTERPRISE, "B");
    private final ForwardExchange exchange =
            new ForwardExchange(RULES, registry, clearing, 1, 12, new SplittableRandom(1));

    private void open(long bCashFen) {
        registry.receive(a, 1_000_000, CashReason.DEPOSIT);
        registry.receive(b, bCashFen, CashReason.DEPOSIT);
        registry.issue(b, 200, 2024, true, TransferReason.ISSUANCE);
        exchange.openYear(2024);
        // day 0 at 40.00: 100 t trade; each posts 100 × 4,000 × 10% = 40,000 fen
        exchange.hedge(a, 100);
        exchange.hedge(b, -100);
        exchange.trade(0, 4_000);
        assertEquals(40_000, exchange.marginFen(a));
        assertEquals(40_000, exchange.marginFen(b));
        // day 1 at 44.00: another 100 t; A gains 200 × 4,400 − 100 × 4,000 − 100 × 4,400 = 40,000
        exchange.hedge(a, 200);
        exchange.hedge(b, -200);
    }

    @Test
    void aForwardHeldToDeliverySettlesThroughTheRegistry() {
        open(200_000);
        exchange.trade(1, 4_400);
        // A: 80,000 < initial 200 × 4,400 × 10% = 88,000 after opening: called for 8,000; B: 0, called for 88,000
        assertEquals(88_000, exchange.marginFen(a));
        assertEquals(88_000, exchange.marginFen(b));
        assertEquals(176_000, registry.cashFen(clearing));
        for (int day = 2; day <= 11; day++) {
            exchange.trade(day, 4_200);
        }
        // delivery on day 11 at the settlement 44.00 (no trade since day 1): 200 t for 880,000 fen, margin back
        assertEquals(200, registry.holdingTonnes(a));
        assertEquals(0, registry.holdingTonnes(b));
        assertEquals(1_000_000 - 840_000, registry.cashFen(a), "A paid 100 × 40 + 100 × 44 CNY in all");
        assertEquals(200_000 + 840_000, registry.cashFen(b));
        assertEquals(0, registry.cashFen(clearing));
        ForwardYear year = exchange.takeYear();
        assertEquals(200, year.deliveredTonnes());
        assertEquals(200, year.volumeTonnes());
        assertEquals(4, year.marginCalls());
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void aMemberThatCannotMeetItsCallIsClosedOutAndPenalised() {
        open(50_000);
        exchange.trade(1, 4_400);
        // B's balance 0 is called for 88,000 and pays its last 10,000: unmet, no grace day, default.
        // Its −200 t close against A at 44.00; its 10,000 come back; penalty 5% × 200 × 4,400 = 44,000.
        assertEquals(0, exchange.netPositionTonnes(a));
        assertEquals(0, exchange.netPositionTonnes(b));
        assertEquals(10_000 - 44_000, registry.cashFen(b), "money owed after the penalty");
        assertEquals(1_040_000, registry.cashFen(a), "A keeps its 40,000 gain and gets its margin back");
        ForwardYear year = exchange.takeYear();
        assertEquals(1, year.marginDefaults());
        assertEquals(1, year.unmetMarginCalls());
        assertEquals(44_000, year.penaltiesFen());
        assertEquals(0, registry.cashFen(clearing));
        assertEquals(List.of(), registry.checkConservation());
    }
}
