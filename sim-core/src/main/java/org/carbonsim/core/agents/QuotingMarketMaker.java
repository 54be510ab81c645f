package org.carbonsim.core.agents;

import java.util.SplittableRandom;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;

/**
 * A market maker quoting both sides around the last price each round: a bid {@code spreadTicks / 2}
 * below it and an ask {@code spreadTicks} above the bid, inside the band. Its inventory is its holdings
 * minus what it started with; it sizes the bid so that inventory cannot rise above {@code
 * +inventoryLimitTonnes} and the ask so that it cannot fall below {@code -inventoryLimitTonnes} (nor
 * below zero holdings), and bids no more than its cash covers with the fee. Not thread-safe.
 */
public final class QuotingMarketMaker implements TradingStrategy {
    private final long spreadTicks;
    private final long quoteTonnes;
    private final long inventoryLimitTonnes;
    private final long startHoldingsTonnes;
    private long bidId = -1;
    private long askId = -1;

    /**
     * @param spreadTicks distance between bid and ask, at least 1 tick
     * @param quoteTonnes size of each quote, t
     * @param inventoryLimitTonnes largest inventory either way, t
     * @param startHoldingsTonnes holdings that count as zero inventory, t
     */
    public QuotingMarketMaker(long spreadTicks, long quoteTonnes, long inventoryLimitTonnes, long startHoldingsTonnes) {
        if (spreadTicks < 1 || quoteTonnes < 1 || inventoryLimitTonnes < 0 || startHoldingsTonnes < 0) {
            throw new IllegalArgumentException("need spreadTicks >= 1, quoteTonnes >= 1 t and limits >= 0 t, got "
                    + spreadTicks + ", " + quoteTonnes + " t, " + inventoryLimitTonnes + " t, "
                    + startHoldingsTonnes + " t");
        }
        this.spreadTicks = spreadTicks;
        this.quoteTonnes = quoteTonnes;
        this.inventoryLimitTonnes = inventoryLimitTonnes;
        this.startHoldingsTonnes = startHoldingsTonnes;
    }

    /** A market maker of a configured group, its inventory counted from the group's holdings. */
    public static QuotingMarketMaker of(TraderGroup.MarketMaker group) {
        return new QuotingMarketMaker(
                group.spreadTicks(), group.quoteTonnes(), group.inventoryLimitTonnes(), group.holdingsTonnes());
    }

    @Override
    public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random) {
        orders.cancelIfLive(bidId);
        orders.cancelIfLive(askId);
        long inventory = position.allowancesTonnes() - startHoldingsTonnes;
        long bid = market.clampTicks(Math.max(1, market.lastPriceTicks() - spreadTicks / 2));
        long ask = market.clampTicks(bid + spreadTicks);
        long bidTonnes = Math.min(quoteTonnes, inventoryLimitTonnes - inventory);
        bidTonnes = Math.min(
                bidTonnes,
                TradeMath.affordableTonnes(position.cashFen(), bid, market.tickSizeFen(), market.feeBasisPoints()));
        long askTonnes = Math.min(quoteTonnes, Math.min(inventoryLimitTonnes + inventory, position.allowancesTonnes()));
        if (bid >= ask) {
            return;
        }
        if (bidTonnes > 0) {
            orders.submit(position.ownerId(), Side.BUY, OrderType.LIMIT, bid, bidTonnes);
            bidId = orders.lastOrderId();
        }
        if (askTonnes > 0) {
            orders.submit(position.ownerId(), Side.SELL, OrderType.LIMIT, ask, askTonnes);
            askId = orders.lastOrderId();
        }
    }
}
