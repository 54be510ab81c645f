package org.carbonsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.cli.text.Text;
import org.carbonsim.core.market.OrderBook;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;

/**
 * The text {@code carbonsim replay --book} prints: for each command of the order log its line, the
 * trades it made, what became of it, and the depth ladder after it (one row per price level, highest
 * first, with the tonnes and number of orders bid and asked there: asks above bids, interleaved when
 * a call phase has crossed the book), with the best bid, best ask and spread;
 * during a call phase also the indicative uncross price and volume. Headings in English or Chinese;
 * the log's own tokens (ids, actions, sides, types) are printed as written.
 */
final class BookLadder {
    private static final Text SEQ = Text.of("seq %s:", "序号 %s:");
    private static final Text TRADE =
            Text.of("  trade: %s buys %s t from %s at %s", "  成交: %1$s 向 %3$s 买入 %2$s 吨, 价格 %4$s");
    private static final Text RESTS = Text.of("  rests: %s t", "  挂单: %s 吨");
    private static final Text PARTLY_RESTS = Text.of("  filled %s t, %s t rests", "  成交 %s 吨, 余 %s 吨挂单");
    private static final Text FILLED = Text.of("  filled in full", "  全部成交");
    private static final Text REMAINDER_CANCELLED = Text.of("  filled %s t, %s t cancelled", "  成交 %s 吨, 余 %s 吨撤销");
    private static final Text CANCELLED = Text.of("  cancelled: %s t", "  撤单: %s 吨");
    private static final Text IGNORED_UNKNOWN = Text.of("  ignored: no live order %s", "  忽略: 没有名为 %s 的挂单");
    private static final Text IGNORED_LIVE = Text.of("  ignored: %s is still live", "  忽略: %s 仍在挂单");
    private static final Text CALL_OPENS =
            Text.of("  call phase opens: limit orders rest without matching", "  集合竞价开始: 限价单只挂不撮合");
    private static final Text UNCROSSED = Text.of("  uncrossed at %s: %s t", "  集合竞价成交价 %s, 成交 %s 吨");
    private static final Text NOTHING_CROSSES = Text.of("  uncross: nothing crosses", "  集合竞价: 无可成交");
    private static final Text INDICATIVE = Text.of("  indicative uncross: %s, %s t", "  预估成交价 %s, 可成交 %s 吨");
    private static final Text NO_INDICATIVE = Text.of("  indicative uncross: nothing crosses", "  预估成交价: 无可成交");
    private static final Text EMPTY = Text.of("  (the book is empty)", "  (买卖盘皆空)");
    private static final Text BEST = Text.of("  best bid %s | best ask %s | spread %s", "  最优买价 %s | 最优卖价 %s | 价差 %s");
    private static final Text CROSSED = Text.of("crossed", "交叉");
    private static final Text NA = Text.of("n/a", "无");
    private static final Text[] HEADINGS = {
        Text.of("orders", "买单数"),
        Text.of("bid t", "买量(吨)"),
        Text.of("price", "价格"),
        Text.of("ask t", "卖量(吨)"),
        Text.of("orders", "卖单数")
    };

    private final Writer out;
    private final Lang lang;
    private final BigDecimal tick;
    private final int decimals;

    BookLadder(Writer out, Lang lang, BigDecimal tick, int decimals) {
        this.out = out;
        this.lang = lang;
        this.tick = tick;
        this.decimals = decimals;
    }

    /** The command's own line: its seq and its other non-empty fields as written. */
    void command(String[] fields) {
        StringBuilder line = new StringBuilder(SEQ.format(fields[0]).in(lang));
        for (int i = 1; i < fields.length; i++) {
            if (!fields[i].isEmpty()) {
                line.append(' ').append(fields[i]);
            }
        }
        print(line.toString());
    }

    void trade(String buyer, String seller, long priceTicks, long tonnes) {
        print(TRADE.format(buyer, tonnes, seller, yuan(priceTicks)).in(lang));
    }

    /** What became of a new order of {@code tonnes}: {@code traded} of it traded, {@code cancelled} was cancelled. */
    void outcome(Result result, long tonnes, long traded, long cancelled) {
        String line =
                switch (result) {
                    case RESTING -> RESTS.format(tonnes).in(lang);
                    case PARTIALLY_FILLED_RESTING -> PARTLY_RESTS
                            .format(traded, tonnes - traded)
                            .in(lang);
                    case FILLED -> FILLED.in(lang);
                    case CANCELLED_REMAINDER -> REMAINDER_CANCELLED
                            .format(traded, cancelled)
                            .in(lang);
                    default -> "  " + rejection(result);
                };
        print(line);
    }

    void cancelled(long tonnes) {
        print(CANCELLED.format(tonnes).in(lang));
    }

    void ignoredUnknown(String name) {
        print(IGNORED_UNKNOWN.format(name).in(lang));
    }

    void ignoredLive(String name) {
        print(IGNORED_LIVE.format(name).in(lang));
    }

    void callOpens() {
        print(CALL_OPENS.in(lang));
    }

    /** The outcome of an uncross at {@code priceTicks} ({@link OrderBook#NO_PRICE} when nothing crossed). */
    void uncrossed(long priceTicks, long tonnes) {
        print(
                priceTicks == OrderBook.NO_PRICE
                        ? NOTHING_CROSSES.in(lang)
                        : UNCROSSED.format(yuan(priceTicks), tonnes).in(lang));
    }

    /** The depth ladder, best prices and spread, and in a call phase the indicative uncross; then a blank line. */
    void ladder(OrderBook book) {
        if (book.inCallPhase()) {
            long indicative = book.indicativeUncrossTicks();
            print(
                    indicative == OrderBook.NO_PRICE
                            ? NO_INDICATIVE.in(lang)
                            : INDICATIVE
                                    .format(yuan(indicative), book.indicativeUncrossTonnes())
                                    .in(lang));
        }
        List<String[]> rows = new ArrayList<>();
        List<long[]> asks = new ArrayList<>();
        List<long[]> bids = new ArrayList<>();
        book.forEachLevel(Side.SELL, (price, tonnes, orders) -> asks.add(new long[] {price, tonnes, orders}));
        book.forEachLevel(Side.BUY, (price, tonnes, orders) -> bids.add(new long[] {price, tonnes, orders}));
        // One row per price, highest first: asks above bids, and in a crossed call phase interleaved.
        int ask = asks.size() - 1;
        int bid = 0;
        while (ask >= 0 || bid < bids.size()) {
            long askPrice = ask >= 0 ? asks.get(ask)[0] : Long.MIN_VALUE;
            long bidPrice = bid < bids.size() ? bids.get(bid)[0] : Long.MIN_VALUE;
            long price = Math.max(askPrice, bidPrice);
            String[] row = {"", "", yuan(price), "", ""};
            if (bidPrice == price) {
                row[0] = Long.toString(bids.get(bid)[2]);
                row[1] = Long.toString(bids.get(bid)[1]);
                bid++;
            }
            if (askPrice == price) {
                row[3] = Long.toString(asks.get(ask)[1]);
                row[4] = Long.toString(asks.get(ask)[2]);
                ask--;
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            print(EMPTY.in(lang));
        } else {
            String[] headings = new String[HEADINGS.length];
            for (int i = 0; i < headings.length; i++) {
                headings[i] = HEADINGS[i].in(lang);
            }
            int[] widths = new int[headings.length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = width(headings[i]);
                for (String[] row : rows) {
                    widths[i] = Math.max(widths[i], width(row[i]));
                }
            }
            print(tableRow(headings, widths));
            for (String[] row : rows) {
                print(tableRow(row, widths));
            }
        }
        long bestBid = book.bestBidTicks();
        long bestAsk = book.bestAskTicks();
        String spread;
        if (bestBid == OrderBook.NO_PRICE || bestAsk == OrderBook.NO_PRICE) {
            spread = NA.in(lang);
        } else if (bestAsk < bestBid) {
            spread = CROSSED.in(lang);
        } else {
            spread = yuan(bestAsk - bestBid);
        }
        print(BEST.format(
                        bestBid == OrderBook.NO_PRICE ? NA : Text.same(yuan(bestBid)),
                        bestAsk == OrderBook.NO_PRICE ? NA : Text.same(yuan(bestAsk)),
                        spread)
                .in(lang));
        print("");
    }

    private String rejection(Result result) {
        Text why =
                switch (result) {
                    case REJECTED_OUT_OF_BAND -> Text.of(
                            "rejected: price outside the daily price band", "拒绝: 价格超出当日涨跌幅限制");
                    case REJECTED_OUTSIDE_LADDER -> Text.of(
                            "rejected: price outside the book's price range", "拒绝: 价格超出订单簿价格范围");
                    case REJECTED_FOK_UNFILLABLE -> Text.of(
                            "killed: the book cannot fill it in full at its price or better",
                            "FOK 单撤销: 按其价格或更优价格无法全部成交");
                    case REJECTED_WRONG_PHASE -> Text.of(
                            "rejected: only limit orders are taken in a call phase", "拒绝: 集合竞价阶段只接受限价单");
                    default -> Text.of("rejected: " + result, "拒绝: " + result);
                };
        return why.in(lang);
    }

    private String yuan(long ticks) {
        return yuan(ticks, tick, decimals);
    }

    /** {@code ticks} ticks of {@code tick} yuan, written with {@code decimals} decimals. */
    static String yuan(long ticks, BigDecimal tick, int decimals) {
        return BigDecimal.valueOf(ticks).multiply(tick).setScale(decimals).toPlainString();
    }

    /** Right-aligned cells two spaces apart, trailing blanks cut. */
    private static String tableRow(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append("  ").append(" ".repeat(widths[i] - width(cells[i]))).append(cells[i]);
        }
        return line.toString().stripTrailing();
    }

    /** Display width: a CJK character takes two columns of a terminal. */
    private static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return width;
    }

    private void print(String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
