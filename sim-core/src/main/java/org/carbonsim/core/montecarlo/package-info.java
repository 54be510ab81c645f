/**
 * Monte Carlo replications, seeds derived from a base seed, sampling of uncertain inputs, statistics
 * with confidence intervals, sweeps and policy comparisons. Imports {@code engine}, {@code scenario}
 * and commons-math3, and the model records a scenario is made of, to rebuild a scenario with sampled
 * inputs.
 */
package org.carbonsim.core.montecarlo;
