package org.carbonsim.core.engine;

/**
 * Told how far a long piece of work has got, so that a caller can show progress without the core
 * printing anything: a {@link Simulation} reports trading days of all its years, a Monte Carlo study
 * reports replications. Calls come from one thread at a time, in order, with {@code done} rising from 1
 * to at most {@code total}; {@code total} stays the same during one piece of work. An implementation
 * must be cheap and must not call back into the work.
 */
@FunctionalInterface
public interface Progress {
    /** Progress that is not reported anywhere. */
    Progress NONE = (done, total) -> {};

    /** {@code done} of {@code total} units of work are finished. */
    void advanced(long done, long total);
}
