package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.scenario.ClosingRule;
import org.carbonsim.core.scenario.MarketRules;
import org.carbonsim.core.scenario.NoTradeClose;

/** Shared fixtures for session tests: market rules and a trade recorder. */
final class Sessions {
    private Sessions() {}

    /** A one-fen tick, the given band and fee, VWAP-of-the-day close, no call auctions. */
    static MarketRules rules(int limitBasisPoints, long initialPriceFen, int feeBasisPoints) {
        return rules(limitBasisPoints, initialPriceFen, feeBasisPoints, NoTradeClose.PREVIOUS_CLOSE);
    }

    /** As {@link #rules(int, long, int)}, closing a day without trades by {@code noTradeClose}. */
    static MarketRules rules(
            int limitBasisPoints, long initialPriceFen, int feeBasisPoints, NoTradeClose noTradeClose) {
        return new MarketRules(
                1,
                limitBasisPoints,
                initialPriceFen,
                ClosingRule.VWAP_DAY,
                10,
                false,
                false,
                feeBasisPoints,
                noTradeClose);
    }

    /** One settled trade as a value. */
    record Trade(
            int day,
            long buyOrderId,
            long sellOrderId,
            int buyOwnerId,
            int sellOwnerId,
            long priceTicks,
            long quantityTonnes) {}

    /** Records every trade as a {@link Trade}. */
    static final class Recorder implements TradeListener {
        final List<Trade> trades = new ArrayList<>();

        @Override
        public void onTrade(
                int day,
                long buyOrderId,
                long sellOrderId,
                int buyOwnerId,
                int sellOwnerId,
                long priceTicks,
                long quantityTonnes) {
            trades.add(new Trade(day, buyOrderId, sellOrderId, buyOwnerId, sellOwnerId, priceTicks, quantityTonnes));
        }
    }
}
