package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.carbonsim.core.agents.UnitScheduleTrader;
import org.carbonsim.core.market.Side;

/**
 * The allocative efficiency of a Gode–Sunder market: the surplus its trades realised over the most
 * the unit schedules allow. Realised surplus is the sum of the values of the units buyers bought minus
 * the sum of the costs of the units sellers sold (prices only move surplus between the two sides).
 * The maximum lists every buyer's units in one demand schedule from the highest value and every
 * seller's units in one supply schedule from the lowest cost, and sums value minus cost while it is
 * positive. Both count the run as one trading period. Immutable.
 *
 * @param realisedFen surplus the trades realised, fen
 * @param maximumFen the most surplus the schedules allow, fen
 */
public record UnitSurplus(long realisedFen, long maximumFen) {
    public UnitSurplus {
        if (maximumFen < 0) {
            throw new IllegalArgumentException("maximumFen must be >= 0, got " + maximumFen);
        }
    }

    /** Realised over maximum surplus; undefined (empty) when the schedules allow no trade. */
    public OptionalDouble efficiency() {
        return maximumFen > 0 ? OptionalDouble.of((double) realisedFen / maximumFen) : OptionalDouble.empty();
    }

    /**
     * The surplus of the unit-schedule traders among {@code owners} of {@code session}; empty when there
     * are none.
     */
    static Optional<UnitSurplus> of(MarketSession session, List<Integer> owners) {
        List<long[]> values = new ArrayList<>();
        List<long[]> costs = new ArrayList<>();
        long realised = 0;
        for (int owner : owners) {
            if (session.strategy(owner) instanceof UnitScheduleTrader) {
                UnitScheduleTrader trader = (UnitScheduleTrader) session.strategy(owner);
                (trader.side() == Side.BUY ? values : costs).add(trader.unitsFen());
                realised = Math.addExact(realised, trader.realisedFen(session.position(owner)));
            }
        }
        if (values.isEmpty() && costs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UnitSurplus(realised, maximumFen(values, costs)));
    }

    /** The most surplus the buyers' values and sellers' costs allow, fen (each entry one trader's units). */
    public static long maximumFen(List<long[]> buyerValuesFen, List<long[]> sellerCostsFen) {
        long[] demand =
                buyerValuesFen.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long[] supply =
                sellerCostsFen.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long surplus = 0;
        for (int i = 0; i < Math.min(demand.length, supply.length); i++) {
            long gap = demand[demand.length - 1 - i] - supply[i];
            if (gap <= 0) {
                break;
            }
            surplus = Math.addExact(surplus, gap);
        }
        return surplus;
    }
}
