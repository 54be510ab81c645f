package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.carbonsim.core.agents.MarketView;
import org.carbonsim.core.agents.OrderGateway;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.agents.TradingStrategy;
import org.carbonsim.core.agents.ZeroIntelligenceTrader;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;
import org.junit.jupiter.api.Test;

/**
 * Gode and Sunder (1993): budget-constrained zero-intelligence traders in a double auction extract
 * almost all the surplus the supply and demand schedules allow; unconstrained random traders do not.
 * Allocative efficiency is realised surplus (buyer's value minus seller's cost over every trade) over
 * the maximum surplus of the schedules.
 */
class ZeroIntelligenceEfficiencyTest {
    private static final int TRADERS_PER_SIDE = 12;
    private static final long UNITS = 2;
    private static final long MIN_PRICE_FEN = 1;
    private static final long MAX_PRICE_FEN = 300;
    private static final int ROUNDS = 150;
    /** The schedules are fixed by this seed; the market's randomness varies with each test seed. */
    private static final long SCHEDULE_SEED = 1993;

    private static final long[] VALUES = draw(SCHEDULE_SEED, 50, 250);
    private static final long[] COSTS = draw(SCHEDULE_SEED + 1, 50, 250);

    private static long[] draw(long seed, long lo, long hi) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] values = new long[TRADERS_PER_SIDE];
        for (int i = 0; i < values.length; i++) {
            values[i] = lo + random.nextLong(hi - lo + 1);
        }
        return values;
    }

    /** Sum of (value - cost) over the units that trade when the schedules cross. */
    static long maximumSurplus(long[] values, long[] costs, long units) {
        long[] demand = LongStream.of(values).map(v -> -v).sorted().map(v -> -v).toArray();
        long[] supply = LongStream.of(costs).sorted().toArray();
        long surplus = 0;
        for (int i = 0; i < Math.min(demand.length, supply.length) && demand[i] > supply[i]; i++) {
            surplus += (demand[i] - supply[i]) * units;
        }
        return surplus;
    }

    static double efficiency(long seed, boolean constrained) {
        Sessions.Recorder recorder = new Sessions.Recorder();
        MarketSession session =
                new MarketSession(Sessions.rules(0, 150, 0), 1, ROUNDS, new SplittableRandom(seed), recorder);
        long[] reservation = new long[2 * TRADERS_PER_SIDE];
        for (int i = 0; i < TRADERS_PER_SIDE; i++) {
            TradingStrategy buyer = constrained
                    ? new ZeroIntelligenceTrader(Side.BUY, UNITS, 1, MIN_PRICE_FEN, MAX_PRICE_FEN)
                    : new UnconstrainedRandomTrader(Side.BUY);
            session.addAgent(buyer, 0, 1_000_000).updateReservationValue(VALUES[i]);
            reservation[i] = VALUES[i];
        }
        for (int i = 0; i < TRADERS_PER_SIDE; i++) {
            TradingStrategy seller = constrained
                    ? new ZeroIntelligenceTrader(Side.SELL, UNITS, 1, MIN_PRICE_FEN, MAX_PRICE_FEN)
                    : new UnconstrainedRandomTrader(Side.SELL);
            session.addAgent(seller, UNITS, 0).updateReservationValue(COSTS[i]);
            reservation[TRADERS_PER_SIDE + i] = COSTS[i];
        }
        session.runDay();
        long realised = 0;
        for (Sessions.Trade trade : recorder.trades) {
            realised += (reservation[trade.buyOwnerId()] - reservation[trade.sellOwnerId()]) * trade.quantityTonnes();
        }
        return (double) realised / maximumSurplus(VALUES, COSTS, UNITS);
    }

    @Test
    void constrainedZeroIntelligenceTradersReachHighAllocativeEfficiency() {
        double[] efficiencies = new double[25];
        for (int seed = 1; seed <= efficiencies.length; seed++) {
            efficiencies[seed - 1] = efficiency(seed, true);
            assertTrue(
                    efficiencies[seed - 1] >= 0.90,
                    "seed=" + seed + " efficiency " + efficiencies[seed - 1] + " is below 0.90");
        }
        double mean = Arrays.stream(efficiencies).average().orElseThrow();
        assertTrue(
                mean >= 0.95,
                "seed=1..25 mean efficiency " + mean + " is below 0.95: " + Arrays.toString(efficiencies));
    }

    @Test
    void unconstrainedRandomTradersWasteSurplus() {
        double[] efficiencies = new double[25];
        for (int seed = 1; seed <= efficiencies.length; seed++) {
            efficiencies[seed - 1] = efficiency(seed, false);
        }
        double mean = Arrays.stream(efficiencies).average().orElseThrow();
        assertTrue(
                mean < 0.90,
                "seed=1..25 mean efficiency " + mean + " of unconstrained traders is not below 0.90: "
                        + Arrays.toString(efficiencies));
    }

    @Test
    void maximumSurplusSumsTheGapsWhereDemandExceedsSupply() {
        long[] values = {200, 150, 100};
        long[] costs = {120, 50, 180};
        // Demand 200, 150, 100 against supply 50, 120, 180: (200 - 50) + (150 - 120), and 100 < 180 stops.
        assertEquals(2 * (150 + 30), maximumSurplus(values, costs, 2), "seed=none surplus of the textbook schedules");
    }

    /** A random trader with no budget constraint: prices uniform over the whole range, whatever its value. */
    private static final class UnconstrainedRandomTrader implements TradingStrategy {
        private final Side side;
        private long orderId = -1;

        UnconstrainedRandomTrader(Side side) {
            this.side = side;
        }

        @Override
        public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random) {
            orders.cancelIfLive(orderId);
            long traded = side == Side.BUY ? position.boughtTonnes() : position.soldTonnes();
            if (traded >= UNITS) {
                return;
            }
            long price = MIN_PRICE_FEN + random.nextLong(MAX_PRICE_FEN - MIN_PRICE_FEN + 1);
            orders.submit(position.ownerId(), side, OrderType.LIMIT, price, 1);
            orderId = orders.lastOrderId();
        }
    }
}
