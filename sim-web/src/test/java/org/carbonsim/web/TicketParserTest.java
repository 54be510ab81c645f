package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;
import org.junit.jupiter.api.Test;

/** Order tickets as a page types them: what is read, and what is refused with which message. */
class TicketParserTest {
    private static final long TICK_FEN = 1;
    private static final long MAX_T = 1_000;

    private static String refusal(String side, String type, String price, String quantity) {
        return assertThrows(
                        TicketParser.BadTicket.class,
                        () -> TicketParser.parse(side, type, price, quantity, TICK_FEN, MAX_T))
                .getMessage();
    }

    @Test
    void aLimitTicketIsReadInTicksAndTonnes() throws Exception {
        // 40.25 CNY = 4,025 fen = 4,025 ticks of 1 fen
        assertEquals(
                new TicketParser.Order(Side.BUY, OrderType.LIMIT, 4_025, 300),
                TicketParser.parse("buy", "limit", "40.25", "300", TICK_FEN, MAX_T));
        // a 5-fen tick: 40.25 CNY = 805 ticks
        assertEquals(805, TicketParser.ticks("40.25", 5));
    }

    @Test
    void aMarketTicketIgnoresThePrice() throws Exception {
        assertEquals(
                new TicketParser.Order(Side.SELL, OrderType.MARKET, 0, 1),
                TicketParser.parse("SELL", "market", "", "1", TICK_FEN, MAX_T));
    }

    @Test
    void pricesOffTheTickAreRefused() {
        assertEquals("price: 40.005 CNY/t is off the tick of 0.01 CNY", refusal("buy", "limit", "40.005", "1"));
        assertThrows(TicketParser.BadTicket.class, () -> TicketParser.ticks("40.02", 5));
        assertTrue(refusal("buy", "limit", "-1", "1").startsWith("price: must be above 0"));
        assertTrue(refusal("buy", "limit", "cheap", "1").startsWith("price: a number"));
    }

    /**
     * A price with a huge exponent is refused at once, echoed as typed: the remainder by the tick took
     * BigDecimal minutes for 1e999999, holding up the room, and 1e-999999999 written out in full would
     * fill the heap.
     */
    @Test
    void pricesWithHugeExponentsAreRefusedAtOnceAsTyped() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals(
                    "price: 1e999999 CNY/t is beyond any price the book holds",
                    refusal("buy", "limit", "1e999999", "1"));
            assertEquals(
                    "price: 1e-999999999 CNY/t is off the tick of 0.01 CNY",
                    refusal("buy", "limit", "1e-999999999", "1"));
            assertEquals(
                    "price: must be above 0 CNY/t, got -1e999999999", refusal("buy", "limit", "-1e999999999", "1"));
        });
    }

    @Test
    void quantitiesMustBeWholePositiveTonnesWithinTheLimit() {
        assertEquals("quantity: must be above 0 t, got -5", refusal("buy", "limit", "40", "-5"));
        assertEquals("quantity: must be above 0 t, got 0", refusal("buy", "limit", "40", "0"));
        assertTrue(refusal("buy", "limit", "40", "1.5").startsWith("quantity: a whole number"));
        assertEquals("quantity: at most 1000 t, got 1001", refusal("buy", "limit", "40", "1001"));
        assertTrue(refusal("buy", "limit", "40", null).startsWith("quantity: a whole number"));
    }

    /** Full-width digits, point and minus, as Chinese input methods type them, read as ASCII ones. */
    @Test
    void fullWidthDigitsAreReadAndOtherDigitsRefusedNamingTheField() throws Exception {
        assertEquals(
                new TicketParser.Order(Side.BUY, OrderType.LIMIT, 4_050, 300),
                TicketParser.parse(
                        "buy", "limit", "\uFF14\uFF10\uFF0E\uFF15", "\u3000\uFF13\uFF10\uFF10 ", TICK_FEN, MAX_T));
        assertEquals("quantity: must be above 0 t, got -5", refusal("buy", "limit", "40", "\uFF0D\uFF15"));
        assertEquals(
                "price: only the digits 0-9 (or full-width \uFF10-\uFF19) are read as a number, not '\u0664\u0660'",
                refusal("buy", "limit", "\u0664\u0660", "1"));
        assertTrue(refusal("buy", "limit", "40", "\u0661").startsWith("quantity: only the digits 0-9"));
    }

    @Test
    void sideAndTypeAreNamed() {
        assertEquals("side: buy or sell, not 'hold'", refusal("hold", "limit", "40", "1"));
        assertEquals("type: limit or market, not 'stop'", refusal("buy", "stop", "40", "1"));
    }
}
