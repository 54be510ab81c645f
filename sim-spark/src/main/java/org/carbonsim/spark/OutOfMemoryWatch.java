package org.carbonsim.spark;

import java.io.PrintStream;
import java.util.function.BooleanSupplier;

/**
 * Notes whether a thread of this JVM died of an {@link OutOfMemoryError} while a study ran on Spark.
 * Installed as the default handler of uncaught exceptions: on a local master a full heap may fail any
 * of Spark's threads (its context cleaner, say), which stops the context, and the study then sees only
 * "the context was shut down"; the watch lets it say that the heap was full. Such a thread's stack trace
 * is printed only with {@code --debug}, since carbonsim's own line says what to do; other exceptions
 * go to the handler that was installed before, or are printed as the JVM prints them. Thread-safe.
 */
final class OutOfMemoryWatch implements Thread.UncaughtExceptionHandler, BooleanSupplier {
    private final Thread.UncaughtExceptionHandler previous;
    private final PrintStream err;
    private final boolean debug;
    private volatile boolean seen;

    /** A watch that hands other exceptions to {@code previous} (null: print them to {@code err}). */
    OutOfMemoryWatch(Thread.UncaughtExceptionHandler previous, PrintStream err, boolean debug) {
        this.previous = previous;
        this.err = err;
        this.debug = debug;
    }

    /** Whether a thread died of an {@link OutOfMemoryError} since the watch was made. */
    @Override
    public boolean getAsBoolean() {
        return seen;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        boolean outOfMemory = e instanceof OutOfMemoryError;
        if (outOfMemory) {
            seen = true;
        }
        if (outOfMemory && !debug) {
            return;
        }
        if (previous != null) {
            previous.uncaughtException(thread, e);
        } else {
            err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace(err);
        }
    }
}
