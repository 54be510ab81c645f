package org.carbonsim.core.finance;

/**
 * One contract's trading day: its settlement price, the fair price spot × (1 + r·t) and the spot
 * close it was computed from, what traded, and the open interest after the day (and after delivery
 * on the delivery day). Money in fen. Immutable.
 */
public record ForwardDay(
        int year,
        int day,
        String contract,
        int deliveryDay,
        long settlementFen,
        long fairFen,
        long spotFen,
        long volumeTonnes,
        long turnoverFen,
        long openInterestTonnes,
        long deliveredTonnes) {}
