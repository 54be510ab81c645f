package org.carbonsim.core.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test oracle: the same rules as {@link OrderBook}, written the obvious way with sorted maps and
 * lists, with no care for speed or allocation. Not thread-safe.
 */
final class ReferenceOrderBook {
    /** A resting order as the reference book sees it, and as the differential test compares it. */
    record Resting(long orderId, int ownerId, Side side, long priceTicks, long tonnes) {}

    private static final class Order {
        final long id;
        final int owner;
        final Side side;
        final long price;
        long tonnes;

        Order(long id, int owner, Side side, long price, long tonnes) {
            this.id = id;
            this.owner = owner;
            this.side = side;
            this.price = price;
            this.tonnes = tonnes;
        }
    }

    private final BookConfig config;
    private final MarketListener listener;
    private final TreeMap<Long, LinkedList<Order>> bids = new TreeMap<>(Collections.reverseOrder());
    private final TreeMap<Long, LinkedList<Order>> asks = new TreeMap<>();
    private final Map<Long, Order> live = new HashMap<>();
    private final List<long[]> dayTrades = new ArrayList<>();
    private long reference;
    private boolean band;
    private long lower;
    private long upper;
    private boolean callPhase;

    ReferenceOrderBook(BookConfig config, MarketListener listener) {
        this.config = config;
        this.listener = listener;
    }

    void openDay(long referencePriceTicks, int limitBasisPoints) {
        cancelAll();
        callPhase = false;
        reference = referencePriceTicks;
        band = limitBasisPoints > 0 && referencePriceTicks > 0;
        if (band) {
            BigDecimal ref = BigDecimal.valueOf(referencePriceTicks);
            BigDecimal pct = BigDecimal.valueOf(limitBasisPoints).movePointLeft(4);
            upper = ref.multiply(BigDecimal.ONE.add(pct))
                    .setScale(0, RoundingMode.FLOOR)
                    .longValueExact();
            lower = ref.multiply(BigDecimal.ONE.subtract(pct))
                    .setScale(0, RoundingMode.CEILING)
                    .longValueExact();
        }
        dayTrades.clear();
    }

    void closeDay() {
        cancelAll();
        callPhase = false;
    }

    void startCallPhase() {
        callPhase = true;
    }

    Result submit(long id, int owner, Side side, OrderType type, long price, long tonnes) {
        if (side == null || type == null || tonnes <= 0) {
            return reject(id, Result.REJECTED_INVALID);
        }
        if (live.containsKey(id)) {
            return reject(id, Result.REJECTED_DUPLICATE_ID);
        }
        long limit;
        if (type == OrderType.MARKET) {
            if (callPhase) {
                return reject(id, Result.REJECTED_WRONG_PHASE);
            }
            limit = side == Side.BUY
                    ? Math.min(band ? upper : Long.MAX_VALUE, config.maxPriceTicks())
                    : Math.max(band ? lower : 0, config.minPriceTicks());
        } else {
            Result check = checkPrice(price);
            if (check != null) {
                return reject(id, check);
            }
            if (callPhase && type != OrderType.LIMIT) {
                return reject(id, Result.REJECTED_WRONG_PHASE);
            }
            limit = price;
        }
        return execute(id, owner, side, type, limit, tonnes);
    }

    Result cancel(long id) {
        Order order = live.get(id);
        if (order == null) {
            return reject(id, Result.UNKNOWN_ORDER);
        }
        remove(order);
        listener.onCancel(id, order.tonnes);
        return Result.CANCELLED;
    }

    Result amend(long id, long price, long tonnes) {
        Order order = live.get(id);
        if (order == null) {
            return reject(id, Result.UNKNOWN_ORDER);
        }
        if (tonnes <= 0) {
            return reject(id, Result.REJECTED_INVALID);
        }
        if (price == order.price) {
            if (tonnes > order.tonnes) {
                LinkedList<Order> level = book(order.side).get(price);
                level.remove(order);
                level.addLast(order);
            }
            order.tonnes = tonnes;
            return Result.AMENDED;
        }
        Result check = checkPrice(price);
        if (check != null) {
            return reject(id, check);
        }
        remove(order);
        return execute(id, order.owner, order.side, OrderType.LIMIT, price, tonnes);
    }

    /** The price and tonnes of the uncross by brute force over every tick of the ladder; {0, 0} when nothing crosses. */
    long[] indicativeUncross() {
        long bestVolume = 0;
        long bestImbalance = 0;
        long bestPrice = 0;
        for (long p = config.minPriceTicks(); p <= config.maxPriceTicks(); p++) {
            long demand = 0;
            long supply = 0;
            for (Order o : live.values()) {
                if (o.side == Side.BUY && o.price >= p) {
                    demand += o.tonnes;
                } else if (o.side == Side.SELL && o.price <= p) {
                    supply += o.tonnes;
                }
            }
            long volume = Math.min(demand, supply);
            long imbalance = Math.abs(demand - supply);
            if (volume == 0) {
                continue;
            }
            boolean better = volume > bestVolume
                    || (volume == bestVolume
                            && (imbalance < bestImbalance
                                    || (imbalance == bestImbalance
                                            && Math.abs(p - reference) < Math.abs(bestPrice - reference))));
            if (better) {
                bestVolume = volume;
                bestImbalance = imbalance;
                bestPrice = p;
            }
        }
        return new long[] {bestPrice, bestVolume};
    }

    /** Uncrosses at the price {@link #indicativeUncross} finds. */
    long uncrossCallPhase() {
        callPhase = false;
        long[] uncross = indicativeUncross();
        long bestPrice = uncross[0];
        long bestVolume = uncross[1];
        if (bestVolume == 0) {
            return OrderBook.NO_PRICE;
        }
        long left = bestVolume;
        while (left > 0) {
            Order bid = bids.firstEntry().getValue().getFirst();
            Order ask = asks.firstEntry().getValue().getFirst();
            long q = Math.min(left, Math.min(bid.tonnes, ask.tonnes));
            trade(bid.id, ask.id, bid.owner, ask.owner, bestPrice, q);
            left -= q;
            take(bid, q);
            take(ask, q);
        }
        return bestPrice;
    }

    List<Resting> resting(Side side) {
        List<Resting> out = new ArrayList<>();
        for (LinkedList<Order> level : book(side).values()) {
            for (Order o : level) {
                out.add(new Resting(o.id, o.owner, o.side, o.price, o.tonnes));
            }
        }
        return out;
    }

    long bestBidTicks() {
        return bids.isEmpty() ? OrderBook.NO_PRICE : bids.firstKey();
    }

    long bestAskTicks() {
        return asks.isEmpty() ? OrderBook.NO_PRICE : asks.firstKey();
    }

    int restingOrders() {
        return live.size();
    }

    DailySummary summary(ClosingPriceRule rule) {
        if (dayTrades.isEmpty()) {
            return new DailySummary(
                    reference, reference, reference, reference, reference, reference, 0, 0, 0, false, false);
        }
        long high = Long.MIN_VALUE;
        long low = Long.MAX_VALUE;
        long volume = 0;
        long notional = 0;
        boolean up = false;
        boolean down = false;
        for (long[] t : dayTrades) {
            high = Math.max(high, t[0]);
            low = Math.min(low, t[0]);
            volume += t[1];
            notional += t[0] * t[1];
            up |= band && t[0] == upper;
            down |= band && t[0] == lower;
        }
        long vwap = vwap(dayTrades);
        long close;
        if (rule == ClosingPriceRule.LAST_TRADE) {
            close = dayTrades.get(dayTrades.size() - 1)[0];
        } else if (rule == ClosingPriceRule.VWAP_DAY) {
            close = vwap;
        } else {
            int n = config.closingVwapTrades();
            close = vwap(dayTrades.subList(Math.max(0, dayTrades.size() - n), dayTrades.size()));
        }
        return new DailySummary(
                reference,
                dayTrades.get(0)[0],
                high,
                low,
                close,
                vwap,
                volume,
                notional * config.tickSizeFen(),
                dayTrades.size(),
                up,
                down);
    }

    private static long vwap(List<long[]> trades) {
        long volume = 0;
        long notional = 0;
        for (long[] t : trades) {
            volume += t[1];
            notional += t[0] * t[1];
        }
        return BigDecimal.valueOf(notional)
                .divide(BigDecimal.valueOf(volume), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private Result execute(long id, int owner, Side side, OrderType type, long limit, long tonnes) {
        if (type == OrderType.FOK && !fillable(id, owner, side, limit, tonnes)) {
            return reject(id, Result.REJECTED_FOK_UNFILLABLE);
        }
        long left = tonnes;
        boolean stopped = false;
        if (!callPhase) {
            TreeMap<Long, LinkedList<Order>> opposite = book(side.opposite());
            outer:
            while (left > 0 && !opposite.isEmpty()) {
                long price = opposite.firstKey();
                if (side == Side.BUY ? price > limit : price < limit) {
                    break;
                }
                for (Order resting : new ArrayList<>(opposite.firstEntry().getValue())) {
                    if (left == 0) {
                        break outer;
                    }
                    if (config.selfTradePrevention() && resting.owner == owner) {
                        stopped = true;
                        break outer;
                    }
                    long q = Math.min(left, resting.tonnes);
                    if (side == Side.BUY) {
                        trade(id, resting.id, owner, resting.owner, price, q);
                    } else {
                        trade(resting.id, id, resting.owner, owner, price, q);
                    }
                    left -= q;
                    take(resting, q);
                }
            }
        }
        if (left == 0) {
            return Result.FILLED;
        }
        if (stopped || type != OrderType.LIMIT) {
            listener.onCancel(id, left);
            return Result.CANCELLED_REMAINDER;
        }
        Order order = new Order(id, owner, side, limit, left);
        book(side).computeIfAbsent(limit, k -> new LinkedList<>()).addLast(order);
        live.put(id, order);
        return left == tonnes ? Result.RESTING : Result.PARTIALLY_FILLED_RESTING;
    }

    private boolean fillable(long id, int owner, Side side, long limit, long tonnes) {
        long found = 0;
        for (Map.Entry<Long, LinkedList<Order>> level : book(side.opposite()).entrySet()) {
            if (side == Side.BUY ? level.getKey() > limit : level.getKey() < limit) {
                return false;
            }
            for (Order o : level.getValue()) {
                if (config.selfTradePrevention() && o.owner == owner) {
                    return false;
                }
                found += o.tonnes;
                if (found >= tonnes) {
                    return true;
                }
            }
        }
        return false;
    }

    private void trade(long buyId, long sellId, int buyOwner, int sellOwner, long price, long q) {
        dayTrades.add(new long[] {price, q});
        listener.onTrade(buyId, sellId, buyOwner, sellOwner, price, q);
    }

    private void take(Order order, long q) {
        order.tonnes -= q;
        if (order.tonnes == 0) {
            remove(order);
        }
    }

    private void remove(Order order) {
        TreeMap<Long, LinkedList<Order>> book = book(order.side);
        LinkedList<Order> level = book.get(order.price);
        level.remove(order);
        if (level.isEmpty()) {
            book.remove(order.price);
        }
        live.remove(order.id);
    }

    private void cancelAll() {
        for (Side side : Side.values()) {
            for (Resting r : resting(side)) {
                cancel(r.orderId());
            }
        }
    }

    private Result checkPrice(long price) {
        if (band && (price < lower || price > upper)) {
            return Result.REJECTED_OUT_OF_BAND;
        }
        if (price < config.minPriceTicks() || price > config.maxPriceTicks()) {
            return Result.REJECTED_OUTSIDE_LADDER;
        }
        return null;
    }

    private Result reject(long id, Result reason) {
        listener.onReject(id, reason);
        return reason;
    }

    private TreeMap<Long, LinkedList<Order>> book(Side side) {
        return side == Side.BUY ? bids : asks;
    }
}
