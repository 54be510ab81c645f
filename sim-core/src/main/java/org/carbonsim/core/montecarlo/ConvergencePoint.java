package org.carbonsim.core.montecarlo;

/**
 * The running estimate of one metric after the first {@code runs} replications. Immutable.
 *
 * @param metric the metric
 * @param runs replications so far
 * @param mean running mean over the runs where the metric is defined (NaN if none)
 * @param ciHalfWidth half-width of the 95% confidence interval for the mean (infinite below 2 runs)
 */
public record ConvergencePoint(Metric metric, int runs, double mean, double ciHalfWidth) {}
