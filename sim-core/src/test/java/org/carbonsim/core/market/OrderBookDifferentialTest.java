package org.carbonsim.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@link OrderBook} and {@link ReferenceOrderBook} side by side over seeded random command streams
 * and compares every result, every event and the whole book after every command. Every fourth seed
 * uses a wide ladder whose prices reach past the levels the book allocates at first, so its per-level storage
 * grows while orders rest on it; every eighth seed's price also jumps now and then anywhere on that
 * ladder, so that orders rest far apart and the storage grows in large steps; every sixteenth seed's
 * ladder is 100,000 levels, its days mostly without a band and some of its orders priced anywhere on
 * it, so that one day's orders rest in many pages of the ladder far apart. Before every uncross the book's indicative price and volume must
 * equal the reference's brute-force answer, and after every command its depth ladder must equal the
 * one summed from the reference's resting orders.
 */
class OrderBookDifferentialTest {
    private static final int COMMANDS = 2_000;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 240);
    }

    private enum Kind {
        SUBMIT,
        CANCEL,
        AMEND,
        OPEN_DAY,
        CLOSE_DAY,
        START_CALL,
        UNCROSS
    }

    private record Command(Kind kind, long id, int owner, Side side, OrderType type, long price, long tonnes) {}

    @ParameterizedTest
    @MethodSource("seeds")
    void fastBookMatchesReferenceBook(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean wide = seed % 4 == 0;
        boolean jumping = seed % 8 == 0;
        boolean far = seed % 16 == 0;
        long minTicks = wide ? 1 : 900;
        long maxTicks = far ? 100_000 : wide ? 5_000 : 1_100;
        int drift = wide ? 4 : 2;
        BookConfig config = BookConfig.of(minTicks, maxTicks)
                .withSelfTradePrevention(random.nextBoolean())
                .withInitialOrderCapacity(1 + random.nextInt(8))
                .withClosingVwapTrades(1 + random.nextInt(5))
                .withTickSizeFen(1 + random.nextInt(3));
        RecordingListener fastEvents = new RecordingListener();
        RecordingListener referenceEvents = new RecordingListener();
        OrderBook fast = new OrderBook(config, fastEvents);
        ReferenceOrderBook reference = new ReferenceOrderBook(config, referenceEvents);

        List<Long> ids = new ArrayList<>();
        long nextId = 1;
        long mid = 1_000;
        int trades = 0;
        int rejects = 0;
        for (int step = 0; step < COMMANDS; step++) {
            if (jumping && random.nextInt(150) == 0) {
                mid = random.nextLong(minTicks + 30, maxTicks - 29);
            }
            mid = Math.max(minTicks + 30, Math.min(maxTicks - 30, mid + random.nextInt(-drift, drift + 1)));
            Command command;
            int roll = random.nextInt(1000);
            if (roll < 5) {
                int bp = random.nextInt(4) == 0 || (far && random.nextInt(4) != 0) ? 0 : 100 * random.nextInt(1, 11);
                command = new Command(Kind.OPEN_DAY, 0, 0, null, null, mid + random.nextInt(-5, 6), bp);
            } else if (roll < 8) {
                command = new Command(Kind.CLOSE_DAY, 0, 0, null, null, 0, 0);
            } else if (roll < 15) {
                command = new Command(Kind.START_CALL, 0, 0, null, null, 0, 0);
            } else if (roll < 25) {
                command = new Command(Kind.UNCROSS, 0, 0, null, null, 0, 0);
            } else if (roll < 600) {
                long id = random.nextInt(50) == 0 && !ids.isEmpty() ? pick(random, ids) : nextId++;
                ids.add(id);
                Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
                int typeRoll = random.nextInt(100);
                OrderType type = typeRoll < 65
                        ? OrderType.LIMIT
                        : typeRoll < 80 ? OrderType.MARKET : typeRoll < 90 ? OrderType.IOC : OrderType.FOK;
                long price = price(random, side, mid, minTicks, maxTicks, far);
                long tonnes = random.nextInt(100) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 5 : 50);
                command = new Command(Kind.SUBMIT, id, 1 + random.nextInt(4), side, type, price, tonnes);
            } else if (roll < 850) {
                long id = ids.isEmpty() || random.nextInt(20) == 0 ? nextId + 7 : pick(random, ids);
                command = new Command(Kind.CANCEL, id, 0, null, null, 0, 0);
            } else {
                long id = ids.isEmpty() || random.nextInt(20) == 0 ? nextId + 7 : pick(random, ids);
                long price = random.nextInt(10) == 0
                        ? 0
                        : price(random, random.nextBoolean() ? Side.BUY : Side.SELL, mid, minTicks, maxTicks, far);
                long current = Math.max(fast.quantityOf(id), 1);
                long tonnes = random.nextInt(50) == 0 ? 0 : Math.max(1, current + random.nextInt(-3, 4));
                if (random.nextBoolean() && fast.isLive(id)) {
                    price = samePrice(fast, id);
                }
                command = new Command(Kind.AMEND, id, 0, null, null, price, tonnes);
            }
            if (ids.size() > 400) {
                ids.subList(0, 200).clear();
            }

            String where = "seed=" + seed + " step=" + step + " " + command;
            if (command.kind() == Kind.UNCROSS) {
                long[] expected = reference.indicativeUncross();
                assertEquals(
                        List.of(expected[0], expected[1]),
                        List.of(fast.indicativeUncrossTicks(), fast.indicativeUncrossTonnes()),
                        where + ": indicative uncross");
            }
            Object fastResult = apply(fast, command);
            Object referenceResult = apply(reference, command);
            assertEquals(referenceResult, fastResult, where + ": result");
            List<Event> expectedEvents = referenceEvents.drain();
            assertEquals(expectedEvents, fastEvents.drain(), where + ": events");
            for (Event e : expectedEvents) {
                trades += e instanceof Event.Trade ? 1 : 0;
                rejects += e instanceof Event.Reject ? 1 : 0;
            }
            assertEquals(reference.bestBidTicks(), fast.bestBidTicks(), where + ": best bid");
            assertEquals(reference.bestAskTicks(), fast.bestAskTicks(), where + ": best ask");
            assertEquals(reference.restingOrders(), fast.restingOrders(), where + ": resting orders");
            for (Side side : Side.values()) {
                List<ReferenceOrderBook.Resting> expected = reference.resting(side);
                assertEquals(expected, resting(fast, side), where + ": resting " + side);
                for (ReferenceOrderBook.Resting r : expected) {
                    assertEquals(
                            expected.stream()
                                    .filter(o -> o.priceTicks() == r.priceTicks())
                                    .mapToLong(ReferenceOrderBook.Resting::tonnes)
                                    .sum(),
                            fast.depthAt(side, r.priceTicks()),
                            where + ": depth " + side + " at " + r.priceTicks());
                }
            }
            long anyPrice = minTicks - 2 + random.nextLong(maxTicks - minTicks + 5);
            for (Side side : Side.values()) {
                assertEquals(
                        reference.resting(side).stream()
                                .filter(o -> o.priceTicks() == anyPrice)
                                .mapToLong(ReferenceOrderBook.Resting::tonnes)
                                .sum(),
                        fast.depthAt(side, anyPrice),
                        where + ": depth " + side + " at " + anyPrice + ", resting or not");
            }
            for (Side side : Side.values()) {
                assertEquals(levels(reference.resting(side)), levels(fast, side), where + ": ladder " + side);
            }
            for (ClosingPriceRule rule : ClosingPriceRule.values()) {
                assertEquals(reference.summary(rule), fast.dayStats().summary(rule), where + ": summary " + rule);
            }
        }
        assertTrue(
                trades > 100 && rejects > 20,
                "seed=" + seed + ": stream too tame: " + trades + " trades, " + rejects + " rejects");
    }

    /** A price near {@code mid} mostly; when {@code far}, now and then anywhere on the ladder. */
    private static long price(SplittableRandom random, Side side, long mid, long minTicks, long maxTicks, boolean far) {
        int roll = random.nextInt(100);
        if (roll < 3) {
            return random.nextBoolean() ? minTicks - 1 - random.nextInt(5) : maxTicks + 1 + random.nextInt(5);
        }
        if (roll < 8) {
            return far && roll < 6 ? random.nextLong(minTicks, maxTicks + 1) : mid + random.nextInt(-150, 151);
        }
        long offset = random.nextInt(-3, 12);
        return side == Side.BUY ? mid - offset : mid + offset;
    }

    private static long samePrice(OrderBook book, long id) {
        long[] found = {0};
        for (Side side : Side.values()) {
            book.forEachRestingOrder(side, (orderId, owner, s, priceTicks, tonnes) -> {
                if (orderId == id) {
                    found[0] = priceTicks;
                }
            });
        }
        return found[0];
    }

    private static long pick(SplittableRandom random, List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static List<ReferenceOrderBook.Resting> resting(OrderBook book, Side side) {
        List<ReferenceOrderBook.Resting> out = new ArrayList<>();
        book.forEachRestingOrder(
                side,
                (id, owner, s, price, tonnes) -> out.add(new ReferenceOrderBook.Resting(id, owner, s, price, tonnes)));
        return out;
    }

    /** The depth ladder as {@code [price, tonnes, orders]} rows, best first, built from the resting orders. */
    private static List<List<Long>> levels(List<ReferenceOrderBook.Resting> resting) {
        List<List<Long>> out = new ArrayList<>();
        for (ReferenceOrderBook.Resting r : resting) {
            List<Long> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.get(0) == r.priceTicks()) {
                out.set(out.size() - 1, List.of(r.priceTicks(), last.get(1) + r.tonnes(), last.get(2) + 1));
            } else {
                out.add(List.of(r.priceTicks(), r.tonnes(), 1L));
            }
        }
        return out;
    }

    private static List<List<Long>> levels(OrderBook book, Side side) {
        List<List<Long>> out = new ArrayList<>();
        book.forEachLevel(side, (price, tonnes, orders) -> out.add(List.of(price, tonnes, (long) orders)));
        return out;
    }

    private static Object apply(OrderBook book, Command c) {
        switch (c.kind()) {
            case SUBMIT:
                return book.submit(c.id(), c.owner(), c.side(), c.type(), c.price(), c.tonnes());
            case CANCEL:
                return book.cancel(c.id());
            case AMEND:
                return book.amend(c.id(), c.price(), c.tonnes());
            case OPEN_DAY:
                book.openDay(c.price(), (int) c.tonnes());
                return "opened";
            case CLOSE_DAY:
                book.closeDay();
                return "closed";
            case START_CALL:
                book.startCallPhase();
                return "call";
            case UNCROSS:
                return book.uncrossCallPhase();
            default:
                throw new IllegalStateException("unknown command " + c);
        }
    }

    private static Object apply(ReferenceOrderBook book, Command c) {
        switch (c.kind()) {
            case SUBMIT:
                return book.submit(c.id(), c.owner(), c.side(), c.type(), c.price(), c.tonnes());
            case CANCEL:
                return book.cancel(c.id());
            case AMEND:
                return book.amend(c.id(), c.price(), c.tonnes());
            case OPEN_DAY:
                book.openDay(c.price(), (int) c.tonnes());
                return "opened";
            case CLOSE_DAY:
                book.closeDay();
                return "closed";
            case START_CALL:
                book.startCallPhase();
                return "call";
            case UNCROSS:
                return book.uncrossCallPhase();
            default:
                throw new IllegalStateException("unknown command " + c);
        }
    }
}
