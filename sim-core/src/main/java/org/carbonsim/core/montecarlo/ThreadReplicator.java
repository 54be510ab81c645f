package org.carbonsim.core.montecarlo;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Replications on a fixed pool of local daemon threads. A window of a few tasks per thread is in
 * flight at a time, and results are taken from the window's head, so they reach the sink in index
 * order and memory holds only the window's results, however many replications there are.
 */
final class ThreadReplicator implements Replicator {
    /** Tasks in flight per thread: enough to keep every thread busy while the head is folded. */
    private static final int WINDOW_PER_THREAD = 4;

    private final int threads;

    ThreadReplicator(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public <T> void run(ReplicationTask<T> task, int count, Predicate<? super T> sink) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, MonteCarlo.daemonThreads());
        try {
            int window = threads * WINDOW_PER_THREAD;
            ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < count || !inFlight.isEmpty()) {
                while (next < count && inFlight.size() < window) {
                    int index = next++;
                    inFlight.add(pool.submit(() -> task.run(index)));
                }
                if (!sink.test(MonteCarlo.await(inFlight.remove()))) {
                    return;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
