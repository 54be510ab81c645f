/**
 * Global sensitivity analysis: Sobol indices (Saltelli's sampling plan on a Sobol sequence, the
 * Saltelli 2010 first-order and Jansen total-order estimators, bootstrap confidence intervals) and
 * Morris elementary effects for screening, as pure functions of arrays; and the study that evaluates
 * a scenario at every point of such a plan with common random numbers. Imports {@code engine},
 * {@code montecarlo}, {@code scenario} and commons-math3; nothing in sim-core imports it.
 */
package org.carbonsim.core.sensitivity;
