package org.carbonsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.cli.format.OutputFile;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.core.csv.CsvException;
import org.carbonsim.core.csv.CsvReader;
import org.carbonsim.core.csv.CsvRecord;
import org.carbonsim.core.market.BookConfig;
import org.carbonsim.core.market.MarketListener;
import org.carbonsim.core.market.OrderBook;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim replay ORDERS.csv}: streams an order log through the order book and writes one CSV
 * row per trade. Input and output are streamed, and ids of finished orders are forgotten, so memory
 * stays bounded however long the log is.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Replay an order log through the order book and write the trades as CSV, or with --book the"
                    + " depth ladder after each order.",
            "Input header: seq,action,order_id,side,type,price,quantity (action NEW, CANCEL, CALL or UNCROSS;"
                    + " side BUY or SELL; type LIMIT, MARKET, IOC or FOK; price in yuan, empty for MARKET;"
                    + " quantity in whole tonnes). CALL opens a call phase (limit orders rest without"
                    + " matching), UNCROSS ends it at the one price that trades the most; both leave the other"
                    + " fields empty. CANCEL gives the order_id alone and cancels all that rests of the order.",
            "Output header: seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t, one row per trade in execution"
                    + " order, at the resting order's price (the uniform price in an uncross).",
            "The log is read as RFC 4180 CSV in UTF-8 or the --encoding given; a byte-order mark is accepted.",
            "Malformed lines are reported on stderr as file:line:column and skipped, and the command then exits"
                    + " 2 (without writing --out); a CANCEL of an unknown or finished order and a NEW reusing a"
                    + " live id are ignored and counted. A summary goes to stderr."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim replay orders.csv",
            "      print the trades to stdout",
            "  carbonsim replay orders.csv --out trades.csv --reference-price 30.00 --limit-pct 10",
            "      replay with Hubei's 10%% daily price band around a previous close of 30.00 yuan",
            "  carbonsim replay scenarios/replay/book-continuous.csv --book --lang en",
            "      print the depth ladder after each order, for a worked example in class",
        })
final class ReplayCommand implements Callable<Integer> {
    static final String INPUT_HEADER = "seq,action,order_id,side,type,price,quantity";
    static final String OUTPUT_HEADER = "seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t";

    /**
     * The first line of a file this command wrote: the trades CSV's header, or with {@code --book} the
     * ladder's line of the first command (its seq in English or Chinese, then its fields), so that
     * running the same command again replaces its own output either way.
     */
    private static final Pattern WRITTEN_FIRST_LINE =
            Pattern.compile(Pattern.quote(OUTPUT_HEADER) + "|(?:seq|序号) \\S.*:(?: .*)?");

    private static final long DEFAULT_MAX_PRICE_TICKS = 1_000_000;
    private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);
    /** Largest quantity of one order, the same bound scenarios put on tonnes (10^15 t). */
    static final long MAX_ORDER_TONNES = 1_000_000_000_000_000L;
    /** The most digits before the point of a price that can be a number of ticks: a long's 19. */
    private static final int MAX_PRICE_INTEGER_DIGITS = 19;

    @Parameters(index = "0", paramLabel = "ORDERS.csv", description = "The order log to replay.")
    Path orders;

    @Option(
            names = "--out",
            paramLabel = "TRADES.csv",
            description = "Write trades here (via a temporary file renamed into place, and only if no line is"
                    + " malformed); default stdout.")
    Path out;

    @Option(
            names = "--force",
            description = "Replace the --out file even if it is not a trade list or --book ladder this command wrote.")
    boolean force;

    @Option(
            names = "--tick",
            paramLabel = "YUAN",
            defaultValue = "0.01",
            converter = DecimalOption.class,
            description = "Tick size in yuan, a whole number of fen (default ${DEFAULT-VALUE}).")
    BigDecimal tick;

    @Option(
            names = "--reference-price",
            paramLabel = "YUAN",
            converter = DecimalOption.class,
            description = "Previous close in yuan the daily price band is built around.")
    BigDecimal referencePrice;

    @Option(
            names = "--limit-pct",
            paramLabel = "PCT",
            converter = DecimalOption.class,
            description = "Daily price band in percent of the reference price (Hubei: 10).")
    BigDecimal limitPct;

    @Option(
            names = "--book",
            description = "Print the depth ladder (bids and asks by price level, best prices, spread) after each"
                    + " order instead of the trades CSV.")
    boolean book;

    @CommandLine.Mixin
    EncodingOption encoding;

    @CommandLine.Mixin
    LangOption lang = new LangOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            OutputFile.check("--out", out, orders);
            OutputFile.checkReplaceable(
                    "--out",
                    out,
                    WRITTEN_FIRST_LINE,
                    "a trade list or depth ladder",
                    "is neither '" + OUTPUT_HEADER + "' nor a --book ladder's 'seq 1: ...'",
                    force);
        }
        Lang language = lang.get();
        long tickFen = tickFen();
        int decimals = Math.max(0, tick.stripTrailingZeros().scale());
        long referenceTicks = 0;
        int limitBasisPoints = 0;
        if (limitPct != null || referencePrice != null) {
            if (limitPct == null || referencePrice == null) {
                throw new UserInputException("--reference-price and --limit-pct must be given together");
            }
            try {
                referenceTicks = ticksOf(referencePrice);
            } catch (ArithmeticException e) {
                referenceTicks = 0;
            }
            if (referenceTicks < 1 || referenceTicks > BookConfig.MAX_LADDER_TICKS) {
                throw new UserInputException("--reference-price must be a positive multiple of the tick "
                        + tick.toPlainString() + " yuan of at most " + BookConfig.MAX_LADDER_TICKS + " ticks, got "
                        + referencePrice);
            }
            limitBasisPoints = basisPoints(limitPct);
        }
        long maxPriceTicks = Math.min(
                BookConfig.MAX_LADDER_TICKS, Math.max(DEFAULT_MAX_PRICE_TICKS, Math.multiplyExact(referenceTicks, 2)));
        try (CsvReader reader = open()) {
            CsvRecord first = reader.next();
            String header = first == null
                    ? null
                    : String.join(
                            ",", first.fields().stream().map(String::strip).toList());
            if (header == null || !header.equals(INPUT_HEADER)) {
                throw new UserInputException(orders + ":" + (first == null ? 1 : first.line()) + ":1: "
                        + (header != null && header.startsWith("#") ? "comments are not allowed in an order log: " : "")
                        + "expected the header '" + INPUT_HEADER + "', got "
                        + (header == null ? "an empty file" : "'" + header + "'"));
            }
            BookConfig config = new BookConfig(tickFen, 1, maxPriceTicks, 1 << 12, false, 10);
            long reference = referenceTicks;
            int band = limitBasisPoints;
            long[] malformed = {0};
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                malformed[0] = replay(reader, stdout, config, decimals, reference, band, language);
                stdout.flush();
            } else {
                boolean written = OutputFile.writeIfDone(out, writer -> {
                    malformed[0] = replay(reader, writer, config, decimals, reference, band, language);
                    return malformed[0] == 0;
                });
                if (!written) {
                    spec.commandLine()
                            .getErr()
                            .println("carbonsim: --out " + out + ": not written, since " + malformed[0]
                                    + (malformed[0] == 1 ? " line was" : " lines were")
                                    + " malformed (the trades would be those of another log); "
                                    + (Files.exists(out) ? "the file is as it was" : "no file was made"));
                }
            }
            return malformed[0] == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        } catch (CsvException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /** Replays the log into {@code writer}; returns the number of malformed lines. */
    private long replay(
            CsvReader reader,
            Writer writer,
            BookConfig config,
            int decimals,
            long referenceTicks,
            int limitBasisPoints,
            Lang language)
            throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        BookLadder ladder = book ? new BookLadder(writer, language, tick, decimals) : null;
        TradeWriter trades = new TradeWriter(writer, tick, decimals, ladder);
        OrderBook orderBook = new OrderBook(config, trades);
        orderBook.openDay(referenceTicks, limitBasisPoints);
        if (ladder == null) {
            writer.write(OUTPUT_HEADER);
            writer.write('\n');
        }

        Map<String, Long> liveIds = new HashMap<>();
        long nextId = 1;
        long commands = 0;
        long rejects = 0;
        long ignored = 0;
        long malformed = 0;
        CsvRecord callOpenedAt = null;
        long started = System.nanoTime();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            String[] fields = record.fields().toArray(new String[0]);
            LineProblem problem = check(fields, callOpenedAt);
            long priceTicks = 0;
            long tonnes = 0;
            if (problem == null && fields[1].equals("NEW")) {
                tonnes = parseTonnes(fields[6]);
                if (tonnes <= 0 || tonnes > MAX_ORDER_TONNES) {
                    problem = new LineProblem(
                            6,
                            "quantity must be a whole number of tonnes in 1.." + MAX_ORDER_TONNES + ", got '"
                                    + fields[6] + "'" + AsciiDigits.hint(fields[6]));
                } else if (!fields[4].equals("MARKET")) {
                    priceTicks = parsePriceTicks(fields[5]);
                    if (priceTicks < 0) {
                        problem = new LineProblem(
                                5,
                                "price must be a positive number of yuan on the " + tick.toPlainString()
                                        + " yuan tick grid, got '" + fields[5] + "'" + AsciiDigits.hint(fields[5]));
                    }
                }
            }
            if (problem != null && fields[0].strip().startsWith("#")) {
                // a note, most likely: said why it is read as an order, at the field that fails
                problem = new LineProblem(problem.field(), NO_COMMENTS + ": " + problem.message());
            }
            if (problem != null) {
                malformed++;
                err.println(
                        "carbonsim: " + record.location(problem.field()) + ": " + problem.message() + "; line skipped");
                continue;
            }
            commands++;
            trades.startCommand(fields[0]);
            if (ladder != null) {
                ladder.command(fields);
            }
            switch (fields[1]) {
                case "CALL" -> {
                    orderBook.startCallPhase();
                    callOpenedAt = record;
                    if (ladder != null) {
                        ladder.callOpens();
                    }
                }
                case "UNCROSS" -> {
                    long priceOfUncross = uncross(orderBook, record);
                    callOpenedAt = null;
                    if (ladder != null) {
                        ladder.uncrossed(priceOfUncross, trades.tradedTonnes);
                    }
                    forgetFinished(orderBook, trades, liveIds);
                }
                case "CANCEL" -> {
                    String textId = fields[2];
                    Long knownId = liveIds.get(textId);
                    if (knownId == null) {
                        ignored++;
                        if (ladder != null) {
                            ladder.ignoredUnknown(textId);
                        }
                    } else {
                        orderBook.cancel(knownId);
                        liveIds.remove(textId);
                        trades.names.remove(knownId);
                        if (ladder != null) {
                            ladder.cancelled(trades.cancelledTonnes);
                        }
                    }
                }
                default -> {
                    String textId = fields[2];
                    if (liveIds.containsKey(textId)) {
                        ignored++;
                        if (ladder != null) {
                            ladder.ignoredLive(textId);
                        }
                    } else {
                        long id = nextId++;
                        trades.names.put(id, textId);
                        Side side = fields[3].equals("BUY") ? Side.BUY : Side.SELL;
                        OrderType type = OrderType.valueOf(fields[4]);
                        Result result;
                        try {
                            result = orderBook.submit(id, 0, side, type, priceTicks, tonnes);
                        } catch (ArithmeticException e) {
                            throw overflow(record, tonnes);
                        }
                        if (result.isRejected()) {
                            rejects++;
                        }
                        if (ladder != null) {
                            ladder.outcome(result, tonnes, trades.tradedTonnes, trades.cancelledTonnes);
                        }
                        if (orderBook.isLive(id)) {
                            liveIds.put(textId, id);
                        } else {
                            trades.names.remove(id);
                        }
                        forgetFinished(orderBook, trades, liveIds);
                    }
                }
            }
            if (ladder != null) {
                ladder.ladder(orderBook);
            }
        }
        if (callOpenedAt != null) {
            malformed++;
            err.println("carbonsim: " + callOpenedAt.location(1)
                    + ": the call phase opened here is never uncrossed (no UNCROSS line follows); its orders did"
                    + " not trade");
        }
        writer.flush();
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        err.printf(
                Locale.ROOT,
                "replay %s: %s, %s, %d t, %d rejected, %d ignored, %d malformed, %.0f orders/s%n",
                orders,
                counted(commands, "order"),
                counted(orderBook.dayStats().tradeCount(), "trade"),
                orderBook.dayStats().volumeTonnes(),
                rejects,
                ignored,
                malformed,
                commands / seconds);
        err.flush();
        return malformed;
    }

    /** {@code count} and {@code noun}, the noun in the plural unless the count is one: "1 trade", "4 trades". */
    static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static long uncross(OrderBook orderBook, CsvRecord record) {
        try {
            return orderBook.uncrossCallPhase();
        } catch (ArithmeticException e) {
            throw overflow(record, orderBook.indicativeUncrossTonnes());
        }
    }

    private static UserInputException overflow(CsvRecord record, long tonnes) {
        return new UserInputException(record.location(6) + ": the day's traded tonnes or value (tonnes x price)"
                + " would overflow a 64-bit count with this order of " + tonnes + " t; replay stopped");
    }

    /** Forgets the names of the resting orders the last command filled, so memory stays bounded. */
    private static void forgetFinished(OrderBook orderBook, TradeWriter trades, Map<String, Long> liveIds) {
        for (int i = 0; i < trades.touched.size(); i++) {
            long restingId = trades.touched.get(i);
            if (!orderBook.isLive(restingId)) {
                String name = trades.names.remove(restingId);
                if (name != null) {
                    liveIds.remove(name);
                }
            }
        }
        trades.touched.clear();
    }

    /** What is wrong with a line, and the 0-based field it is in. */
    private record LineProblem(int field, String message) {}

    /**
     * Said of a line starting with {@code #} that is not a valid order. An order log has no comments: its
     * {@code seq} may be any text, {@code #2} too, so such a line is an order, and reading it as a comment
     * would drop an order from a log that replays today. Only a line that fails is told so.
     */
    private static final String NO_COMMENTS =
            "comments are not allowed in an order log (a line starting with # is read as an order)";

    /**
     * The first problem with a line's fields, or null. {@code callOpenedAt} is the line of the open
     * call phase's CALL, or null outside a call phase.
     */
    private static LineProblem check(String[] fields, CsvRecord callOpenedAt) {
        if (fields.length != 7) {
            return new LineProblem(0, "expected 7 fields (" + INPUT_HEADER + "), got " + fields.length);
        }
        if (fields[0].isEmpty()) {
            return new LineProblem(0, "seq is empty");
        }
        switch (fields[1]) {
            case "CALL", "UNCROSS":
                LineProblem filled = filledField(fields, 2, "");
                if (filled != null) {
                    return filled;
                }
                if (fields[1].equals("CALL") && callOpenedAt != null) {
                    return new LineProblem(
                            1, "CALL while the call phase opened on line " + callOpenedAt.line() + " is still open");
                }
                if (fields[1].equals("UNCROSS") && callOpenedAt == null) {
                    return new LineProblem(1, "UNCROSS without an open call phase (a CALL line before it)");
                }
                return null;
            case "CANCEL":
                // a quantity or price here would read as a partial cancel or a change of price, which the
                // log cannot express: the line cancels all that rests of the order
                return fields[2].isEmpty()
                        ? new LineProblem(2, "order_id is empty")
                        : filledField(fields, 3, " (it cancels all that rests of the order)");
            case "NEW":
                break;
            default:
                return new LineProblem(1, "action must be NEW, CANCEL, CALL or UNCROSS, got '" + fields[1] + "'");
        }
        if (fields[2].isEmpty()) {
            return new LineProblem(2, "order_id is empty");
        }
        if (!fields[3].equals("BUY") && !fields[3].equals("SELL")) {
            return new LineProblem(3, "side must be BUY or SELL, got '" + fields[3] + "'");
        }
        switch (fields[4]) {
            case "MARKET":
                return fields[5].isEmpty()
                        ? null
                        : new LineProblem(5, "price must be empty for a MARKET order, got '" + fields[5] + "'");
            case "LIMIT", "IOC", "FOK":
                return fields[5].isEmpty()
                        ? new LineProblem(
                                5, (fields[4].equals("IOC") ? "an " : "a ") + fields[4] + " order needs a price")
                        : null;
            default:
                return new LineProblem(4, "type must be LIMIT, MARKET, IOC or FOK, got '" + fields[4] + "'");
        }
    }

    /** The first of {@code fields} from index {@code from} on that is not empty, as a problem; or null. */
    private static LineProblem filledField(String[] fields, int from, String why) {
        for (int i = from; i < fields.length; i++) {
            if (!fields[i].isEmpty()) {
                return new LineProblem(
                        i,
                        INPUT_HEADER.split(",")[i] + " must be empty for " + fields[1] + why + ", got '" + fields[i]
                                + "'");
            }
        }
        return null;
    }

    private static long parseTonnes(String text) {
        if (AsciiDigits.hasOtherDigits(text)) {
            return -1;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The price in ticks, or -1 when it is not a positive number on the tick grid. */
    private long parsePriceTicks(String text) {
        if (AsciiDigits.hasOtherDigits(text)) {
            return -1;
        }
        try {
            BigDecimal yuan = new BigDecimal(text);
            if (yuan.signum() <= 0) {
                return -1;
            }
            return ticksOf(yuan);
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }

    private long ticksOf(BigDecimal yuan) {
        // a price such as 1e999999 would take BigDecimal's division minutes: only a price whose
        // digits fit a long and whose decimals the tick has can be a number of ticks
        BigDecimal digits = yuan.stripTrailingZeros();
        if (digits.precision() - digits.scale() > MAX_PRICE_INTEGER_DIGITS
                || digits.scale() > tick.stripTrailingZeros().scale()) {
            throw new ArithmeticException("off the tick grid or too large");
        }
        BigDecimal[] division = yuan.divideAndRemainder(tick);
        if (division[1].signum() != 0) {
            throw new ArithmeticException("off the tick grid");
        }
        return division[0].longValueExact();
    }

    private long tickFen() {
        BigDecimal fen = tick.multiply(FEN_PER_YUAN);
        if (tick.signum() <= 0 || fen.stripTrailingZeros().scale() > 0) {
            throw new UserInputException(
                    "--tick must be a positive whole number of fen (0.01 yuan), got " + tick.toPlainString());
        }
        if (fen.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new UserInputException("--tick must be at most "
                    + BigDecimal.valueOf(Long.MAX_VALUE).divide(FEN_PER_YUAN).toPlainString() + " yuan, got "
                    + tick.toPlainString());
        }
        return fen.longValueExact();
    }

    private static int basisPoints(BigDecimal pct) {
        BigDecimal bp = pct.multiply(FEN_PER_YUAN);
        if (pct.signum() <= 0
                || pct.compareTo(FEN_PER_YUAN) >= 0
                || bp.stripTrailingZeros().scale() > 0) {
            throw new UserInputException(
                    "--limit-pct must be above 0 and below 100 in steps of 0.01, got " + pct.toPlainString());
        }
        return bp.intValueExact();
    }

    private CsvReader open() {
        if (Files.isDirectory(orders)) {
            throw new UserInputException(orders + ": is a folder, not an order log");
        }
        try {
            return CsvReader.open(orders, orders.toString(), encoding.charset());
        } catch (CsvException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /**
     * Writes each trade as a CSV row, or to the ladder with {@code --book}; remembers which resting
     * orders traded and how many tonnes the current command traded and cancelled.
     */
    private static final class TradeWriter implements MarketListener {
        final Map<Long, String> names = new HashMap<>();
        final List<Long> touched = new ArrayList<>();
        long tradedTonnes;
        long cancelledTonnes;
        private String seq = "";
        private final Writer writer;
        private final BigDecimal tick;
        private final int decimals;
        private final BookLadder ladder;

        TradeWriter(Writer writer, BigDecimal tick, int decimals, BookLadder ladder) {
            this.writer = writer;
            this.tick = tick;
            this.decimals = decimals;
            this.ladder = ladder;
        }

        void startCommand(String seq) {
            this.seq = seq;
            tradedTonnes = 0;
            cancelledTonnes = 0;
        }

        @Override
        public void onTrade(
                long buyOrderId,
                long sellOrderId,
                int buyOwnerId,
                int sellOwnerId,
                long priceTicks,
                long quantityTonnes) {
            touched.add(buyOrderId);
            touched.add(sellOrderId);
            tradedTonnes += quantityTonnes;
            if (ladder != null) {
                ladder.trade(names.get(buyOrderId), names.get(sellOrderId), priceTicks, quantityTonnes);
                return;
            }
            try {
                Csv.row(
                        writer,
                        seq,
                        names.get(buyOrderId),
                        names.get(sellOrderId),
                        BookLadder.yuan(priceTicks, tick, decimals),
                        Long.toString(quantityTonnes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onCancel(long orderId, long tonnes) {
            cancelledTonnes += tonnes;
        }
    }
}
