package org.carbonsim.core.offsets;

import org.carbonsim.core.compliance.CreditMarket;
import org.carbonsim.core.compliance.OffsetProgram;
import org.carbonsim.core.market.BookConfig;
import org.carbonsim.core.market.MarketListener;
import org.carbonsim.core.market.OrderBook;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;

/**
 * A year's CCER order book, a book of the {@code market} package with a tick of 1 fen and no price
 * band. The project owners' eligible credits rest as asks along the programme's price curve: the
 * stock is cut into at most {@value #MAX_ASKS} lots, each asked at the curve's marginal price at its
 * first tonne ({@code price + priceSlopePerMt × tonnes before it ÷ 10⁶}); the compliance desk's
 * purchases are market buy orders that sweep them cheapest first, so the book's price is the curve's
 * up to one lot's slope. Not thread-safe.
 */
final class CcerBook implements CreditMarket, MarketListener {
    /** Most ask orders the stock is cut into. */
    static final int MAX_ASKS = 1000;

    private static final int HOLDERS = 1;
    private static final int DESK = 2;

    private final OrderBook book;
    private long nextOrderId = 1;
    private long tradedTonnes;
    private long tradedFen;

    /** A book with {@code stockTonnes} of {@code program}'s credits on offer. */
    CcerBook(OffsetProgram program, long stockTonnes) {
        if (stockTonnes < 0) {
            throw new IllegalArgumentException("stockTonnes must be >= 0, got " + stockTonnes);
        }
        long top = askFen(program, stockTonnes) + 1;
        book = new OrderBook(BookConfig.of(1, top), this);
        book.openDay(Math.max(1, program.priceFenPerTonne()), 0);
        long lot = Math.max(1, (stockTonnes + MAX_ASKS - 1) / MAX_ASKS);
        for (long first = 0; first < stockTonnes; first += lot) {
            book.submit(
                    nextOrderId++,
                    HOLDERS,
                    Side.SELL,
                    OrderType.LIMIT,
                    askFen(program, first),
                    Math.min(lot, stockTonnes - first));
        }
    }

    private static long askFen(OffsetProgram program, long tonnesBefore) {
        return Math.max(
                1,
                program.priceFenPerTonne()
                        + (long) Math.floor(program.priceSlopeFenPerMt() * (double) tonnesBefore / 1e6));
    }

    @Override
    public long buyFen(OffsetProgram program, long soldTonnes, long tonnes) {
        long fenBefore = tradedFen;
        long tonnesBefore = tradedTonnes;
        book.submit(nextOrderId++, DESK, Side.BUY, OrderType.MARKET, 0, tonnes);
        if (tradedTonnes - tonnesBefore != tonnes) {
            throw new IllegalStateException("the CCER book filled " + (tradedTonnes - tonnesBefore) + " t of " + tonnes
                    + " t: the desk bought beyond the stock");
        }
        return tradedFen - fenBefore;
    }

    @Override
    public void onTrade(
            long buyOrderId, long sellOrderId, int buyOwnerId, int sellOwnerId, long priceTicks, long quantityTonnes) {
        tradedTonnes += quantityTonnes;
        tradedFen = Math.addExact(tradedFen, Math.multiplyExact(priceTicks, quantityTonnes));
    }

    /** Credits sold on the book so far, t. */
    long tradedTonnes() {
        return tradedTonnes;
    }

    /** What they cost, fen. */
    long tradedFen() {
        return tradedFen;
    }
}
