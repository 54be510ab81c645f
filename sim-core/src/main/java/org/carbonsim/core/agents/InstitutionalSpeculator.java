package org.carbonsim.core.agents;

import java.util.Objects;
import java.util.SplittableRandom;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;

/**
 * An institutional speculator trading on the closes of the last {@code lookbackDays} days, once a day
 * in its first round. TREND buys when the previous close is above the close {@code lookbackDays} ago
 * and sells when below; MEAN_REVERSION sells when the previous close is above the lookback average and
 * buys when below. It bids or asks {@code edge} beyond the last price, inside the band. It never sells
 * short, never holds more than {@code positionLimitTonnes}, and never bids more than its cash covers
 * with the fee (so its cash never goes negative). Between its daily turns it rests. Not thread-safe.
 */
public final class InstitutionalSpeculator implements TradingStrategy {
    /** How far below the last close a speculator bids in a primary auction, as a share of it. */
    public static final double AUCTION_DISCOUNT = 0.02;

    private final SpeculatorStyle style;
    private final int lookbackDays;
    private final long positionLimitTonnes;
    private final long orderTonnes;
    private final double edge;
    private final double participationShare;
    private long orderId = -1;

    /**
     * @param style trend-following or mean-reverting
     * @param lookbackDays closes the signal looks back over, at least 1
     * @param positionLimitTonnes largest holding, t
     * @param orderTonnes size of one order, t
     * @param edge how far past the last price it bids or asks, as a share of it
     * @param participationShare the largest share of the average daily volume over the lookback one
     *     order takes, in [0, 1]; 0 for none
     */
    public InstitutionalSpeculator(
            SpeculatorStyle style,
            int lookbackDays,
            long positionLimitTonnes,
            long orderTonnes,
            double edge,
            double participationShare) {
        this.style = Objects.requireNonNull(style, "style");
        if (lookbackDays < 1
                || positionLimitTonnes < 0
                || orderTonnes < 1
                || !(edge >= 0 && edge < 1)
                || !(participationShare >= 0 && participationShare <= 1)) {
            throw new IllegalArgumentException("need lookbackDays >= 1, positionLimitTonnes >= 0 t, orderTonnes >= 1"
                    + " t, edge in [0, 1) and participationShare in [0, 1], got " + lookbackDays + ", "
                    + positionLimitTonnes + " t, " + orderTonnes + " t, " + edge + ", " + participationShare);
        }
        this.lookbackDays = lookbackDays;
        this.positionLimitTonnes = positionLimitTonnes;
        this.orderTonnes = orderTonnes;
        this.edge = edge;
        this.participationShare = participationShare;
    }

    /** A speculator whose orders are all {@code orderTonnes}, whatever the market's volume. */
    public InstitutionalSpeculator(
            SpeculatorStyle style, int lookbackDays, long positionLimitTonnes, long orderTonnes, double edge) {
        this(style, lookbackDays, positionLimitTonnes, orderTonnes, edge, 0);
    }

    /**
     * Speculator {@code index} of a configured group, with its own lookback ({@link
     * TraderGroup.Speculators#lookbackDaysOf}), bidding or asking 0.5% past the last price.
     */
    public static InstitutionalSpeculator of(TraderGroup.Speculators group, int index) {
        return new InstitutionalSpeculator(
                group.style(),
                group.lookbackDaysOf(index),
                group.positionLimitTonnes(),
                group.orderTonnes(),
                0.005,
                group.participationShare());
    }

    /** Tomorrow, once it has had today's turn in continuous trading. */
    @Override
    public int restUntilDay(MarketView market) {
        return market.inCallPhase() ? market.day() : market.day() + 1;
    }

    @Override
    public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random) {
        if (market.inCallPhase() || market.closeCount() <= lookbackDays) {
            return;
        }
        orders.cancelIfLive(orderId);
        int signal = signal(market);
        long last = market.lastPriceTicks();
        long size = orderSizeTonnes(market);
        if (signal > 0) {
            long price = market.clampTicks(TradeMath.scale(last, edge));
            long room = positionLimitTonnes - position.allowancesTonnes();
            long affordable = TradeMath.affordableTonnes(
                    position.cashFen(), price, market.tickSizeFen(), market.feeBasisPoints());
            long quantity = Math.min(size, Math.min(room, affordable));
            if (quantity > 0) {
                orders.submit(position.ownerId(), Side.BUY, OrderType.LIMIT, price, quantity);
                orderId = orders.lastOrderId();
            }
        } else if (signal < 0) {
            long price = market.clampTicks(TradeMath.scale(last, -edge));
            long quantity = Math.min(size, position.allowancesTonnes());
            if (quantity > 0) {
                orders.submit(position.ownerId(), Side.SELL, OrderType.LIMIT, price, quantity);
                orderId = orders.lastOrderId();
            }
        }
    }

    /**
     * In a primary auction open to investors it bids {@value #AUCTION_DISCOUNT} below the last close
     * for one order's size, within its position limit and its cash: it buys allowances it expects to
     * resell at the market price.
     */
    @Override
    public AuctionBid auctionBid(long lastCloseTicks, Position position, long tickSizeFen, int feeBasisPoints) {
        long price = TradeMath.scale(lastCloseTicks, -AUCTION_DISCOUNT);
        if (price < 1) {
            return AuctionBid.NONE;
        }
        long room = positionLimitTonnes - position.allowancesTonnes();
        long affordable = TradeMath.affordableTonnes(position.cashFen(), price, tickSizeFen, feeBasisPoints);
        long quantity = Math.min(orderTonnes, Math.min(room, affordable));
        return quantity > 0 ? new AuctionBid(price, quantity) : AuctionBid.NONE;
    }

    /**
     * One order's size, t: {@code orderTonnes}, or with a participation share at most that share of
     * the market's average daily volume over the lookback (rounded down), so that it trades in
     * proportion to the liquidity it finds, as institutional desks limit their share of the volume to
     * limit their price impact.
     */
    private long orderSizeTonnes(MarketView market) {
        if (participationShare == 0) {
            return orderTonnes;
        }
        long sum = 0;
        for (int i = 0; i < lookbackDays; i++) {
            sum = Math.addExact(sum, market.volumeTonnes(i));
        }
        return Math.min(orderTonnes, (long) Math.floor(participationShare * sum / lookbackDays));
    }

    /** +1 to buy, -1 to sell, 0 to stay out. */
    private int signal(MarketView market) {
        long latest = market.closeTicks(0);
        if (style == SpeculatorStyle.TREND) {
            return Long.compare(latest, market.closeTicks(lookbackDays));
        }
        long sum = 0;
        for (int i = 0; i < lookbackDays; i++) {
            sum = Math.addExact(sum, market.closeTicks(i));
        }
        // latest × n against the sum avoids rounding the average.
        return Long.compare(sum, Math.multiplyExact(latest, lookbackDays));
    }
}
