package org.carbonsim.core.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.carbonsim.core.market.Side;
import org.junit.jupiter.api.Test;

/**
 * A unit-schedule trader offers one tonne for its next unit: budget-constrained it never bids above
 * that unit's value or asks below its cost, moves to the next unit after a trade and stops when its
 * schedule is used up; unconstrained it ignores its values.
 */
class UnitScheduleTraderTest {
    private static FakeMarket wideMarket() {
        FakeMarket market = new FakeMarket();
        market.lowerTicks = 1;
        market.upperTicks = 100_000;
        return market;
    }

    /** The highest (buyer) or lowest (seller) price of 200 orders for the trader's next unit. */
    private static long extreme(UnitScheduleTrader trader, Position position, long seed) {
        FakeMarket market = wideMarket();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 200; i++) {
            trader.act(market, position, market, random);
        }
        assertEquals(200, market.orders.size(), "seed=" + seed + " one order a round");
        long extreme = trader.side() == Side.BUY ? Long.MIN_VALUE : Long.MAX_VALUE;
        for (FakeMarket.Order order : market.orders) {
            assertEquals(1, order.quantityTonnes(), "seed=" + seed + " one tonne at a time");
            extreme = trader.side() == Side.BUY
                    ? Math.max(extreme, order.priceTicks())
                    : Math.min(extreme, order.priceTicks());
        }
        return extreme;
    }

    @Test
    void constrainedBuyerBidsAtMostItsNextUnitsValueAndStopsWhenDone() {
        long seed = 7;
        UnitScheduleTrader buyer = new UnitScheduleTrader(Side.BUY, new long[] {1_000, 600}, 1, 5_000, true);
        Position position = Position.of(0, 0, 1_000_000);
        long first = extreme(buyer, position, seed);
        assertTrue(first <= 1_000 && first > 900, "seed=" + seed + " highest bid for the first unit " + first);
        position.settleBuy(1, 900, 0);
        long second = extreme(buyer, position, seed);
        assertTrue(second <= 600 && second > 500, "seed=" + seed + " highest bid for the second unit " + second);
        position.settleBuy(1, 500, 0);
        FakeMarket market = wideMarket();
        buyer.act(market, position, market, new SplittableRandom(seed));
        assertEquals(0, market.orders.size(), "seed=" + seed + " a buyer whose units are bought bids no more");
        assertEquals(1_600, buyer.realisedFen(position), "seed=" + seed + " values of the units bought");
    }

    @Test
    void constrainedSellerAsksAtLeastItsNextUnitsCost() {
        long seed = 8;
        UnitScheduleTrader seller = new UnitScheduleTrader(Side.SELL, new long[] {500, 800}, 1, 5_000, true);
        Position position = Position.of(0, 2, 0);
        long first = extreme(seller, position, seed);
        assertTrue(first >= 500 && first < 600, "seed=" + seed + " lowest ask for the first unit " + first);
        position.settleSell(1, 700, 0);
        long second = extreme(seller, position, seed);
        assertTrue(second >= 800 && second < 900, "seed=" + seed + " lowest ask for the second unit " + second);
        assertEquals(-500, seller.realisedFen(position), "seed=" + seed + " minus the cost of the unit sold");
    }

    @Test
    void unconstrainedBuyerBidsAboveItsValue() {
        long seed = 9;
        UnitScheduleTrader buyer = new UnitScheduleTrader(Side.BUY, new long[] {1_000}, 1, 5_000, false);
        long highest = extreme(buyer, Position.of(0, 0, 1_000_000), seed);
        assertTrue(highest > 4_000, "seed=" + seed + " ZI-U draws up to maxPrice whatever its value: " + highest);
    }
}
