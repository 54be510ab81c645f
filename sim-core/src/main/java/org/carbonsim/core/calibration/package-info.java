/**
 * Calibration by the method of simulated moments: the moments of a run (per-year VWAP, volume,
 * turnover, the share of volume before the deadline, daily return volatility, limit hits,
 * compliance), computed purely from its results; the objective that weighs simulated against
 * observed moments; and the optimiser loop (commons-math3's CMA-ES on the scaled parameter box, with
 * common random numbers), with standard errors from the MSM sandwich formula. Imports {@code engine},
 * {@code montecarlo} (seeds), {@code scenario} and commons-math3; prints nothing and reads no files.
 */
package org.carbonsim.core.calibration;
