package org.carbonsim.core.market;

import java.util.ArrayList;
import java.util.List;

/** Records every book and auction event as a value, in order. */
final class RecordingListener implements MarketListener, AuctionListener {
    final List<Event> events = new ArrayList<>();

    @Override
    public void onTrade(
            long buyOrderId, long sellOrderId, int buyOwnerId, int sellOwnerId, long priceTicks, long quantityTonnes) {
        events.add(new Event.Trade(buyOrderId, sellOrderId, buyOwnerId, sellOwnerId, priceTicks, quantityTonnes));
    }

    @Override
    public void onCancel(long orderId, long cancelledTonnes) {
        events.add(new Event.Cancel(orderId, cancelledTonnes));
    }

    @Override
    public void onReject(long orderId, Result reason) {
        events.add(new Event.Reject(orderId, reason));
    }

    @Override
    public void onFill(long orderId, int ownerId, Side side, long priceTicks, long filledTonnes) {
        events.add(new Event.Fill(orderId, ownerId, side, priceTicks, filledTonnes));
    }

    /** Returns the events so far and forgets them. */
    List<Event> drain() {
        List<Event> copy = List.copyOf(events);
        events.clear();
        return copy;
    }
}
