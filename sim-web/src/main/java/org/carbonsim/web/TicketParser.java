package org.carbonsim.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;

/**
 * Reads an order ticket as a page sends it (text fields) into an {@link Order}, or refuses it with a
 * message that names the field: a price in CNY per tonne with at most two decimals and on the tick, a
 * quantity in whole tonnes above zero and at most {@code maxQuantityTonnes}, either typed in ASCII or
 * in full-width digits ({@link TypedNumber}).
 */
final class TicketParser {
    private TicketParser() {}

    /** An order read from a ticket: price in ticks (0 for a market order), quantity in tonnes. */
    record Order(Side side, OrderType type, long priceTicks, long quantityTonnes) {}

    /** Thrown with a message for the page. */
    static final class BadTicket extends Exception {
        private static final long serialVersionUID = 1L;

        BadTicket(String message) {
            super(message);
        }
    }

    static Order parse(String side, String type, String price, String quantity, long tickFen, long maxQuantityTonnes)
            throws BadTicket {
        Side s = parseSide(side);
        OrderType t = parseType(type);
        long tonnes = tonnes(quantity, maxQuantityTonnes);
        long ticks = t == OrderType.MARKET ? 0 : ticks(price, tickFen);
        return new Order(s, t, ticks, tonnes);
    }

    private static Side parseSide(String side) throws BadTicket {
        if ("buy".equalsIgnoreCase(side)) {
            return Side.BUY;
        }
        if ("sell".equalsIgnoreCase(side)) {
            return Side.SELL;
        }
        throw new BadTicket("side: buy or sell, not '" + clip(side) + "'");
    }

    private static OrderType parseType(String type) throws BadTicket {
        if ("limit".equalsIgnoreCase(type)) {
            return OrderType.LIMIT;
        }
        if ("market".equalsIgnoreCase(type)) {
            return OrderType.MARKET;
        }
        throw new BadTicket("type: limit or market, not '" + clip(type) + "'");
    }

    /** Whole tonnes in [1, max]. */
    static long tonnes(String quantity, long maxQuantityTonnes) throws BadTicket {
        long tonnes;
        try {
            tonnes = Long.parseLong(TypedNumber.ascii("quantity", quantity));
        } catch (NumberFormatException e) {
            throw new BadTicket("quantity: a whole number of tonnes, not '" + clip(quantity) + "'");
        }
        if (tonnes <= 0) {
            throw new BadTicket("quantity: must be above 0 t, got " + tonnes);
        }
        if (tonnes > maxQuantityTonnes) {
            throw new BadTicket("quantity: at most " + maxQuantityTonnes + " t, got " + tonnes);
        }
        return tonnes;
    }

    /** A price in CNY per tonne as ticks of {@code tickFen}. */
    static long ticks(String price, long tickFen) throws BadTicket {
        BigDecimal yuan;
        try {
            yuan = new BigDecimal(TypedNumber.ascii("price", price));
        } catch (NumberFormatException e) {
            throw new BadTicket("price: a number of CNY per tonne, not '" + clip(price) + "'");
        }
        // the price is echoed as typed: 1e-999999999 written out in full would fill the heap; and fen
        // are found by moving the exponent alone, as movePointRight(2) writes 1e999999 out in full
        String typed = clip(price.strip());
        if (yuan.signum() <= 0) {
            throw new BadTicket("price: must be above 0 CNY/t, got " + typed);
        }
        BigDecimal fen = yuan.scaleByPowerOfTen(2);
        BigDecimal tick = BigDecimal.valueOf(tickFen);
        String offTick = String.format(
                Locale.ROOT,
                "price: %s CNY/t is off the tick of %s CNY",
                typed,
                BigDecimal.valueOf(tickFen, 2).toPlainString());
        if (fen.stripTrailingZeros().scale() > 0) {
            throw new BadTicket(offTick);
        }
        // before the remainder, which BigDecimal takes minutes to find for 1e999999
        if (fen.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0) {
            throw new BadTicket("price: " + typed + " CNY/t is beyond any price the book holds");
        }
        if (fen.remainder(tick).signum() != 0) {
            throw new BadTicket(offTick);
        }
        return fen.longValueExact() / tickFen;
    }

    /** {@code text} as a message may echo it: its first 40 characters, "" for none. */
    static String clip(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
