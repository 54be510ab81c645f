package org.carbonsim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.carbonsim.core.market.BookConfig;
import org.carbonsim.core.market.OrderBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the matching loop in commands per second. Each invocation replays a whole
 * pre-generated command array (generated once per trial, not timed) through a book that is fresh for
 * the iteration; {@code @OperationsPerInvocation} turns invocations into commands. The books are
 * sized so that they never grow while timed: a small one (65,536 orders, whose id index stays in
 * cache) for the mixed streams and one of a million orders for the insert-only stream. Not thread-safe (JMH runs one thread per state).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OrderBookBenchmark {
    static final int COMMANDS = 1_000_000;

    private Commands realistic;
    private Commands insertOnly;
    private Commands sweepHeavy;
    private OrderBook book;
    private OrderBook deepBook;
    private final Commands.Checksum listener = new Commands.Checksum();

    @Setup(Level.Trial)
    public void generate() {
        realistic = Commands.realisticMix(1, COMMANDS);
        insertOnly = Commands.insertOnly(2, COMMANDS);
        sweepHeavy = Commands.sweepHeavy(3, COMMANDS);
    }

    @Setup(Level.Iteration)
    public void freshBook() {
        book = new OrderBook(BookConfig.of(1, 2 * Commands.MID_TICKS).withInitialOrderCapacity(1 << 16), listener);
        book.openDay(Commands.MID_TICKS, 1_000);
        deepBook = new OrderBook(
                BookConfig.of(1, 2 * Commands.MID_TICKS).withInitialOrderCapacity(COMMANDS + 1), listener);
        deepBook.openDay(Commands.MID_TICKS, 1_000);
    }

    /** Clears the book between invocations without timing it, so every invocation starts empty. */
    @Setup(Level.Invocation)
    public void emptyBook() {
        book.closeDay();
        deepBook.closeDay();
    }

    @Benchmark
    @OperationsPerInvocation(COMMANDS)
    public long realisticMix() {
        return realistic.replay(book);
    }

    @Benchmark
    @OperationsPerInvocation(COMMANDS)
    public long insertOnlyDeepBook() {
        return insertOnly.replay(deepBook);
    }

    @Benchmark
    @OperationsPerInvocation(COMMANDS)
    public long sweepHeavy() {
        return sweepHeavy.replay(book);
    }
}
